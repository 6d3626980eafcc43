/**
 * A drawing process of og-render.ts (forked, with an IPC channel): draws the batches of
 * cards it is sent, each into its cache file, until sent an empty batch, then leaves, its memory with it.
 */
import { renameSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { drawCard } from './og-draw.ts';
import type { DrawBatch } from './og-render.ts';

// Each card is encoded once: libvips's cache of operations would only hold memory.
sharp.cache(false);
process.on('message', async (batch: DrawBatch) => {
  if (batch.length === 0) return process.disconnect();
  for (const { text, file } of batch) {
    const png = await drawCard(text);
    // Write, then rename: a build running beside this one never reads half a card.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, file);
  }
  process.send!('drawn');
});
process.send!('ready');
