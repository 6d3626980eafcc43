/**
 * Puts the site's share cards into the built site from a content-addressed cache: a card
 * is drawn only when no card with the same key (its text and the drawing code's version)
 * is cached, on every core at once (worker threads), and the cache keeps only the cards
 * the latest build used. Cards reach the site as hard links to the cache (a copy where the
 * cache is on another file system), so a warm build writes no image bytes at all.
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { linkOrCopy } from '../integrations/cache-dir.ts';
import type { CardText } from './og-card.ts';
import { cardKey, type ShareCard } from './og-cards.ts';
import { drawingVersion } from './og-draw.ts';

export interface CardsWritten {
  cards: number;
  drawn: number;
  /** Cached cards no page uses any more, deleted. */
  pruned: number;
}

/** A job for og-worker.ts: draw each card into its file. */
export interface DrawJob {
  cards: { text: CardText; file: string }[];
}

export async function writeCards(cards: readonly ShareCard[], outDir: string, cacheDir: string): Promise<CardsWritten> {
  mkdirSync(cacheDir, { recursive: true });
  const drawing = drawingVersion();
  const keyed = cards.map((card) => ({ ...card, file: join(cacheDir, `${cardKey(card.text, drawing)}.png`) }));
  const unique = [...new Map(keyed.map((card) => [card.file, card])).values()];
  const missing = unique.filter((card) => !existsSync(card.file));
  await drawInWorkers(missing.map(({ text, file }) => ({ text, file })));
  for (const card of keyed) {
    const target = join(outDir, card.path);
    mkdirSync(dirname(target), { recursive: true });
    rmSync(target, { force: true });
    linkOrCopy(card.file, target);
  }
  const used = new Set(unique.map((card) => card.file));
  const stale = readdirSync(cacheDir).filter((name) => name.endsWith('.png') && !used.has(join(cacheDir, name)));
  for (const name of stale) rmSync(join(cacheDir, name), { force: true });
  return { cards: keyed.length, drawn: missing.length, pruned: stale.length };
}

/** Splits the cards over one worker per core (none for a handful of cards). */
async function drawInWorkers(cards: DrawJob['cards']): Promise<void> {
  if (cards.length === 0) return;
  const workers = Math.min(availableParallelism(), Math.ceil(cards.length / 8));
  const jobs: DrawJob[] = Array.from({ length: workers }, (_, i) => ({ cards: cards.filter((_, j) => j % workers === i) }));
  await Promise.all(
    jobs.map(
      (job) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL('./og-worker.ts', import.meta.url), { workerData: job });
          worker.once('error', reject);
          worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`share-card worker exited with code ${code}`))));
        }),
    ),
  );
}
