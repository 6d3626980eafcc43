/**
 * The pipeline's per-article work (sentences and candidate events, `extractArticle`) cached
 * by content: an article is read again only when it, the gazetteer or the pipeline's code
 * changed. Merging, corrections and ids always run on the whole corpus (they are fast and
 * depend on every article). Results live in memory when asked (the dev server edits one
 * article at a time; a build reads each once and should not hold them) and on disk in `<cacheDir>/pipeline/`, one file per article, so a build after
 * adding or editing an article reads only that article; files no article uses are pruned.
 * Many articles to read (a cold build of a large corpus) are read on every core; a large
 * corpus is assembled on two threads, as `npm run bench` measures (src/pipeline/parallel.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { type ArticleExtraction, extractArticle, extractionContext } from '../pipeline/events/article-extraction.ts';
import { assembleInParallel, extractInParallel, type Helper, PARALLEL_FROM, type ParallelOptions, startHelper } from '../pipeline/parallel.ts';
import { compareStrings } from '../pipeline/order.ts';
import type { ContentExtras } from '../pipeline/read-content.ts';
import { assembleTimeline, inIdOrder } from '../pipeline/timeline.ts';
import type { Article, Timeline } from '../pipeline/types.ts';

export interface CacheStats {
  articles: number;
  /** Articles read by the pipeline this time (not found in the cache). */
  extracted: number;
  /** Threads that assembled the timeline: two for a large corpus when the worker's source is at hand. */
  assembledOn: 1 | 2;
}

const inMemory = new Map<string, ArticleExtraction>();

/**
 * A helper worker waiting for the next timeline: started as the articles were read
 * (startHelperAhead), or under `astro dev` (keepInMemory) the last timeline's, so that an
 * edit does not wait for a worker to start. Global, as every copy of this module in the
 * process (the content loader's, the pages') should find it.
 */
const WAITING = Symbol.for('dateline.waiting-helper');
const waiting = globalThis as { [WAITING]?: { helper: Helper; key: string } };

/** `thisThread: false`: workers alone read the articles, this thread has other work (the dev server). */
export interface CacheOptions extends Pick<ParallelOptions, 'thisThread'> {
  /** Where `<cacheDir>/pipeline/` is; undefined keeps the cache in memory only. */
  cacheDir?: string;
  /** The extraction worker's source file (src/pipeline/parallel.ts); undefined reads on this thread alone. */
  worker?: URL;
  threads?: number;
  /** Fewer articles to read than this are read on this thread, and fewer articles than this are assembled on it (workers take time to start). */
  parallelFrom?: number;
  /** Keep this call's results in memory for the next (the dev server); else memory holds none. */
  keepInMemory?: boolean;
}

/**
 * buildTimeline, with each article's extraction looked up by a key made of the article,
 * the gazetteer and `pipelineVersion` (anything else that changes what extraction yields).
 */
export async function buildTimelineCached(
  articles: Article[],
  extras: ContentExtras,
  pipelineVersion: string,
  options: CacheOptions = {},
): Promise<{ timeline: Timeline; stats: CacheStats; stored: Promise<void> }> {
  const { worker, threads = availableParallelism(), parallelFrom = PARALLEL_FROM, keepInMemory = false } = options;
  // Started first (unless startHelperAhead did), so that it loads the pipeline while this thread looks up the cache.
  const helper = worker && threads > 1 && articles.length >= parallelFrom ? takeHelper(worker) : undefined;
  try {
    const built = await cachedWith(articles, extras, pipelineVersion, options, helper);
    if (helper && keepInMemory) leave(helper, worker!);
    else await helper?.close();
    return built;
  } catch (error) {
    await helper?.close().catch(() => undefined); // the failure is the error thrown
    throw error;
  }
}

/**
 * Starts the helper of the next timeline now, as the articles are read (a large corpus only):
 * its start-up then overlaps the reading, not the timeline.
 */
export function startHelperAhead(worker: URL): void {
  if (!waiting[WAITING]) leave(startHelper(worker), worker);
}

/** The helper left waiting (startHelperAhead, the last timeline under astro dev) if it runs the same worker, else a new one. */
function takeHelper(worker: URL): Helper {
  const left = waiting[WAITING];
  waiting[WAITING] = undefined;
  if (left?.key === worker.href && left.helper.running) return left.helper;
  left?.helper.close().catch(() => undefined);
  return startHelper(worker);
}

