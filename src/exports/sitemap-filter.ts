import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Which built pages the sitemap lists: those a search engine should index. A page that
 * redirects (an event's old id: `<meta http-equiv="refresh">`) or asks not to be indexed
 * (`<meta name="robots" content="noindex">`, e.g. filtered lists) stays out. Reading the
 * built HTML keeps that decision in the page itself rather than in a second list here.
 */
export function sitemapFilter(outDir: string, base: string): (url: string) => boolean {
  const basePath = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  return (url) => {
    const path = new URL(url).pathname;
    if (!path.startsWith(basePath)) return false;
    const file = pageFile(resolve(outDir), decodeURIComponent(path.slice(basePath.length)));
    return file !== undefined && isIndexablePage(readFileSync(file, 'utf8'));
  };
}

/** The HTML file a page path is served from, or undefined for non-HTML routes (rss.xml …). */
function pageFile(outDir: string, path: string): string | undefined {
  if (path === '' || path.endsWith('/')) return join(outDir, path, 'index.html');
  return path.endsWith('.html') ? join(outDir, path) : undefined;
}

export function isIndexablePage(html: string): boolean {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attribute = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']?([^"'>]*)`, 'i').exec(tag)?.[1]?.toLowerCase();
    if (attribute('http-equiv') === 'refresh') return false;
    if (attribute('name') === 'robots' && /\bnoindex\b|\bnone\b/.test(attribute('content') ?? '')) return false;
  }
  return true;
}
