import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { buildCacheDir, linkTree } from './cache-dir.ts';
import { compareStrings } from '../pipeline/order.ts';

/** The sections whose pages the search covers: each event and each article, not the lists that repeat them. */
const SEARCHED_SECTIONS = ['events', 'articles'];

/** Pages that ask search engines to skip them (an old id's redirect) stay out of the site's search too. */
const NOINDEX = /<meta name="robots" content="[^"]*noindex/i;

/**
 * Only a page's `<main>` is indexed (no header, navigation or footer), without what
 * describes other pages: navigation (previous / next, breadcrumbs), lists of other events
 * (related ones), and an article's citation links, whose hidden event titles would make
 * every article match every event it reports.
 */
const INDEX_CONFIG = { rootSelector: 'main', excludeSelectors: ['nav', '.breadcrumbs', 'ol.events', '.cites'], forceLanguage: 'en' };

/** Pages sent to Pagefind before waiting for its answers. */
const IN_FLIGHT = 32;

/** A year with more searched pages than this is indexed a month at a time. */
export const MAX_SHARD_PAGES = 10_000;

/** Where the search page finds the names of the index's shards (`pagefind/<shard>/`). */
export const SHARDS_FILE = 'shards.json';

export interface SearchedPage {
  /** Site path from the root, e.g. `/events/<id>/`; the search page adds the base path. */
  url: string;
  /** What Pagefind reads of the page: its title and its `<main>`. */
  content: string;
}

/** A built page of a searched section, by where it is; its text is read only when needed (41,119 pages at 10,000 articles). */
export interface SearchedFile {
  url: string;
  file: string;
}

/**
 * The part of a page Pagefind reads: only `<main>` is indexed, and its meta tags (title,
 * date, kind) are on elements inside it, so the header, navigation and footer are left out
 * before the page is sent (the same index, a third less to send and parse).
 */
export function indexedPart(html: string): string {
  const title = /<title>[^<]*<\/title>/.exec(html)?.[0] ?? '';
  const start = html.indexOf('<main');
  const end = html.indexOf('</main>');
  const main = start >= 0 && end > start ? html.slice(start, end + '</main>'.length) : html;
  return `<html lang="en"><head>${title}</head><body>${main}</body></html>`;
}

/** The built pages of the searched sections (`<section>/<id>/index.html`), in a stable order, not yet read (redirects among them). */
export function searchedFiles(site: string): SearchedFile[] {
  return SEARCHED_SECTIONS.flatMap((section) => {
    const dir = join(site, section);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
      .sort((a, b) => compareStrings(a.name, b.name))
      .map((entry) => ({ url: `/${section}/${entry.name}/`, file: join(dir, entry.name, 'index.html') }));
  });
}

/** A searched file as Pagefind reads it, or nothing for a page that may not be indexed. */
function readSearched({ url, file }: SearchedFile): SearchedPage | undefined {
  const html = readFileSync(file, 'utf8');
  return NOINDEX.test(html) ? undefined : { url, content: indexedPart(html) };
}

/** A file `indexKey` kept, read again when it is sent to Pagefind. */
export function readIndexed(file: SearchedFile): SearchedPage {
  const page = readSearched(file);
  if (!page) throw new Error(`${file.url} changed while being indexed (now noindex)`);
  return page;
}

/**
 * What decides the index: the installed packages (Pagefind's version), its configuration
 * and every indexed page. Each page is read, hashed and dropped, so memory stays flat
 * whatever the number of pages; gives the key and the files to index.
 */
export function indexKey(packages: string, files: SearchedFile[]): { key: string; indexed: SearchedFile[] } {
  const hash = createHash('sha256').update(packages).update(JSON.stringify(INDEX_CONFIG));
  const indexed = files.filter((file) => {
    const page = readSearched(file);
    if (page) hash.update(page.url).update('\0').update(page.content).update('\0');
    return page !== undefined;
  });
  return { key: hash.digest('hex').slice(0, 32), indexed };
}

/**
 * The searched pages in shards, each indexed on its own: the year their id begins with (an
 * event's date, an article's publication; `other` for an id without one), or its month
 * when the year has more than MAX_SHARD_PAGES pages. Pagefind holds a whole index in
 * memory while it writes it (1.1–1.7 GB for the 40,000 pages of 10,000 synthetic
 * articles), so a shard at a time keeps its process small; and a new or edited article
 * changes the pages of its own period, so the other shards come from the cache.
 */
