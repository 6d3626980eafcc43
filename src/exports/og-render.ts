/**
 * Puts the site's share cards into the built site from a content-addressed cache: a card
 * is drawn only when no card with the same key (its text and the drawing code's version)
 * is cached, in drawing processes that start while Astro still renders the pages (one core
 * left to Astro) and take every core once the pages are done; the cache keeps only the
 * cards the latest build used. Cards reach the site as hard links to the cache (a copy
 * where the cache is on another file system), so a warm build writes no image bytes at all.
 *
 * Processes, not threads: Skia's and libvips's memory (fonts, glyph caches, pixel buffers,
 * allocator arenas) stays out of the build's own process, which at 10,000 articles already
 * holds 1.4 GB, and is given back whole when a drawing process leaves.
 */
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, constants, setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** A batch of work for a drawing process (og-worker.ts): draw each card into its file. */
export type DrawBatch = { text: CardText; file: string }[];

/** Cards a worker is handed at a time: few enough that the workers finish together. */
const BATCH = 8;

export interface CardDrawing {
  /** Adds drawing processes up to one per core at normal priority, for when the pages are built. */
  useEveryCore(): void;
  /** Waits for the drawing, puts every card into `outDir` and prunes the cache. */
  finish(outDir: string): Promise<CardsWritten>;
}

/**
 * How many drawing processes start: `normal` ones, and `background` ones at the lowest
 * priority, which draw only on CPU time nothing else on the machine wants (while Astro's
 * main thread waits on the disk between pages, say) and so never slow the pages down.
 */
export interface Drawers {
  normal: number;
  background?: number;
}

/** Starts drawing the cards the cache lacks in drawing processes; `finish` puts them in the site. */
export function startDrawing(cards: readonly ShareCard[], cacheDir: string, drawers: Drawers): CardDrawing {
  mkdirSync(cacheDir, { recursive: true });
  const drawing = drawingVersion();
  const keyed = cards.map((card) => ({ ...card, file: join(cacheDir, `${cardKey(card.text, drawing)}.png`) }));
  const unique = [...new Map(keyed.map((card) => [card.file, card])).values()];
  const missing = unique.filter((card) => !existsSync(card.file)).map(({ text, file }) => ({ text, file }));
  const pool = workerPool(missing, drawers);
  return {
    useEveryCore: () => pool.grow(availableParallelism()),
    finish: async (outDir) => {
      await pool.done;
      // One system call a card where possible (20,000 cards at 10,000 articles, on the main thread).
      const folders = new Set<string>();
      for (const card of keyed) {
        const target = join(outDir, card.path);
        if (!folders.has(dirname(target))) mkdirSync(dirname(target), { recursive: true });
        folders.add(dirname(target));
        linkOrCopy(card.file, target);
      }
      const used = new Set(unique.map((card) => card.file));
      const stale = readdirSync(cacheDir).filter((name) => name.endsWith('.png') && !used.has(join(cacheDir, name)));
      for (const name of stale) rmSync(join(cacheDir, name), { force: true });
      return { cards: keyed.length, drawn: missing.length, pruned: stale.length };
    },
  };
}

/** Draws the cards the cache lacks on every core and puts every card into `outDir`. */
export function writeCards(cards: readonly ShareCard[], outDir: string, cacheDir: string): Promise<CardsWritten> {
  return startDrawing(cards, cacheDir, { normal: availableParallelism() }).finish(outDir);
}

/**
 * Drawing processes that each ask for the next batch when done with the last, so one
 * added later (`grow`) shares what is left. `done` settles when every card is drawn.
 */
function workerPool(cards: DrawBatch, { normal, background = 0 }: Drawers): { grow: (normal: number) => void; done: Promise<void> } {
  let next = 0;
  let running = 0;
  let runningNormal = 0;
  let failure: Error | undefined;
  let settle!: { resolve: () => void; reject: (error: Error) => void };
  const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  // Awaited only at the end of the build: an early failure must not count as unhandled meanwhile.
  done.catch(() => undefined);
  const spawn = (priority: 'normal' | 'background') => {
    running += 1;
    if (priority === 'normal') runningNormal += 1;
    const worker = fork(fileURLToPath(new URL('./og-worker.ts', import.meta.url)), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    // At once, before the process starts its threads, which take its priority when made.
    if (priority === 'background' && worker.pid !== undefined) setPriority(worker.pid, constants.priority.PRIORITY_LOW);
    worker.on('message', () => {
      const batch = failure ? [] : cards.slice(next, next + BATCH);
      next += batch.length;
      // An empty batch tells the drawer there is no more (IPC sends no null).
      worker.send(batch);
    });
    worker.on('error', (error) => (failure ??= error));
    worker.once('exit', (code, signal) => {
      running -= 1;
      if (priority === 'normal') runningNormal -= 1;
      if (code !== 0) failure ??= new Error(`share-card drawing process exited with ${signal ?? `code ${code}`}`);
      if (failure && running === 0) settle.reject(failure);
      else if (running === 0 && next >= cards.length) settle.resolve();
    });
  };
  const grow = (workers: number) => {
    while (runningNormal < workers && next < cards.length && !failure) spawn('normal');
  };
  grow(normal + background > 0 ? normal : 1);
  for (let i = 0; i < background && next < cards.length && !failure; i += 1) spawn('background');
  if (cards.length === 0) settle.resolve();
  return { grow, done };
}
