import { absoluteUrl, rootRelative, siteRoot } from '../exports/site-url.ts';

/**
 * The site's root from Astro's configuration (SITE_URL and BASE_PATH, see astro.config.mjs).
 * Every link on a page goes through `href` so a sub-path deployment keeps working.
 */
export const root = siteRoot(import.meta.env.SITE ?? 'http://localhost:4321', import.meta.env.BASE_URL);

/** A root-relative href for a site path such as `events/<id>/` (`''` is the timeline). */
export const href = (path: string): string => rootRelative(root, path);

/** The absolute URL of a site path, for canonical links, feeds and share cards. */
export const absolute = (path: string): string => absoluteUrl(root, path);
