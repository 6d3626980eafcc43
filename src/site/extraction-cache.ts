/**
 * The pipeline's per-article work (sentences and candidate events, `extractArticle`) cached
 * by content: an article is read again only when it, the gazetteer or the pipeline's code
 * changed. Merging, corrections and ids always run on the whole corpus (they are fast and
 * depend on every article). Results live in memory when asked (the dev server edits one
 * article at a time; a build reads each once and should not hold them) and on disk in `<cacheDir>/pipeline/`, one file per article, so a build after
 * adding or editing an article reads only that article; files no article uses are pruned.
 * Many articles to read (a cold build of a large corpus) are read on every core.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { type ArticleExtraction, extractArticle, extractionContext } from '../pipeline/events/article-extraction.ts';
import { extractInParallel, PARALLEL_FROM } from '../pipeline/parallel.ts';
import type { ContentExtras } from '../pipeline/read-content.ts';
import { assembleTimeline, inIdOrder } from '../pipeline/timeline.ts';
import type { Article, Timeline } from '../pipeline/types.ts';

export interface CacheStats {
  articles: number;
  /** Articles read by the pipeline this time (not found in the cache). */
  extracted: number;
}

const inMemory = new Map<string, ArticleExtraction>();

export interface CacheOptions {
  /** Where `<cacheDir>/pipeline/` is; undefined keeps the cache in memory only. */
  cacheDir?: string;
  /** The extraction worker's source file (src/pipeline/parallel.ts); undefined reads on this thread alone. */
  worker?: URL;
  threads?: number;
  /** Fewer articles to read than this are read on this thread (workers take time to start). */
  parallelFrom?: number;
  /** Keep this call's results in memory for the next (the dev server); else memory holds none. */
  keepInMemory?: boolean;
}

/**
 * buildTimeline, with each article's extraction looked up by a key made of the article,
 * the gazetteer and `pipelineVersion` (anything else that changes what extraction yields).
 */
export async function buildTimelineCached(articles: Article[], extras: ContentExtras, pipelineVersion: string, options: CacheOptions = {}): Promise<{ timeline: Timeline; stats: CacheStats }> {
  const ordered = inIdOrder(articles);
  const base = createHash('sha256').update(pipelineVersion).update('\0').update(JSON.stringify(extras.gazetteer)).digest('hex');
  const keys = ordered.map((article) => createHash('sha256').update(base).update(JSON.stringify(article)).digest('hex').slice(0, 32));
  const dir = options.cacheDir === undefined ? undefined : join(options.cacheDir, 'pipeline');
  if (dir) mkdirSync(dir, { recursive: true });
  const results = keys.map((key) => inMemory.get(key) ?? (dir ? readCached(join(dir, `${key}.bin`)) : undefined));
  const missing = results.flatMap((result, i) => (result ? [] : [i]));
  const read = await extract(missing.map((i) => ordered[i]!), extras, options);
  missing.forEach((i, n) => {
    results[i] = read[n]!;
    if (dir) writeCached(join(dir, `${keys[i]}.bin`), read[n]!);
  });
  const complete = results as ArticleExtraction[];
  inMemory.clear();
  if (options.keepInMemory) complete.forEach((result, i) => inMemory.set(keys[i]!, result));
  // Stale entries (all of them after a change to the pipeline's code) are deleted on libuv's
  // threads while this one merges: on a busy disk, deleting 1,000 one by one here took 2.5 s.
  const pruning = dir ? prune(dir, new Set(keys.map((key) => `${key}.bin`))) : undefined;
  const timeline = assembleTimeline(ordered, extras, complete);
  await pruning;
  return { timeline, stats: { articles: ordered.length, extracted: missing.length } };
}

async function prune(dir: string, used: Set<string>): Promise<void> {
  await Promise.all(readdirSync(dir).filter((name) => !used.has(name)).map((name) => rm(join(dir, name), { force: true })));
}

function extract(articles: Article[], extras: ContentExtras, { worker, threads, parallelFrom = PARALLEL_FROM }: CacheOptions): Promise<ArticleExtraction[]> | ArticleExtraction[] {
  if (articles.length === 0) return [];
  if (worker && articles.length >= parallelFrom) return extractInParallel(articles, extras.gazetteer, threads, worker);
  const context = extractionContext(extras.gazetteer);
  return articles.map((article) => extractArticle(article, context));
}

function readCached(file: string): ArticleExtraction | undefined {
  try {
    return deserialize(readFileSync(file)) as ArticleExtraction;
  } catch {
    return undefined; // missing, or written by another Node version: read the article again
  }
}

function writeCached(file: string, result: ArticleExtraction): void {
  // Write, then rename: a build running beside this one never reads half a file.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, serialize(result));
  renameSync(partial, file);
}

/**
 * A digest of the pipeline's source files (tests aside) under `root`: a change to any rule
 * makes every cached extraction stale.
 */
export function pipelineSourceVersion(root: string): string {
  const hash = createHash('sha256').update(process.version);
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|json|ya?ml|txt)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) hash.update(relative(root, path)).update('\0').update(readFileSync(path));
    }
  };
  walk(root);
  return hash.digest('hex');
}
