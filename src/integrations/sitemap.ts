import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SITEMAP_INDEX, sitemapOrder, writeSitemap } from '../exports/sitemap.ts';
import { isListedPage } from '../exports/sitemap-filter.ts';
import { siteRoot } from '../exports/site-url.ts';

/**
 * Writes the sitemap (src/exports/sitemap.ts) once the pages are built, from the list of
 * every built page Astro hands over (rendered or copied from the last build), leaving out
 * what `isListedPage` does.
 */
export default function sitemap(): AstroIntegration {
  let root: string | undefined;
  return {
    name: 'dateline-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.site === undefined ? undefined : siteRoot(config.site, config.base);
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (root === undefined) throw new Error('The sitemap needs the public address: set `site` in astro.config.mjs (SITE_URL).');
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const paths = sitemapOrder(pages.map(({ pathname }) => pathname));
        const { sitemaps, urls } = await writeSitemap(
          paths.filter((path) => isListedPage(outDir, path)),
          outDir,
          root,
        );
        logger.info(`${SITEMAP_INDEX}: ${urls} pages in ${sitemaps} sitemap(s), written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
