/**
 * The pipeline on every core, for large corpora: articles are read in shares by worker
 * threads and by this one, then merged here in the usual order, so the timeline is byte for
 * byte the one buildTimeline gives. One worker, the helper, then stays, and merges the
 * largest family of reports while this thread merges and describes the rest, then both
 * describe the family's events, and the helper, once free, those of the rest this thread has
 * not reached (merge-in-parts.ts): on two cores, every second the assembly
 * spends on this thread alone is a second of wall time. The site's build and dev server
 * assemble the same way (src/site/extraction-cache.ts).
 * The worker is a source file (`EXTRACT_WORKER`): bundled code, such as the site's build,
 * passes where the project's copy of it is. Workers run it bundled into one file (worker-bundle.ts).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Gazetteer } from './entities/gazetteer.ts';
import { type ArticleExtraction, extractArticle, extractionContext } from './events/article-extraction.ts';
import type { FromWorker, ToWorker } from './extract-worker.ts';
import type { FamilyDescribed, FamilyMerge, FamilyMerged, FamilyReplies, HereToDescribe } from './merge-in-parts.ts';
import type { ContentExtras } from './read-content.ts';
import { type Stages, threadStages } from './stage-clock.ts';
import { assembleTimelineWith, buildTimeline, inIdOrder } from './timeline.ts';
import type { Article, Timeline } from './types.ts';
import { workerEntry } from './worker-bundle.ts';

/** Articles per share: small enough to balance the threads, large enough that messages cost little. */
const SHARE = 100;

/**
 * The smallest share, for the last ones: whichever thread takes the last share, the others wait
 * for it, and a worker holds two (Reader.readShares), so the shares shrink towards the end
 * (about an eighth of what is left per thread) instead of leaving up to 200 articles, 0.4 s,
 * to one thread while the other waits.
 */
const LAST_SHARE = 10;

/** The articles cut into shares in their order, each with the index of its first article. */
export function shareOut(count: number, threads: number): { first: number; size: number }[] {
  const shares: { first: number; size: number }[] = [];
  for (let first = 0; first < count; ) {
    const size = Math.min(count - first, Math.max(LAST_SHARE, Math.min(SHARE, Math.ceil((count - first) / (8 * threads)))));
    shares.push({ first, size });
    first += size;
  }
  return shares;
}

/** The worker's source, from the project root. */
export const EXTRACT_WORKER = 'src/pipeline/extract-worker.ts';

const WORKER = new URL('./extract-worker.ts', import.meta.url);

/**
 * A worker costs about half a second to start, so below a couple of thousand articles one
 * thread is faster (npm run bench: 1,000 articles take 1.41 s on one thread, 1.34 s on two;
 * 10,000 take 10.3 s and 7.2 s).
 */
export const PARALLEL_FROM = 2000;

/**
 * A worker's young generation, where the many short-lived objects of reading an article are
 * made: 96 MB is three semi-spaces of 32 MB, what `node --max-semi-space-size=32` gives the
 * main thread (package.json's bench and build). V8's default here lets them grow to 64 MB, and
 * reading then took more CPU, on this thread as on the workers: npm run bench, 1,000 articles on
 * one thread, main-thread CPU 8.49/8.30/5.99 s → 6.56/6.26/5.87 s; 3,000 on two, CPU 25.0 → 22.9 s
 * (alternated pairs, load ~20; same digest).
 */
const YOUNG_GENERATION_MB = 96;

/**
 * @param threads how many threads read articles, this one included (1 = buildTimeline).
 */
export async function buildTimelineInParallel(articles: Article[], extras: ContentExtras, threads = availableParallelism(), ahead?: Helper): Promise<Timeline> {
  if (threads <= 1 || articles.length <= SHARE) return buildTimeline(articles, extras);
  const helper = ahead ?? startHelper();
  try {
    const ordered = inIdOrder(articles);
    return await assembleInParallel(ordered, extras, await read(ordered, extras.gazetteer, threads, WORKER, { helper }), helper);
  } finally {
    if (!ahead) await helper.close().catch(() => undefined); // a failure has been reported through what waited on it
  }
}

/**
 * A worker started ahead of the work, before the articles or the gazetteer are known (the
 * site starts it as the article files are read): it loads the pipeline while this thread
 * does other things, reads shares of articles when given some (ParallelOptions.helper), then
 * merges the largest family of reports and describes its share of them (assembleInParallel).
 * Whoever starts it closes it.
 */
