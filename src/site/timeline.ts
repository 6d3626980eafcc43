import { existsSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getCollection } from 'astro:content';
import { EXTRACT_WORKER, PARALLEL_FROM } from '../pipeline/parallel.ts';
import { CONTENT_EXTRAS_FILES, type ContentExtras, readContentExtras } from '../pipeline/read-content.ts';
import type { Article, Timeline } from '../pipeline/types.ts';
import { warningLines } from '../pipeline/warnings.ts';
import { buildDay, futurePublicationWarnings } from '../pipeline/parse/future-publication.ts';
import { contentDir } from './content-dir.ts';
import { buildTimelineCached, pipelineSourceVersion, startHelperAhead } from './extraction-cache.ts';
import { compareStrings } from '../pipeline/order.ts';

type ArticleEntry = Awaited<ReturnType<typeof getCollection<'articles'>>>[number];
/** What the timeline reads of an article entry: the collection's, or the content loader's store's (the same data). */
export type TimelineEntry = Pick<ArticleEntry, 'id' | 'data' | 'body' | 'filePath' | 'digest'>;

/** The articles, and a digest of their ids and contents. */
interface Articles {
  signature: string;
  entries: readonly TimelineEntry[];
}

/**
 * Shared by every copy of this module in the process (global, since the content loader
 * and the pages each load their own copy under `astro dev`): the articles as the content
 * loader read them last (under `astro dev` only), and the timeline built or being built last.
 */
const ARTICLES = Symbol.for('dateline.articles');
const BUILT = Symbol.for('dateline.timeline');
const shared = globalThis as { [ARTICLES]?: Articles; [BUILT]?: { signature: string; timeline: Promise<Timeline> } };

/**
 * The one timeline every page and export reads. Built once per build from the articles
 * collection, the gazetteer and the editors' corrections; pages never recompute it. Under
 * `astro dev` it is rebuilt when an article or an editors' file changes, reading again only
 * the articles that changed (src/site/extraction-cache.ts).
 */
export async function getTimeline(): Promise<Timeline> {
  const built = shared[BUILT];
  if (built && !import.meta.env.DEV) return built.timeline;
  // Every component of a page asks: under `astro dev` the articles come from what the loader
  // published, since asking the collection for 4,000 articles each time cost a second a page.
  return timelineOf(shared[ARTICLES] ?? articlesOf(await getCollection('articles')));
}

/**
 * Under `astro dev`, the content loader's articles each time it has read them: the timeline
 * is started at once, beside the server's start and the first page's modules (or the
 * editor's next request) instead of when a page first asks for it.
 */
export function publishArticles(entries: readonly TimelineEntry[]): Promise<Timeline> {
  shared[ARTICLES] = articlesOf(entries);
  return timelineOf(shared[ARTICLES]);
}

/**
 * Called by the content loader as it starts reading `count` article files: for a large
 * corpus, the worker that helps build the timeline starts loading the pipeline now, beside
 * the reading, instead of when the timeline is asked for.
 */
export function prepareTimeline(count: number): void {
  if (count >= PARALLEL_FROM && pipelineVersion() !== undefined) startHelperAhead(extractWorker());
}

function articlesOf(entries: readonly TimelineEntry[]): Articles {
  const contents = entries.map((e) => `${e.id}\0${e.digest ?? e.body}`).sort(compareStrings);
  return { signature: createHash('sha256').update(contents.join('\0')).digest('hex'), entries };
}

/** The timeline of these articles and the editors' files as they are now: the one built or being built for them, else a new one. */
function timelineOf(articles: Articles): Promise<Timeline> {
  const extras = contentExtras();
  const signature = import.meta.env.DEV ? `${articles.signature} ${extras.stamp}` : '';
  let built = shared[BUILT];
  if (built?.signature !== signature) built = shared[BUILT] = { signature, timeline: load(articles.entries, extras.extras) };
  return built.timeline;
}

let extrasRead: { stamp: string; extras: ContentExtras } | undefined;

/** The editors' files, parsed again only when one of them changed on disk (each page asks many times). */
function contentExtras(): { stamp: string; extras: ContentExtras } {
  const stamp = Object.values(CONTENT_EXTRAS_FILES)
    .map((name) => {
      const stat = statSync(join(contentDir, name), { throwIfNoEntry: false });
      return stat ? `${stat.mtimeMs}:${stat.size}:${stat.ino}` : '-';
    })
    .join(' ');
  if (extrasRead?.stamp !== stamp) extrasRead = { stamp, extras: readContentExtras(contentDir) };
  return extrasRead;
}

async function load(entries: readonly TimelineEntry[], extras: ContentExtras): Promise<Timeline> {
  const articles: Article[] = entries.map((entry) => ({
    ...entry.data,
    id: entry.id,
    body: entry.body ?? '',
    file: entry.filePath ?? `${contentDir}/articles/${entry.id}.md`,
  }));
  const started = performance.now();
  const version = pipelineVersion();
  // Where the sources are at hand, many articles to read are read on every core (under
  // `astro dev` on workers alone, so that this thread answers requests meanwhile: it starts
  // before the first page's modules are loaded, see src/content-loaders/articles.ts), and a
  // large corpus is assembled on two threads, as `npm run bench` measures.
  const options = {
    keepInMemory: import.meta.env.DEV,
    thisThread: !import.meta.env.DEV,
    ...(version === undefined ? {} : { cacheDir: cacheDir(), worker: extractWorker() }),
  };
  const { timeline, stats, stored } = await buildTimelineCached(articles, extras, version ?? 'this process', options);
  // Only the next start is slower without the cache: the pages need not wait for it.
  stored.catch((error: unknown) => console.warn(`[dateline] the pipeline cache in ${cacheDir()} was not written: ${error instanceof Error ? error.message : String(error)}`));
  const ms = Math.round(performance.now() - started);
  console.info(`[dateline] timeline: ${stats.articles} articles (${stats.extracted} read, the rest cached; assembled on ${stats.assembledOn === 2 ? 'two threads' : 'one'}), ${timeline.events.length} events in ${ms} ms`);
  // The same warnings as `npm run events`, so an editor sees them in every build.
  for (const line of warningLines([...timeline.warnings, ...futurePublicationWarnings(articles, buildDay())])) console.warn(`[dateline] ${line}`);
  return timeline;
}

/** The extraction worker's source in the project (the site's bundled code has no copy of it). */
function extractWorker(): URL {
  return pathToFileURL(join(process.cwd(), EXTRACT_WORKER));
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
