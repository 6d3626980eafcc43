/**
 * A link check over a built site's files, without a server: every internal href/src/action
 * (and share-image, canonical and redirect URLs) of every HTML page must name a file of
 * the site, and a `#fragment` an element id on the target page. External links are not
 * fetched. Pure: the caller hands over the file list and a reader.
 */
import { startTags as tags } from './html-tags.ts';

export interface SiteFiles {
  /** Every file of the out dir, relative with `/` separators. */
  files: ReadonlySet<string>;
  read(file: string): string;
}

export interface PageRef {
  /** The HTML file, relative to the out dir. */
  file: string;
  /** Its URL path under the site root (see dist-pages.ts). */
  path: string;
}

export interface BrokenLink {
  /** The page's path under the site root, `''` for the home page. */
  page: string;
  /** The URL exactly as written in the page (entities decoded). */
  href: string;
  reason: string;
}

interface Link {
  /** Where it was found, e.g. `a[href]`, `meta[property=og:image]`. */
  source: string;
  url: string;
}

/** `root` is the site's absolute root URL (SITE_URL + BASE_PATH), ending in `/`. */
export function checkLinks(site: SiteFiles, pages: readonly PageRef[], root: string): BrokenLink[] {
  const rootUrl = new URL(root);
  const idsOf = memo((file: string) => pageIds(site.read(file)));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const pageUrl = new URL(page.path, rootUrl);
    for (const link of pageLinks(site.read(page.file))) {
      const reason = problemWith(link.url, pageUrl, rootUrl, site.files, idsOf);
      if (reason) broken.push({ page: page.path, href: link.url, reason: `${link.source}: ${reason}` });
    }
  }
  return broken;
}

function problemWith(
  href: string,
  pageUrl: URL,
  rootUrl: URL,
  files: ReadonlySet<string>,
  idsOf: (file: string) => Set<string>,
): string | undefined {
  let url: URL;
  try {
    url = new URL(href, pageUrl);
  } catch {
    return 'not a valid URL';
  }
  if (url.origin !== rootUrl.origin) return undefined; // another site, or mailto:, data: …: not fetched
  if (!url.pathname.startsWith(rootUrl.pathname)) return `${url.pathname} is outside the site's base path ${rootUrl.pathname}`;
  const path = sitePath(url, rootUrl);
  if (path === undefined) return 'badly percent-encoded path';
  const file = fileOf(path);
  if (!files.has(file)) {
    if (files.has(`${path}/index.html`)) return `${url.pathname} lacks the trailing slash the site's URLs have`;
    return `no file for ${url.pathname} in the build`;
  }
  const fragment = url.hash.slice(1);
  if (fragment === '' || !file.endsWith('.html')) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    return `badly percent-encoded fragment #${fragment}`;
  }
  return idsOf(file).has(id) ? undefined : `no element with id "${id}" on ${url.pathname}`;
}

/** The decoded path of a URL under the site root (`events/x/`), or undefined when it is not one. */
export function sitePath(url: URL, rootUrl: URL): string | undefined {
  if (url.origin !== rootUrl.origin || !url.pathname.startsWith(rootUrl.pathname)) return undefined;
  try {
    return decodeURIComponent(url.pathname.slice(rootUrl.pathname.length));
  } catch {
    return undefined;
  }
}

/** The out-dir file that serves a site path: a directory URL is its index.html. */
export function fileOf(path: string): string {
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

const SHARE_META = new Set(['og:image', 'og:url', 'twitter:image']);

/** Every URL a page refers to, in document order. */
export function pageLinks(html: string): Link[] {
  const links: Link[] = [];
  for (const { name, attributes } of tags(html)) {
    for (const attribute of ['href', 'src', 'poster'] as const) {
      const value = attributes.get(attribute);
      if (value !== undefined && value.trim() !== '') links.push({ source: `${name}[${attribute}]`, url: value.trim() });
    }
    const srcset = attributes.get('srcset');
    if (srcset) for (const candidate of srcset.split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) links.push({ source: `${name}[srcset]`, url });
    }
    if (name === 'form') links.push({ source: 'form[action]', url: attributes.get('action')?.trim() || '' });
    if (name === 'meta') {
      const property = attributes.get('property') ?? attributes.get('name') ?? '';
      const content = attributes.get('content');
      if (content && SHARE_META.has(property)) links.push({ source: `meta[${property}]`, url: content.trim() });
      const refresh = attributes.get('http-equiv')?.toLowerCase() === 'refresh' && /url\s*=\s*['"]?([^'"]+)/i.exec(content ?? '');
      if (refresh) links.push({ source: 'meta[http-equiv=refresh]', url: refresh[1]!.trim() });
    }
  }
  return links.filter((link) => link.source !== 'form[action]' || link.url !== '');
}

/** Every fragment target of a page: element ids, and the legacy `<a name>`. */
export function pageIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const { name, attributes } of tags(html)) {
    const id = attributes.get('id');
    if (id !== undefined) ids.add(id);
    const anchor = name === 'a' ? attributes.get('name') : undefined;
    if (anchor !== undefined) ids.add(anchor);
  }
  return ids;
}

function memo<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key)!;
  };
}
