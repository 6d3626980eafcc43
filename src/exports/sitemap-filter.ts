import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Whether the sitemap lists the built page at `path` (relative to the site root, as Astro
 * names built pages): a page a search engine should index. A page that redirects (an
 * event's old id: `<meta http-equiv="refresh">`) or asks not to be indexed
 * (`<meta name="robots" content="noindex">`, e.g. filtered lists) stays out, as do routes
 * that are not HTML pages (rss.xml …). Reading the built HTML keeps that decision in the
 * page itself rather than in a second list here. Only each page's `<head>` is read, where
 * those tags belong: this runs over every page (43,000 at 10,000 articles), and reading them
 * whole cost seconds and a gigabyte of strings.
 */
export function isListedPage(outDir: string, path: string): boolean {
  const page = path.replace(/^\/+/, '');
  if (STATUS_PAGE.test(page)) return false;
  const file = pageFile(outDir, page);
  return file !== undefined && isIndexablePage(readHead(file));
}

/** Error pages: Astro names them `404/` but writes `404.html`, and no one should land on them from a search. */
const STATUS_PAGE = /^(404|500)(\/|\.html)?$/;

/** The HTML file a page path is served from, or undefined for non-HTML routes (rss.xml …). */
function pageFile(outDir: string, path: string): string | undefined {
  if (path === '' || path.endsWith('/')) return join(outDir, path, 'index.html');
  return path.endsWith('.html') ? join(outDir, path) : undefined;
}

/** Bytes read at a time: a page's head is a few kilobytes. */
const HEAD_CHUNK = 16 * 1024;

/** A page's text up to the end of its `<head>` (the whole page if it has none). */
export function readHead(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    for (;;) {
      const chunk = Buffer.allocUnsafe(HEAD_CHUNK);
      const read = readSync(fd, chunk, 0, HEAD_CHUNK, null);
      if (read > 0) chunks.push(chunk.subarray(0, read));
      const text = Buffer.concat(chunks).toString('utf8');
      const end = text.search(/<\/head>/i);
      if (end >= 0) return text.slice(0, end + '</head>'.length);
      if (read < HEAD_CHUNK) return text;
    }
  } finally {
    closeSync(fd);
  }
}

export function isIndexablePage(html: string): boolean {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attribute = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']?([^"'>]*)`, 'i').exec(tag)?.[1]?.toLowerCase();
    if (attribute('http-equiv') === 'refresh') return false;
    if (attribute('name') === 'robots' && /\bnoindex\b|\bnone\b/.test(attribute('content') ?? '')) return false;
  }
  return true;
}