export function searchShards(files: SearchedFile[]): Map<string, SearchedFile[]> {
  const group = (pick: (id: string) => string | undefined, list: SearchedFile[]) => {
    const shards = new Map<string, SearchedFile[]>();
    for (const file of list) {
      const name = pick(file.url.split('/')[2] ?? '') ?? 'other';
      const shard = shards.get(name);
      if (shard) shard.push(file);
      else shards.set(name, [file]);
    }
    return shards;
  };
  const shards = new Map<string, SearchedFile[]>();
  for (const [year, list] of group((id) => /^\d{4}(?=-|$)/.exec(id)?.[0], files)) {
    if (list.length <= MAX_SHARD_PAGES) shards.set(year, list);
    else for (const [month, part] of group((id) => /^\d{4}-\d{2}(?=-|$)/.exec(id)?.[0], list)) shards.set(month === 'other' ? year : month, part);
  }
  return new Map([...shards].sort(([a], [b]) => compareStrings(a, b)));
}

/** Indexes `pages` in a Pagefind process of its own, into `target` (written aside first: a build stopped while writing leaves no index there). */
async function writeIndex(pages: SearchedFile[], target: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex(INDEX_CONFIG);
    if (!index) throw new Error(errors.join('; ') || 'no index');
    // Pagefind indexes in its own process; keeping requests in flight keeps it busy, and
    // reading each batch only when it is sent keeps no more than it in memory.
    for (let i = 0; i < pages.length; i += IN_FLIGHT) {
      const batch = pages.slice(i, i + IN_FLIGHT);
      const added = await Promise.all(batch.map((file) => index.addHTMLFile(readIndexed(file))));
      added.forEach((result, j) => {
        if (result.errors.length > 0) throw new Error(`${batch[j]!.url}: ${result.errors.join('; ')}`);
      });
    }
    const partial = `${target}.partial-${process.pid}`;
    const written = await index.writeFiles({ outputPath: partial });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
    renameSync(partial, target);
  } finally {
    // Ends the process, and its memory with it, before the next shard.
    await pagefind.close();
  }
}

/**
 * After `astro build`, writes a static full-text index of the built site to `pagefind/`
 * (Pagefind's Node API), which the search page loads in the browser. No server involved.
 * Each shard (searchShards) is written once, into `<cacheDir>/pagefind/<key>/`, and linked
 * into `pagefind/<shard>/`; `pagefind/shards.json` names them for the search page, which
 * merges them. A shard whose pages are unchanged links the cached one. Older indexes are
 * deleted beside the indexing (thousands of small files: seconds on a busy disk).
 */
export default function pagefindIndex(): AstroIntegration {
  let cacheDir = '';
  let packages = '';
  return {
    name: 'dateline-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(buildCacheDir(config.root), 'pagefind');
        const lock = join(fileURLToPath(config.root), 'package-lock.json');
        packages = existsSync(lock) ? readFileSync(lock, 'utf8') : String(Date.now());
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const started = performance.now();
          const shards = [...searchShards(searchedFiles(site))].map(([name, files]) => ({ name, ...indexKey(`${packages}\0${name}`, files) }));
          const pages = shards.reduce((sum, shard) => sum + shard.indexed.length, 0);
          if (pages === 0) throw new Error(`no event or article page in ${site}`);
          const keys = new Set(shards.map((shard) => shard.key));
          const older = existsSync(cacheDir) ? readdirSync(cacheDir).filter((name) => !keys.has(name)) : [];
          const deleting = Promise.all(older.map((name) => rm(join(cacheDir, name), { recursive: true, force: true })));
          // Awaited below; a failure to index must not leave it reported as unhandled.
          deleting.catch(() => undefined);
          const searched = shards.filter((shard) => shard.indexed.length > 0);
          let indexed = 0;
          for (const { name, key, indexed: files } of searched) {
            const cached = join(cacheDir, key);
            if (!existsSync(cached)) {
              await writeIndex(files, cached);
              indexed += files.length;
            }
            linkTree(cached, join(site, 'pagefind', name));
          }
          writeFileSync(join(site, 'pagefind', SHARDS_FILE), `${JSON.stringify(searched.map((shard) => shard.name))}\n`);
          await deleting;
          logger.info(
            `${pages} event and article pages in ${searched.length} shards, ${indexed} of them indexed (the rest from ${cacheDir}), into pagefind/ in ${((performance.now() - started) / 1000).toFixed(1)} s`,
          );
        } catch (error) {
          throw new Error(`Search index (Pagefind) failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        }
      },
    },
  };
}
