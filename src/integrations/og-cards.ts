import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { ShareCard } from '../exports/og-cards.ts';
import { writeCards } from '../exports/og-render.ts';
import { buildCacheDir } from './cache-dir.ts';

/** The list of cards that src/pages/og/cards.json.ts writes into the built site. */
const MANIFEST = 'og/cards.json';

/**
 * After the pages are built, draws the share cards the site needs into `og/` (see
 * src/exports/og-render.ts). Cards are cached in `<cacheDir>/og/`: `DATELINE_CACHE_DIR`, by
 * default `.cache/` at the project root; a host that keeps that folder between builds
 * redraws only the cards whose text changed.
 */
export default function ogCards(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'dateline-og-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(buildCacheDir(config.root), 'og');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const manifest = join(site, MANIFEST);
        const cards = JSON.parse(readFileSync(manifest, 'utf8')) as ShareCard[];
        rmSync(manifest);
        const started = performance.now();
        const written = await writeCards(cards, site, cacheDir);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${written.cards} share cards in og/ (${written.drawn} drawn, the rest from ${cacheDir}; ${written.pruned} unused pruned) in ${seconds} s`);
      },
    },
  };
}
