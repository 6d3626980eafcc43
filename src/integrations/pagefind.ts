import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { buildCacheDir, linkTree } from './cache-dir.ts';

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
      .sort((a, b) => (a.name < b.name ? -1 : 1))
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
 * After `astro build`, writes a static full-text index of the built site to `pagefind/`
 * (Pagefind's Node API), which the search page loads in the browser. No server involved.
 * The index is written once, into `<cacheDir>/pagefind/<key>/`, and linked into the site;
 * a build whose searched pages are unchanged links the cached one. Older indexes are
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
          const { key, indexed: pages } = indexKey(packages, searchedFiles(site));
          if (pages.length === 0) throw new Error(`no event or article page in ${site}`);
          // The index of exactly these pages was written before: reuse it (a build with no change to what is searched).
          const cached = join(cacheDir, key);
          const older = existsSync(cacheDir) ? readdirSync(cacheDir).filter((name) => name !== key) : [];
          const deleting = Promise.all(older.map((name) => rm(join(cacheDir, name), { recursive: true, force: true })));
          // Awaited below; a failure to index must not leave it reported as unhandled.
          deleting.catch(() => undefined);
          if (existsSync(cached)) {
            linkTree(cached, join(site, 'pagefind'));
            await deleting;
            logger.info(`${pages.length} event and article pages unchanged: pagefind/ from ${cached} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
            return;
          }
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
          // Into a folder of its own first: a build stopped while writing leaves no index under the key.
          const partial = `${cached}.partial-${process.pid}`;
          const written = await index.writeFiles({ outputPath: partial });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          renameSync(partial, cached);
          linkTree(cached, join(site, 'pagefind'));
          await deleting;
          logger.info(`${pages.length} event and article pages indexed into pagefind/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        } catch (error) {
          throw new Error(`Search index (Pagefind) failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
