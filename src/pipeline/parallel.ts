/**
 * The pipeline on every core, for large corpora: articles are read in shares by worker
 * threads and by this one, then merged here in the usual order, so the timeline is byte for
 * byte the one buildTimeline gives. The worker is a source file (`EXTRACT_WORKER`): bundled
 * code, such as the site's build, passes where the project's copy of it is.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Gazetteer } from './entities/gazetteer.ts';
import { type ArticleExtraction, extractArticle, extractionContext } from './events/article-extraction.ts';
import type { ContentExtras } from './read-content.ts';
import { assembleTimeline, buildTimeline, inIdOrder } from './timeline.ts';
import type { Article, Timeline } from './types.ts';

/** Articles per share: small enough to balance the threads, large enough that messages cost little. */
const SHARE = 100;

/** The worker's source, from the project root. */
export const EXTRACT_WORKER = 'src/pipeline/events/extract-worker.ts';

/**
 * A worker costs about half a second to start, so below a couple of thousand articles one
 * thread is faster (npm run bench: 1,000 articles take 1.41 s on one thread, 1.34 s on two;
 * 10,000 take 10.3 s and 7.2 s).
 */
export const PARALLEL_FROM = 2000;

/**
 * @param threads how many threads read articles, this one included (1 = buildTimeline).
 */
export async function buildTimelineInParallel(articles: Article[], extras: ContentExtras, threads = availableParallelism()): Promise<Timeline> {
  if (threads <= 1 || articles.length <= SHARE) return buildTimeline(articles, extras);
  const ordered = inIdOrder(articles);
  return assembleTimeline(ordered, extras, await extractInParallel(ordered, extras.gazetteer, threads));
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
}

/**
 * What extractArticle yields for each article, in the order given, read on `threads`
 * threads with the worker at `worker`.
 */
export async function extractInParallel(
  articles: Article[],
  gazetteer: Gazetteer,
  threads = availableParallelism(),
  worker = new URL('./events/extract-worker.ts', import.meta.url),
  { thisThread = true, onShare }: ParallelOptions = {},
): Promise<ArticleExtraction[]> {
  const shares: Article[][] = [];
  for (let i = 0; i < articles.length; i += SHARE) shares.push(articles.slice(i, i + SHARE));
  const extracted: ArticleExtraction[][] = new Array(shares.length);
  let next = 0;
  const take = (): number | undefined => (next < shares.length ? next++ : undefined);
  const done = (index: number, results: ArticleExtraction[]): void => {
    extracted[index] = results;
    onShare?.(index * SHARE, results);
  };

  const workerCount = thisThread ? Math.max(0, threads - 1) : Math.max(1, threads);
  const workers = Array.from({ length: workerCount }, () => readInWorker(worker, shares, done, take, gazetteer));
  // Shares go to whichever thread is free: workers start slower (they load the pipeline), this one at once.
  try {
    if (thisThread) {
      const context = extractionContext(gazetteer);
      for (let index = take(); index !== undefined; index = take()) {
        done(index, shares[index]!.map((article) => extractArticle(article, context)));
        await new Promise((resolve) => setImmediate(resolve)); // lets waiting workers take the next share
      }
    }
  } catch (error) {
    next = shares.length; // the workers stop at their next share
    await Promise.allSettled(workers);
    throw error;
  }
  await Promise.all(workers);
  return extracted.flat();
}

function readInWorker(file: URL, shares: Article[][], done: (index: number, extracted: ArticleExtraction[]) => void, take: () => number | undefined, gazetteer: Gazetteer): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: { gazetteer } });
    let inFlight = 0;
    const send = (): void => {
      const index = take();
      if (index !== undefined) {
        inFlight += 1;
        worker.postMessage({ index, articles: shares[index] });
      } else if (inFlight === 0) {
        worker.postMessage(null);
      }
    };
    worker.on('message', (message: 'ready' | { index: number; extracted: ArticleExtraction[] }) => {
      if (message === 'ready') {
        // Two shares ahead: this thread hears back only between its own shares, and the worker
        // should not sit idle until then.
        send();
        if (inFlight > 0) send();
        return;
      }
      inFlight -= 1;
      done(message.index, message.extracted);
      send();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`An extraction worker stopped with exit code ${code}`))));
  });
}
