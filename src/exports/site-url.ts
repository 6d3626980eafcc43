/**
 * Absolute URLs for everything the site exports. The public address is `site` (origin,
 * possibly with a path) plus Astro's `base`; both come from the environment, so every
 * export joins through here instead of concatenating strings.
 */

/** The site's root as an absolute URL that always ends in `/`, e.g. `https://x.org/dateline/`. */
export function siteRoot(site: string | URL, base: string): string {
  const origin = new URL(String(site));
  const path = `/${[origin.pathname, base].map(trimSlashes).filter(Boolean).join('/')}/`;
  return new URL(path.replace(/\/+/g, '/'), origin.origin).href;
}

/** `path` (relative to the site root, with or without a leading slash) as an absolute URL. */
export function absoluteUrl(root: string, path: string): string {
  return new URL(path.replace(/^\/+/, ''), root).href;
}

/** A site-relative path (what an `href` on a page needs), e.g. `/dateline/events/x/`. */
export function rootRelative(root: string, path: string): string {
  return new URL(absoluteUrl(root, path)).pathname;
}

/** The URL of an event's page. */
export function eventPath(id: string): string {
  return `events/${id}/`;
}

/**
 * The URL of page `n` (from 1) of an index that outgrows one page: `people/`, then
 * `people/page/2/`. Entity ids are slugs, so `people/page/` may be someone's page, whose
 * period pages are `people/page/<yyyy>/`; a page number stays under 1000 (see
 * sectionIndexPages), so the two never meet.
 */
export function indexPagePath(index: 'articles' | 'people' | 'places', n: number): string {
  return n === 1 ? `${index}/` : `${index}/page/${n}/`;
}

/** The URL of page `n` (from 1) of the sources index: `articles/`, then `articles/page/2/`. */
export function articlesPagePath(n: number): string {
  return indexPagePath('articles', n);
}

function trimSlashes(part: string): string {
  return part.replace(/^\/+|\/+$/g, '');
}