export interface Helper {
  merge: (request: FamilyMerge) => FamilyReplies;
  close: () => Promise<void>;
  /** Left waiting for another timeline (the dev server's next edit): it keeps the process alive only while in use. */
  park: () => void;
  /** False once it has stopped, closed or failed. */
  readonly running: boolean;
  /** Settles once it has loaded the pipeline. */
  readonly loaded: Promise<void>;
  /** Its CPU and wall time in each stage so far (stage-clock.ts): what npm run bench tells. */
  stages: () => Promise<Stages>;
}

export function startHelper(worker = WORKER): Helper {
  return new Reader(worker, true);
}

/**
 * assembleTimeline on two threads, `helper` merging the largest family of reports and
 * describing some of it: the same timeline, byte for byte.
 */
export function assembleInParallel(ordered: Article[], extras: ContentExtras, extracted: ArticleExtraction[], helper: Helper): Promise<Timeline> {
  return assembleTimelineWith(ordered, extras, extracted, (request) => helper.merge(request));
}

/** How extractInParallel shares the work out, and what it tells on the way. */
export interface ParallelOptions {
  /**
   * False for a thread that has other work meanwhile (the dev server answering requests):
   * `threads` workers read every article and this thread only waits. True (the default):
   * this thread reads too, beside `threads - 1` workers.
   */
  thisThread?: boolean;
  /** Called as each share is read, with the index of its first article: its results can be stored while the rest are read. */
  onShare?: (first: number, extracted: ArticleExtraction[]) => void;
  /** A worker started ahead (startHelper): it is one of the workers, and stays open after. */
  helper?: Helper;
}

/**
 * What extractArticle yields for each article, in the order given, read on `threads`
 * threads with the worker at `worker`.
 */
export async function extractInParallel(
  articles: Article[],
  gazetteer: Gazetteer,
  threads = availableParallelism(),
  worker = WORKER,
  options: ParallelOptions = {},
): Promise<ArticleExtraction[]> {
  return read(articles, gazetteer, threads, worker, options);
}

async function read(articles: Article[], gazetteer: Gazetteer, threads: number, worker: URL, { thisThread = true, onShare, helper }: ParallelOptions): Promise<ArticleExtraction[]> {
  const cut = shareOut(articles.length, threads);
  const shares = cut.map(({ first, size }) => articles.slice(first, first + size));
  const extracted: ArticleExtraction[][] = new Array(shares.length);
  let next = 0;
  const take = (): number | undefined => (next < shares.length ? next++ : undefined);
  const workerCount = thisThread ? Math.max(0, threads - 1) : Math.max(1, threads);
  const ahead = helper instanceof Reader && workerCount > 0 ? [helper] : [];
  const workers = [...ahead, ...Array.from({ length: workerCount - ahead.length }, () => new Reader(worker, false))];
  const done = (index: number, results: ArticleExtraction[]): void => {
    extracted[index] = results;
    onShare?.(cut[index]!.first, results);
  };
  const reading = workers.map((w) => w.readShares(gazetteer, shares, take, done));
  // Shares go to whichever thread is free: workers start slower (they load the pipeline), this one at once.
  try {
    // Except beside a helper still loading: reading while it loads costs more than it gains
    // (its module loading takes more than the other core), so this thread waits for it.
    threadStages.lap('before reading');
    if (thisThread && helper) await helper.loaded;
    threadStages.lap('waiting for the helper to load');
    if (thisThread) {
      const context = extractionContext(gazetteer);
      threadStages.lap('gazetteer');
      for (let index = take(); index !== undefined; index = take()) {
        done(index, shares[index]!.map((article) => extractArticle(article, context)));
        threadStages.lap('reading');
        await new Promise((resolve) => setImmediate(resolve)); // lets waiting workers take the next share
        threadStages.lap('waiting');
      }
    }
    await Promise.all(reading);
    threadStages.lap('waiting for the last shares');
  } catch (error) {
    next = shares.length; // the workers stop at their next share
    await Promise.allSettled(reading);
    throw error;
  }
  return extracted.flat();
}

/** One extraction worker: reads shares while there are any; a helper then stays for merging. */
class Reader implements Helper {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;
  private onMessage: (message: FromWorker) => void = () => undefined;
  private readonly failed = new Set<(error: Error) => void>();
  /** Whether it has loaded the pipeline: a helper may have before it is given shares. */
  private ready = false;
  readonly loaded: Promise<void>;
  private closed = false;
  private stopped = false;
  private parked = false;
  /** The gazetteer it reads with, last sent. */
  private gazetteer: Gazetteer | undefined;