function leave(helper: Helper, worker: URL): void {
  if (waiting[WAITING]) helper.close().catch(() => undefined);
  else {
    helper.park();
    waiting[WAITING] = { helper, key: worker.href };
  }
}

async function cachedWith(
  articles: Article[],
  extras: ContentExtras,
  pipelineVersion: string,
  options: CacheOptions,
  helper: Helper | undefined,
): Promise<{ timeline: Timeline; stats: CacheStats; stored: Promise<void> }> {
  const ordered = inIdOrder(articles);
  const base = createHash('sha256').update(pipelineVersion).update('\0').update(JSON.stringify(extras.gazetteer)).digest('hex');
  const names = ordered.map((article) => `${createHash('sha256').update(base).update(JSON.stringify(article)).digest('hex').slice(0, 32)}.bin`);
  const dir = options.cacheDir === undefined ? undefined : join(options.cacheDir, 'pipeline');
  if (dir) mkdirSync(dir, { recursive: true });
  // One listing instead of a failed open per article not yet cached (all of them on a first start).
  const present = new Set(dir ? readdirSync(dir) : []);
  const results = names.map((name) => inMemory.get(name) ?? (dir && present.has(name) ? readCached(join(dir, name)) : undefined));
  const missing = results.flatMap((result, i) => (result ? [] : [i]));
  // Each result is written as soon as it is read (in the dev server, while workers read the
  // rest), not after: then a server stopped right after its first page keeps them all.
  const writes: Promise<unknown>[] = [];
  const track = (write: Promise<unknown>): void => {
    write.catch(() => undefined); // reported through `stored`, once the caller holds it
    writes.push(write);
  };
  const keep = (first: number, extracted: ArticleExtraction[]): void => {
    if (dir) extracted.forEach((result, n) => track(writeCached(join(dir, names[missing[first + n]!]!), serialize(result))));
  };
  const read = await extract(missing.map((i) => ordered[i]!), extras, { ...options, onShare: keep, ...(helper ? { helper } : {}) });
  missing.forEach((i, n) => (results[i] = read[n]!));
  const complete = results as ArticleExtraction[];
  inMemory.clear();
  if (options.keepInMemory) complete.forEach((result, i) => inMemory.set(names[i]!, result));
  // Stale entries (all of them after a change to the pipeline's code) are deleted on libuv's
  // threads while this one merges: on a busy disk, deleting 1,000 one by one here took 2.5 s.
  const used = new Set(names);
  if (dir) [...present].filter((name) => !used.has(name)).forEach((name) => track(rm(join(dir, name), { force: true })));
  const stored = Promise.all(writes).then(() => undefined);
  const timeline = helper ? await assembleInParallel(ordered, extras, complete, helper) : assembleTimeline(ordered, extras, complete);
  return { timeline, stats: { articles: ordered.length, extracted: missing.length, assembledOn: helper ? 2 : 1 }, stored };
}

function extract(
  articles: Article[],
  extras: ContentExtras,
  { worker, threads, parallelFrom = PARALLEL_FROM, thisThread, onShare, helper }: CacheOptions & ParallelOptions,
): Promise<ArticleExtraction[]> | ArticleExtraction[] {
  if (articles.length === 0) return [];
  if (worker && articles.length >= parallelFrom) return extractInParallel(articles, extras.gazetteer, threads, worker, { thisThread, onShare, ...(helper ? { helper } : {}) });
  const context = extractionContext(extras.gazetteer);
  const extracted = articles.map((article) => extractArticle(article, context));
  onShare?.(0, extracted);
  return extracted;
}

function readCached(file: string): ArticleExtraction | undefined {
  try {
    return deserialize(readFileSync(file)) as ArticleExtraction;
  } catch {
    return undefined; // missing, or written by another Node version: read the article again
  }
}

async function writeCached(file: string, bytes: Buffer): Promise<void> {
  // Write, then rename: a build running beside this one never reads half a file.
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, bytes);
  await rename(partial, file);
}

/**
 * A digest of the pipeline's source files (tests aside) under `root`: a change to any rule
 * makes every cached extraction stale.
 */
export function pipelineSourceVersion(root: string): string {
  const hash = createHash('sha256').update(process.version);
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareStrings(a.name, b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|json|ya?ml|txt)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) hash.update(relative(root, path)).update('\0').update(readFileSync(path));
    }
  };
  walk(root);
  return hash.digest('hex');
}
