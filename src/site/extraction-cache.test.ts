import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '../../scripts/synthetic/corpus.ts';
import { parseCorrections } from '../pipeline/corrections/corrections-file.ts';
import { parseGazetteer } from '../pipeline/entities/gazetteer.ts';
import { buildTimelineInParallel, EXTRACT_WORKER } from '../pipeline/parallel.ts';
import { buildTimeline } from '../pipeline/timeline.ts';
import { buildTimelineCached, startHelperAhead } from './extraction-cache.ts';

const { articles, gazetteer } = generateCorpus(12);
const extras = { gazetteer: parseGazetteer(gazetteer, 'synthetic-gazetteer.yaml'), corrections: parseCorrections('', 'none') };
const cache = mkdtempSync(join(tmpdir(), 'dateline-pipeline-cache-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));
const files = () => readdirSync(join(cache, 'pipeline')).filter((name) => name.endsWith('.bin'));

describe('buildTimelineCached', () => {
  const fresh = JSON.stringify(buildTimeline(articles, extras));

  it('gives the timeline buildTimeline gives, first reading every article, then none', async () => {
    const first = await buildTimelineCached(articles, extras, 'v1', { cacheDir: cache });
    expect(first.stats).toEqual({ articles: 12, extracted: 12, assembledOn: 1 });
    expect(JSON.stringify(first.timeline)).toBe(fresh);
    await first.stored;
    expect(files()).toHaveLength(12);
    const again = await buildTimelineCached(articles, extras, 'v1', { cacheDir: cache, keepInMemory: true });
    expect(again.stats.extracted).toBe(0);
    expect(JSON.stringify(again.timeline)).toBe(fresh);
  });

  it('reads from disk alone what it read before (a new build process)', async () => {
    vi.resetModules(); // the module again, without what it holds in memory
    const { buildTimelineCached: inNewProcess } = await import('./extraction-cache.ts');
    const result = await inNewProcess(articles, extras, 'v1', { cacheDir: cache });
    expect(result.stats.extracted).toBe(0);
    expect(JSON.stringify(result.timeline)).toBe(fresh);
  });

  it('reads again only an edited or added article, and prunes what no article uses', async () => {
    const edited = articles.map((a, i) => (i === 3 ? { ...a, body: `${a.body}\n\nTalks were held in Geneva on Monday.` } : a));
    const added = [...edited, { ...articles[0]!, id: 'zz-added', file: 'zz-added.md' }];
    const result = await buildTimelineCached(added, extras, 'v1', { cacheDir: cache });
    expect(result.stats).toEqual({ articles: 13, extracted: 2, assembledOn: 1 });
    expect(JSON.stringify(result.timeline)).toBe(JSON.stringify(buildTimeline(added, extras)));
    await result.stored;
    expect(files()).toHaveLength(13);
  });

  it('holds results in memory for the next call only when asked (the dev server), not in a build', async () => {
    await buildTimelineCached(articles, extras, 'v-memory', { keepInMemory: true });
    expect((await buildTimelineCached(articles, extras, 'v-memory')).stats.extracted).toBe(0);
    expect((await buildTimelineCached(articles, extras, 'v-memory')).stats.extracted).toBe(12);
  });

  it('reads many articles on several threads, with the same result', async () => {
    const worker = pathToFileURL(join(process.cwd(), EXTRACT_WORKER));
    const result = await buildTimelineCached(articles, extras, 'v-threads', { cacheDir: cache, worker, threads: 2, parallelFrom: 1 });
    expect(result.stats.extracted).toBe(12);
    expect(JSON.stringify(result.timeline)).toBe(fresh);
  });

  it('reads them on workers alone when this thread has other work (the dev server), with the same result', async () => {
    const worker = pathToFileURL(join(process.cwd(), EXTRACT_WORKER));
    const result = await buildTimelineCached(articles, extras, 'v-workers', { worker, threads: 1, parallelFrom: 1, thisThread: false });
    expect(result.stats.extracted).toBe(12);
    expect(JSON.stringify(result.timeline)).toBe(fresh);
  });

  it('assembles a large corpus on two threads as npm run bench does, the same timeline whether read (its helper started ahead), cached or read on workers alone', async () => {
    const large = generateCorpus(300);
    const largeExtras = { gazetteer: parseGazetteer(large.gazetteer, 'synthetic-gazetteer.yaml'), corrections: parseCorrections('', 'none') };
    const expected = JSON.stringify(buildTimeline(large.articles, largeExtras));
    expect(JSON.stringify(await buildTimelineInParallel(large.articles, largeExtras, 2))).toBe(expected);
    const worker = pathToFileURL(join(process.cwd(), EXTRACT_WORKER));
    const options = { cacheDir: cache, worker, threads: 2, parallelFrom: 200 };
    startHelperAhead(worker); // as the content loader does: before the gazetteer is sent
    const read = await buildTimelineCached(large.articles, largeExtras, 'v-large', options);
    expect(read.stats).toEqual({ articles: 300, extracted: 300, assembledOn: 2 });
    expect(JSON.stringify(read.timeline)).toBe(expected);
    await read.stored;
    const cached = await buildTimelineCached(large.articles, largeExtras, 'v-large', options);
    expect(cached.stats).toEqual({ articles: 300, extracted: 0, assembledOn: 2 });
    expect(JSON.stringify(cached.timeline)).toBe(expected);
    const onWorkers = await buildTimelineCached(large.articles, largeExtras, 'v-large-dev', { ...options, thisThread: false });
    expect(onWorkers.stats).toEqual({ articles: 300, extracted: 300, assembledOn: 2 });
    expect(JSON.stringify(onWorkers.timeline)).toBe(expected);
    await onWorkers.stored;
  });

  it('reads everything again when the pipeline changes', async () => {
    const result = await buildTimelineCached(articles, extras, 'v2', { cacheDir: cache });
    expect(result.stats.extracted).toBe(12);
    await result.stored;
    expect(files()).toHaveLength(12);
  });
});
