import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { workerEntry } from './worker-bundle.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A worker of two TypeScript modules that posts what the second exports, and a cache folder. */
function project(answer: string): { dir: string; source: URL; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-worker-bundle-'));
  made.push(dir);
  writeFileSync(join(dir, 'worker.ts'), "import { parentPort } from 'node:worker_threads';\nimport { answer } from './answer.ts';\nconst said: string = answer;\nparentPort!.postMessage(said);\n");
  writeAnswer(dir, answer);
  return { dir, source: pathToFileURL(join(dir, 'worker.ts')), cache: join(dir, 'cache') };
}

function writeAnswer(dir: string, answer: string): void {
  writeFileSync(join(dir, 'answer.ts'), `export const answer: string = ${JSON.stringify(answer)};\n`);
}

function run(file: URL): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(file);
    worker.once('message', (message) => {
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

describe('workerEntry', () => {
  it('runs a worker from one bundled file, made again when a module it imports changes', async () => {
    const { dir, source, cache } = project('first');
    const entry = workerEntry(source, cache);
    expect(entry.href).not.toBe(source.href);
    expect(readdirSync(cache).filter((f) => f.endsWith('.mjs'))).toHaveLength(2); // the bundle and its entry
    expect(await run(entry)).toBe('first');
    expect(await run(workerEntry(source, cache))).toBe('first');
    writeAnswer(dir, 'second, longer');
    expect(await run(workerEntry(source, cache))).toBe('second, longer');
    // A cache folder cleared in part (the bundle gone, its record left) is made again, not a failing worker.
    for (const file of readdirSync(cache).filter((f) => f.endsWith('.mjs'))) rmSync(join(cache, file));
    expect(await run(workerEntry(source, cache))).toBe('second, longer');
  });

  it('gives the source itself when it cannot be bundled, and the worker fails naming the file (the error Node gives without a bundle)', async () => {
    const { dir, source, cache } = project('never');
    writeFileSync(join(dir, 'answer.ts'), 'export const answer = ;\n');
    expect(workerEntry(source, cache).href).toBe(source.href);
    const error = await run(source).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).stack).toContain(join(dir, 'answer.ts'));
  });
});