  readonly keeps: boolean;

  constructor(file: URL, keeps: boolean) {
    this.keeps = keeps;
    this.worker = new Worker(workerEntry(file), { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    const loading = Promise.withResolvers<void>();
    this.loaded = loading.promise;
    this.loaded.catch(() => undefined); // reported through whatever waits on it
    this.worker.on('message', (message: FromWorker) => {
      if (message === 'ready') {
        this.ready = true;
        loading.resolve();
      }
      this.onMessage(message);
    });
    this.exited = new Promise((resolve, reject) => {
      const fail = (error: Error): void => {
        this.stopped = true;
        for (const f of this.failed) f(error);
        loading.reject(error);
        reject(error);
      };
      this.worker.once('error', fail);
      this.worker.once('exit', (code) => {
        this.stopped = true;
        if (code === 0) resolve();
        else fail(new Error(`An extraction worker stopped with exit code ${code}`));
      });
    });
    this.exited.catch(() => undefined); // reported through whatever waits on it
  }

  post(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  /** Resolves once no share is left and this worker's are back (a worker not keeping reports has exited by then). */
  readShares(gazetteer: Gazetteer, shares: Article[][], take: () => number | undefined, done: (index: number, extracted: ArticleExtraction[]) => void): Promise<void> {
    if (this.gazetteer !== gazetteer) this.post({ gazetteer });
    this.gazetteer = gazetteer;
    return this.until((finish) => {
      let inFlight = 0;
      const send = (): void => {
        const index = take();
        if (index !== undefined) {
          inFlight += 1;
          this.post({ index, articles: shares[index]! });
        } else if (inFlight === 0) {
          if (this.keeps) finish();
          else {
            this.post(null);
            this.exited.then(finish, () => undefined);
          }
        }
      };
      // Two shares ahead: this thread hears back only between its own shares, and the worker
      // should not sit idle until then.
      const start = (): void => {
        send();
        if (inFlight > 0) send();
      };
      this.onMessage = (message) => {
        if (message === 'ready') start();
        else if ('index' in message) {
          inFlight -= 1;
          done(message.index, message.extracted);
          send();
        }
      };
      if (this.ready) start();
    });
  }

  merge(request: FamilyMerge): FamilyReplies {
    let described!: Promise<FamilyDescribed>;
    let finishHere: ((described: FamilyDescribed) => void) | undefined;
    const merged = this.until<FamilyMerged>((finishMerged) => {
      described = this.until<FamilyDescribed>((finishDescribed) => {
        this.onMessage = (message) => {
          if (typeof message !== 'object') return;
          if ('merged' in message) finishMerged(message.merged);
          else if ('described' in message) finishDescribed(message.described);
          else if ('describedHere' in message) finishHere?.(message.describedHere);
        };
        this.post({ merge: request });
      });
    });
    // A failure is reported through whichever is waited on; the other may never be.
    merged.catch(() => undefined);
    described.catch(() => undefined);
    const describeHere = (here: HereToDescribe): Promise<FamilyDescribed> => {
      const describedHere = this.until<FamilyDescribed>((finish) => {
        finishHere = finish;
        this.post({ here });
      });
      describedHere.catch(() => undefined);
      return describedHere;
    };
    return { merged, described, describeHere };
  }

  stages(): Promise<Stages> {
    return this.until<Stages>((finish) => {
      this.onMessage = (message) => {
        if (typeof message === 'object' && 'stages' in message) finish(message.stages);
      };
      this.post('stages');
    });
  }

  close(): Promise<void> {
    if (!this.closed) this.post(null);
    this.closed = true;
    return this.exited;
  }

  park(): void {
    this.parked = true;
    this.worker.unref();
  }

  get running(): boolean {
    return !this.closed && !this.stopped;
  }

  /** A promise settled by `start`'s callback, or rejected if the worker fails first. */
  private until<T = void>(start: (finish: (value: T) => void) => void): Promise<T> {
    if (this.parked) {
      this.parked = false;
      this.worker.ref();
    }
    return new Promise<T>((resolve, reject) => {
      this.failed.add(reject);
      start((value) => {
        this.failed.delete(reject);
        resolve(value);
      });
    });
  }
}
