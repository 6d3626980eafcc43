/**
 * What the browser specs know about the site's shape: the timeline at the base URL,
 * event pages at `events/<id>/`, article pages at `articles/<id>/`, and the public
 * export `events.json`. URLs are made relative to the base URL so a BASE_PATH build works.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

const EVENT_PATH = /\/events\/[^/]+\/$/;
const ARTICLE_PATH = /\/articles\/[^/]+\/$/;

export interface ExportedEvent {
  id: string;
  url: string;
  sources?: { article: string; title: string }[];
}

/** The pathname of an absolute or root-relative URL. */
export function pathOf(url: string): string {
  return new URL(url, 'http://site.invalid/').pathname;
}

/**
 * Unique pathnames (no query, no #fragment) of the site's own links inside `scope` whose
 * path has `shape`. Hrefs are resolved first, so relative links count and links to other
 * sites (an outlet's `/articles/…`) do not.
 */
export async function linkedPaths(page: Page, shape: RegExp, scope = 'body'): Promise<string[]> {
  // getAttribute, not `.href`: an SVG <a> (the overview chart) has an SVGAnimatedString there.
  const hrefs = await page
    .locator(`${scope} a[href]`)
    .evaluateAll((links) => links.map((link) => new URL(link.getAttribute('href') ?? '', document.baseURI).href));
  const origin = new URL(page.url()).origin;
  const own = hrefs.map((href) => new URL(href)).filter((url) => url.origin === origin);
  return [...new Set(own.map((url) => url.pathname))].filter((path) => shape.test(path)).sort();
}

/** Links to event pages, `…/events/<id>/`. */
export function eventPaths(page: Page, scope?: string): Promise<string[]> {
  return linkedPaths(page, EVENT_PATH, scope);
}

/** Links to article pages, `…/articles/<id>/`. */
export function articlePaths(page: Page, scope?: string): Promise<string[]> {
  return linkedPaths(page, ARTICLE_PATH, scope);
}

/** Opens a page of the site and checks it answered 200; `path` is a pathname or relative URL. */
export async function openPage(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `HTTP status of ${path}`).toBe(200);
}

/** The text of the page's first `<h1>`, checked to be visible and not blank. */
export async function headingText(page: Page): Promise<string> {
  const h1 = page.locator('h1').first();
  await expect(h1, `<h1> on ${page.url()}`).toBeVisible();
  const text = (await h1.innerText()).trim();
  expect(text, `<h1> text on ${page.url()}`).not.toBe('');
  return text;
}

export async function readEventsExport(request: APIRequestContext): Promise<ExportedEvent[]> {
  const response = await request.get('events.json');
  expect(response.status(), 'HTTP status of events.json').toBe(200);
  const data = (await response.json()) as { version?: unknown; events?: unknown };
  expect(data.version, 'events.json version').toBe(1);
  expect(Array.isArray(data.events), 'events.json has an events array').toBe(true);
  return data.events as ExportedEvent[];
}

/** The served site on disk (astro preview serves the out dir). */
const OUT_DIR = process.env.DATELINE_OUT_DIR ?? 'dist';

function builtFile(path: string): string {
  const file = join(OUT_DIR, path);
  if (!existsSync(file)) throw new Error(`${file} is missing: build the site first (npm run build), or run npm run test:browser, which builds when needed.`);
  return file;
}

/**
 * What the build made, read when the specs are collected so that each page gets a test of
 * its own: a long crawl in one test fails on a slow machine however generous its timeout.
 */
export const built = {
  /** Ids of the article pages, `articles/<id>/`. */
  articleIds(): string[] {
    return readdirSync(builtFile('articles'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  },
  /** The events of events.json, in its order. */
  events<T extends { id: string } = ExportedEvent>(): T[] {
    return (JSON.parse(readFileSync(builtFile('events.json'), 'utf8')) as { events: T[] }).events;
  },
};
