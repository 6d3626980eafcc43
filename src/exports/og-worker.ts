/** A worker thread of og-render.ts: draws the batches of cards it is sent, each into its cache file, until sent null. */
import { renameSync, writeFileSync } from 'node:fs';
import { parentPort, threadId } from 'node:worker_threads';
import sharp from 'sharp';
import { drawCard } from './og-draw.ts';
import type { DrawBatch } from './og-render.ts';

// Each card is encoded once: libvips's cache of operations would only hold memory while
// the pages render beside these workers.
sharp.cache(false);
const port = parentPort!;
port.on('message', async (batch: DrawBatch | null) => {
  if (batch === null) return port.close();
  for (const { text, file } of batch) {
    const png = await drawCard(text);
    // Write, then rename: a build running beside this one never reads half a card.
    const partial = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, file);
  }
  port.postMessage('drawn');
});
port.postMessage('ready');
