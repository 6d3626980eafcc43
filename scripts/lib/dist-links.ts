/** The link check (link-check.ts) run over a built out dir. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { siteRoot } from '../../src/exports/site-url.ts';
import { listFiles, pagePath } from './dist-pages.ts';
import { checkLinks, type BrokenLink } from './link-check.ts';

export interface DistLinkReport {
  pages: number;
  broken: BrokenLink[];
}

/**
 * The site root the build used: astro.config.mjs reads SITE_URL and BASE_PATH with the
 * same defaults, so absolute URLs in the pages (canonical, og:image) count as internal.
 */
export function builtSiteRoot(env: NodeJS.ProcessEnv = process.env): string {
  return siteRoot(env.SITE_URL ?? 'http://localhost:4321', env.BASE_PATH ?? '/');
}

export function checkDistLinks(outDir: string, root = builtSiteRoot()): DistLinkReport {
  const files = listFiles(outDir);
  const pages = files.filter((file) => file.endsWith('.html')).map((file) => ({ file, path: pagePath(file) }));
  const site = { files: new Set(files), read: (file: string) => readFileSync(path.join(outDir, file), 'utf8') };
  return { pages: pages.length, broken: checkLinks(site, pages, root) };
}

/** The report as text: one line per broken link, grouped under its page. */
export function formatReport({ pages, broken }: DistLinkReport): string {
  if (broken.length === 0) return `Links: ${pages} pages checked, no broken internal link.\n`;
  const lines: string[] = [];
  let page: string | undefined;
  for (const link of broken) {
    if (link.page !== page) lines.push(`/${(page = link.page)}`);
    lines.push(`  ${link.href}\n    ${link.reason}`);
  }
  const pageCount = new Set(broken.map((link) => link.page)).size;
  return `${lines.join('\n')}\n\nLinks: ${broken.length} broken on ${pageCount} of ${pages} pages.\n`;
}
