import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getCollection } from 'astro:content';
import { EXTRACT_WORKER } from '../pipeline/parallel.ts';
import { readContentExtras } from '../pipeline/read-content.ts';
import type { Article, Timeline } from '../pipeline/types.ts';
import { warningLines } from '../pipeline/warnings.ts';
import { contentDir } from './content-dir.ts';
import { buildTimelineCached, pipelineSourceVersion } from './extraction-cache.ts';

let built: { signature: string; timeline: Promise<Timeline> } | undefined;

/**
 * The one timeline every page and export reads. Built once per build from the articles
 * collection, the gazetteer and the editors' corrections; pages never recompute it. Under
 * `astro dev` it is rebuilt when an article or an editors' file changes, reading again only
 * the articles that changed (src/site/extraction-cache.ts).
 */
export async function getTimeline(): Promise<Timeline> {
  if (built && !import.meta.env.DEV) return built.timeline;
  const entries = await getCollection('articles');
  const extras = readContentExtras(contentDir);
  const signature = import.meta.env.DEV
    ? createHash('sha256').update(JSON.stringify(extras)).update(JSON.stringify(entries.map((e) => [e.id, e.digest ?? e.body]))).digest('hex')
    : '';
  if (built?.signature !== signature) built = { signature, timeline: load(entries, extras) };
  return built.timeline;
}

async function load(entries: Awaited<ReturnType<typeof getCollection<'articles'>>>, extras: ReturnType<typeof readContentExtras>): Promise<Timeline> {
  const articles: Article[] = entries.map((entry) => ({
    ...entry.data,
    id: entry.id,
    body: entry.body ?? '',
    file: entry.filePath ?? `${contentDir}/articles/${entry.id}.md`,
  }));
  const started = performance.now();
  const version = pipelineVersion();
  // Where the sources are at hand, many articles to read are read on every core.
  const options = {
    keepInMemory: import.meta.env.DEV,
    ...(version === undefined ? {} : { cacheDir: cacheDir(), worker: pathToFileURL(join(process.cwd(), EXTRACT_WORKER)) }),
  };
  const { timeline, stats } = await buildTimelineCached(articles, extras, version ?? 'this process', options);
  const ms = Math.round(performance.now() - started);
  console.info(`[dateline] timeline: ${stats.articles} articles (${stats.extracted} read, the rest cached), ${timeline.events.length} events in ${ms} ms`);
  // The same warnings as `npm run events`, so an editor sees them in every build.
  for (const line of warningLines(timeline.warnings)) console.warn(`[dateline] ${line}`);
  return timeline;
}

/** Where the build's caches live: DATELINE_CACHE_DIR, else `.cache/` in the project. */
function cacheDir(): string {
  return process.env.DATELINE_CACHE_DIR ?? join(process.cwd(), '.cache');
}

let version: { value: string | undefined } | undefined;

/**
 * The pipeline's code and the installed packages: what besides the content decides what
 * extraction yields. Undefined where the sources are not at hand (then nothing is cached on disk).
 */
function pipelineVersion(): string | undefined {
  const root = process.cwd();
  const files = [join(root, 'src', 'pipeline'), join(root, 'package-lock.json')];
  version ??= {
    value: files.every(existsSync)
      ? createHash('sha256').update(pipelineSourceVersion(files[0]!)).update(readFileSync(files[1]!)).digest('hex')
      : undefined,
  };
  return version.value;
}
