import { mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listenForStreamedFiles, type StreamedFile, writeStreamed } from '../exports/streamed-files.ts';

/**
 * Writes the exports too large to hold whole (src/exports/streamed-files.ts) into the site
 * once the pages are built, a megabyte at a time, beside the search indexing (Pagefind
 * works in its own process).
 */
export default function streamedFiles(): AstroIntegration {
  let files: StreamedFile[] = [];
  return {
    name: 'dateline-streamed-files',
    hooks: {
      'astro:build:start': () => {
        files = [];
        listenForStreamedFiles((file) => files.push(file));
      },
      'astro:build:done': async ({ dir, logger }) => {
        listenForStreamedFiles(undefined);
        const started = performance.now();
        for (const { path, parts } of files) {
          const target = join(fileURLToPath(dir), path);
          mkdirSync(dirname(target), { recursive: true });
          await writeStreamed(parts(), target);
          logger.info(`${path} (${(statSync(target).size / 2 ** 20).toFixed(1)} MB) written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        }
        files = [];
      },
    },
  };
}
