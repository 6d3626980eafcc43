/**
 * Reads built pages as HTML over HTTP (no rendering), for checks over many pages: which
 * ids a page has, which links it makes, and whether every link and #fragment lands.
 */
import { expect, type APIRequestContext } from '@playwright/test';

export interface FetchedPage {
  status: number;
  html: string;
  ids: Set<string>;
  /** Absolute URLs of every `<a href>` (HTML and SVG), in page order. */
  links: URL[];
}

const decode = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[name]!);

/** Fetches and parses pages, each once. */
export class SiteReader {
  private readonly cache = new Map<string, Promise<FetchedPage>>();
  private readonly request: APIRequestContext;
  readonly base: URL;

  constructor(request: APIRequestContext, base: URL) {
    this.request = request;
    this.base = base;
  }

  /** `path` relative to the site's base URL, or an absolute URL of the site. */
  fetch(path: string | URL): Promise<FetchedPage> {
    const url = new URL(path, this.base);
    url.hash = '';
    const key = url.href;
    let page = this.cache.get(key);
    if (!page) {
      page = this.load(url);
      this.cache.set(key, page);
    }
    return page;
  }

  private async load(url: URL): Promise<FetchedPage> {
    const response = await this.request.get(url.href, { maxRedirects: 0 });
    const html = response.status() === 200 && /html/.test(response.headers()['content-type'] ?? '') ? await response.text() : '';
    const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1]!)));
    const links = [...html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)].map((m) => new URL(decode(m[1]!), url));
    return { status: response.status(), html, ids, links };
  }

  /** Whether a URL is one of this site's pages (same origin, under the base path). */
  isOwn(url: URL): boolean {
    return url.origin === this.base.origin && url.pathname.startsWith(this.base.pathname);
  }

  /** The site path of one of its URLs, e.g. `events/x/` (`''` for the timeline). */
  sitePath(url: URL): string {
    return url.pathname.slice(this.base.pathname.length);
  }

  /** Checks that a link of the site answers 200 and, with a #fragment, that the element exists. */
  async expectLands(link: URL, from: string): Promise<void> {
    const target = await this.fetch(link);
    expect(target.status, `${link.pathname} (linked from ${from})`).toBe(200);
    if (link.hash.length > 1) {
      const id = decodeURIComponent(link.hash.slice(1));
      expect(target.ids.has(id), `#${id} on ${link.pathname} (linked from ${from})`).toBe(true);
    }
  }
}

/** The ids of the events listed on a page, in order (event items, not the chart's dots). */
export function listedEventIds(html: string): string[] {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return [...main.matchAll(/<li class="event[^"]*" id="([^"]+)"/g)].map((m) => decode(m[1]!));
}
