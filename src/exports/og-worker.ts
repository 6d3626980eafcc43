/** A worker thread of og-render.ts: draws its share of the cards, each into its cache file. */
import { renameSync, writeFileSync } from 'node:fs';
import { threadId, workerData } from 'node:worker_threads';
import { drawCard } from './og-draw.ts';
import type { DrawJob } from './og-render.ts';

const { cards } = workerData as DrawJob;
for (const { text, file } of cards) {
  const png = await drawCard(text);
  // Write, then rename: a build running beside this one never reads half a card.
  const partial = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
}
