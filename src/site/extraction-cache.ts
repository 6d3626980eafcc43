/**
 * The pipeline's per-article work (sentences and candidate events, `extractArticle`) cached
 * by content: an article is read again only when it, the gazetteer or the pipeline's code
 * changed. Merging, corrections and ids always run on the whole corpus (they are fast and
 * depend on every article). Results live in memory (the dev server edits one article at a
 * time) and on disk in `<cacheDir>/pipeline/`, one file per article, so a build after
 * adding or editing an article reads only that article; files no article uses are pruned.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { type ArticleExtraction, extractArticle, extractionContext } from '../pipeline/events/article-extraction.ts';
import type { ContentExtras } from '../pipeline/read-content.ts';
import { assembleTimeline, inIdOrder } from '../pipeline/timeline.ts';
import type { Article, Timeline } from '../pipeline/types.ts';

export interface CacheStats {
  articles: number;
  /** Articles read by the pipeline this time (not found in the cache). */
  extracted: number;
}

const inMemory = new Map<string, ArticleExtraction>();

/**
 * buildTimeline, with each article's extraction looked up by a key made of the article,
 * the gazetteer and `pipelineVersion` (anything else that changes what extraction yields).
 * `cacheDir` undefined keeps the cache in memory only.
 */
export function buildTimelineCached(articles: Article[], extras: ContentExtras, pipelineVersion: string, cacheDir?: string): { timeline: Timeline; stats: CacheStats } {
  const ordered = inIdOrder(articles);
  const base = createHash('sha256').update(pipelineVersion).update('\0').update(JSON.stringify(extras.gazetteer)).digest('hex');
  const keys = ordered.map((article) => createHash('sha256').update(base).update(JSON.stringify(article)).digest('hex').slice(0, 32));
  const dir = cacheDir === undefined ? undefined : join(cacheDir, 'pipeline');
  if (dir) mkdirSync(dir, { recursive: true });
  let context: ReturnType<typeof extractionContext> | undefined;
  let extracted = 0;
  const results = ordered.map((article, i) => {
    const key = keys[i]!;
    let result = inMemory.get(key) ?? (dir ? readCached(join(dir, `${key}.bin`)) : undefined);
    if (!result) {
      context ??= extractionContext(extras.gazetteer);
      result = extractArticle(article, context);
      extracted += 1;
      if (dir) writeCached(join(dir, `${key}.bin`), result);
    }
    return result;
  });
  inMemory.clear();
  results.forEach((result, i) => inMemory.set(keys[i]!, result));
  if (dir) {
    const used = new Set(keys.map((key) => `${key}.bin`));
    for (const name of readdirSync(dir)) if (!used.has(name)) rmSync(join(dir, name), { force: true });
  }
  return { timeline: assembleTimeline(ordered, extras, results), stats: { articles: ordered.length, extracted } };
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
