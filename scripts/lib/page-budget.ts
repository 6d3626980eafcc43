/**
 * What a first visit to each built page costs: the HTML plus the stylesheets it links,
 * gzipped file by file as a server sends them, and the JavaScript it loads. The issue's
 * budget: every page + its CSS ≤ 30 KB gzipped, and no JavaScript needed to read it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { compareStrings } from '../../src/pipeline/order.ts';
import { builtSiteRoot } from './dist-links.ts';
import { listFiles, pagePath } from './dist-pages.ts';
import { decodeEntities, scripts, startTags } from './html-tags.ts';
import { fileOf, sitePath, type PageRef, type SiteFiles } from './link-check.ts';

export const PAGE_BUDGET_BYTES = 30 * 1024;

export interface PageWeight {
  /** URL path under the site root (`''` is the home page). */
  path: string;
  htmlGz: number;
  cssGz: number;
  /** Inline scripts and script files the page loads (JSON data blocks such as JSON-LD excluded). */
  jsGz: number;
  /** True when the page's main content has no text without JavaScript. */
  needsJs: boolean;
}

export const pageTotal = (page: PageWeight): number => page.htmlGz + page.cssGz;

const DATA_SCRIPT = /^application\/(ld\+)?json$|^importmap$|^speculationrules$/i;

/** Weighs every HTML page of a built site (an Astro out dir). */
export function weighBuiltSite(outDir: string): PageWeight[] {
  const files = listFiles(outDir);
  const pages = files.filter((file) => file.endsWith('.html')).map((file) => ({ file, path: pagePath(file) }));
  return weighPages({ files: new Set(files), read: (file) => readFileSync(path.join(outDir, file), 'utf8') }, pages, builtSiteRoot());
}

/** Weighs every page; a linked file is gzipped once however many pages share it. */
export function weighPages(site: SiteFiles, pages: readonly PageRef[], root: string): PageWeight[] {
  const rootUrl = new URL(root);
  const fileGz = new Map<string, number>();
  const gzOfFile = (file: string) => {
    if (!fileGz.has(file)) fileGz.set(file, site.files.has(file) ? gzSize(site.read(file)) : 0);
    return fileGz.get(file)!;
  };
  return pages.map((page) => {
    const html = site.read(page.file);
    const pageUrl = new URL(page.path, rootUrl);
    const local = (href: string) => {
      const path = sitePath(new URL(href, pageUrl), rootUrl);
      return path === undefined ? undefined : fileOf(path);
    };
    let cssGz = 0;
    for (const { name, attributes } of startTags(html)) {
      const href = attributes.get('href');
      if (name === 'link' && href && /(^|\s)stylesheet(\s|$)/i.test(attributes.get('rel') ?? '')) cssGz += gzOfFile(local(href) ?? '');
    }
    let jsGz = 0;
    for (const { attributes, body } of scripts(html)) {
      if (DATA_SCRIPT.test(attributes.get('type') ?? '')) continue;
      const src = attributes.get('src');
      jsGz += src ? gzOfFile(local(src) ?? '') : body.trim() ? gzSize(body) : 0;
    }
    return { path: page.path, htmlGz: gzSize(html), cssGz, jsGz, needsJs: mainText(html) === '' };
  });
}

/** The text a reader sees in `<main>` (or `<body>`) with JavaScript off. */
export function mainText(html: string): string {
  const body = /<main\b[^>]*>([\s\S]*)<\/main>/i.exec(html)?.[1] ?? /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const visible = body
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<[^>]+>/g, ' ');
  return decodeEntities(visible).replace(/\s+/g, ' ').trim();
}

export interface BudgetSummary {
  pages: number;
  largest: PageWeight | undefined;
  /** Median of page + CSS, gzipped bytes. */
  median: number;
  overBudget: PageWeight[];
  needingJs: PageWeight[];
  withJs: number;
}

export function summarise(weights: readonly PageWeight[], budget = PAGE_BUDGET_BYTES): BudgetSummary {
  const byTotal = [...weights].sort((a, b) => pageTotal(b) - pageTotal(a) || compareStrings(a.path, b.path));
  const totals = byTotal.map(pageTotal).reverse();
  const middle = totals.length >> 1;
  const median = totals.length === 0 ? 0 : totals.length % 2 ? totals[middle]! : (totals[middle - 1]! + totals[middle]!) / 2;
  return {
    pages: weights.length,
    largest: byTotal[0],
    median,
    overBudget: byTotal.filter((page) => pageTotal(page) > budget),
    needingJs: byTotal.filter((page) => page.needsJs),
    withJs: weights.filter((page) => page.jsGz > 0).length,
  };
}

/**
 * The kind of page a path is: its section and a star for each level below it (`events/*` is
 * every event page, `people/*` plus a star for a person's year pages; `(home)` the front page).
 */
export function pageKind(path: string): string {
  const [section, ...rest] = path.split('/').filter(Boolean);
  return section === undefined ? '(home)' : [section, ...rest.map(() => '*')].join('/');
}

/** The heaviest page of each kind, heaviest kind first: where a site's growth shows. */
export function largestByKind(weights: readonly PageWeight[]): { kind: string; count: number; largest: PageWeight }[] {
  const kinds = new Map<string, { kind: string; count: number; largest: PageWeight }>();
  for (const page of weights) {
    const kind = pageKind(page.path);
    const seen = kinds.get(kind);
    if (!seen) kinds.set(kind, { kind, count: 1, largest: page });
    else {
      seen.count += 1;
      if (pageTotal(page) > pageTotal(seen.largest)) seen.largest = page;
    }
  }
  return [...kinds.values()].sort((a, b) => pageTotal(b.largest) - pageTotal(a.largest) || compareStrings(a.kind, b.kind));
}

function gzSize(text: string): number {
  return gzipSync(Buffer.from(text)).length;
}
