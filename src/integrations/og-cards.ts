import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listenForShareCards } from '../exports/og-cards.ts';
import { startDrawing, type CardDrawing } from '../exports/og-render.ts';
import { buildCacheDir } from './cache-dir.ts';

/**
 * Draws the share cards the site needs into `og/` (see src/exports/og-render.ts). The card
 * route (src/pages/og/[card].png.ts) hands over the list when Astro asks for its paths,
 * before any page is rendered, so the cards are drawn beside the pages: one drawing process
 * per core Astro leaves idle, and one at the lowest priority for the time its main thread
 * waits on the disk. When the pages are done they take every core, beside the steps after
 * the pages (sitemap, feeds, the search index), so this integration must come last: its
 * `astro:build:done` waits for the drawing and puts the cards into `og/`. Cards are cached
 * in `<cacheDir>/og/`: `DATELINE_CACHE_DIR`, by default `.cache/` at the project root; a
 * host that keeps that folder between builds redraws only the cards whose text changed.
 */
export default function ogCards(): AstroIntegration {
  let cacheDir = '';
  let drawing: { cards: CardDrawing; started: number; pagesDone?: number } | undefined;
  return {
    name: 'dateline-og-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(buildCacheDir(config.root), 'og');
      },
      'astro:build:start': () => {
        drawing = undefined;
        listenForShareCards((cards) => {
          // Astro renders pages on the main thread: leave it one core.
          drawing ??= { cards: startDrawing(cards, cacheDir, { normal: availableParallelism() - 1, background: 1 }), started: performance.now() };
        });
      },
      'astro:build:generated': () => {
        if (!drawing) return;
        drawing.pagesDone = performance.now();
        drawing.cards.useEveryCore();
      },
      'astro:build:done': async ({ dir, logger }) => {
        listenForShareCards(undefined);
        if (!drawing) throw new Error('Share cards: the build never listed them (src/pages/og/[card].png.ts hands them over from its getStaticPaths, and must be in the build).');
        const waiting = performance.now();
        const pagesDone = drawing.pagesDone ?? waiting;
        const written = await drawing.cards.finish(fileURLToPath(dir));
        const seconds = (ms: number) => (ms / 1000).toFixed(1);
        logger.info(
          `${written.cards} share cards in og/ (${written.drawn} drawn, the rest from ${cacheDir}; ${written.pruned} unused pruned): done ${seconds(performance.now() - pagesDone)} s after the pages, beside the steps after them, in ${seconds(performance.now() - waiting)} s after the last of them (${seconds(performance.now() - drawing.started)} s in all)`,
        );
      },
    },
  };
}
