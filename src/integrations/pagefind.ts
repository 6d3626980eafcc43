import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** The built pages the search covers: each event and each article, not the lists that repeat them. */
export const SEARCHED_PAGES = '{events,articles}/*/index.html';

/**
 * Only a page's `<main>` is indexed (no header, navigation or footer), without what
 * describes other pages: navigation (previous / next, breadcrumbs), lists of other events
 * (related ones), and an article's citation links, whose hidden event titles would make
 * every article match every event it reports.
 */
const INDEX_CONFIG = { rootSelector: 'main', excludeSelectors: ['nav', '.breadcrumbs', 'ol.events', '.cites'], forceLanguage: 'en' };

/**
 * After `astro build`, writes a static full-text index of the built site to `pagefind/`
 * (Pagefind's Node API), which the search page loads in the browser. No server involved.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'dateline-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex(INDEX_CONFIG);
          if (!index) throw new Error(errors.join('; ') || 'no index');
          const added = await index.addDirectory({ path: site, glob: SEARCHED_PAGES });
          if (added.errors.length > 0) throw new Error(added.errors.join('; '));
          if (added.page_count === 0) throw new Error(`no page matched ${SEARCHED_PAGES} in ${site}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          logger.info(`${added.page_count} event and article pages indexed into pagefind/`);
        } catch (error) {
          throw new Error(`Search index (Pagefind) failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
