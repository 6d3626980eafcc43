import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/synthetic/corpus.ts';
import { parseCorrections } from './corrections/corrections-file.ts';
import { parseGazetteer } from './entities/gazetteer.ts';
import { buildTimelineInParallel, extractInParallel, shareOut, startHelper } from './parallel.ts';
import { buildTimeline } from './timeline.ts';

describe('buildTimelineInParallel', () => {
  it('gives byte for byte the timeline of buildTimeline, whatever the order of the articles', async () => {
    const corpus = generateCorpus(350);
    const extras = { gazetteer: parseGazetteer(corpus.gazetteer, 'synthetic-gazetteer.yaml'), corrections: parseCorrections('', 'none') };
    const once = JSON.stringify(buildTimeline(corpus.articles, extras));
    expect(JSON.stringify(await buildTimelineInParallel(corpus.articles, extras, 2))).toBe(once);
    expect(JSON.stringify(await buildTimelineInParallel([...corpus.articles].reverse(), extras, 3))).toBe(once);
  });
});

describe('extractInParallel', () => {
  it('tells each share as it is read, every article once, on workers alone too', async () => {
    const corpus = generateCorpus(250);
    const gazetteer = parseGazetteer(corpus.gazetteer, 'synthetic-gazetteer.yaml');
    for (const thisThread of [true, false]) {
      const told: string[] = [];
      const all = await extractInParallel(corpus.articles, gazetteer, 2, undefined, {
        thisThread,
        onShare: (first, extracted) => extracted.forEach((result, n) => told[first + n] = JSON.stringify(result)),
      });
      expect(told.filter(Boolean)).toHaveLength(250);
      expect(told).toEqual(all.map((result) => JSON.stringify(result)));
    }
  });
});

describe('shareOut', () => {
  it('cuts every article into one share, in order, large shares first and small ones last', () => {
    for (const [count, threads] of [[10_000, 2], [2_500, 4], [7, 2], [0, 2]] as const) {
      const shares = shareOut(count, threads);
      expect(shares.map((s) => s.first)).toEqual(shares.map((_, i) => shares.slice(0, i).reduce((n, s) => n + s.size, 0)));
      expect(shares.reduce((n, s) => n + s.size, 0)).toBe(count);
      expect(shares.every((s, i) => s.size > 0 && s.size <= 100 && (i === 0 || s.size <= shares[i - 1]!.size))).toBe(true);
      // Whichever thread takes the last shares, the others wait at most for a few of them.
      expect(shares.slice(-3).every((s) => s.size <= 10)).toBe(true);
    }
    expect(shareOut(10_000, 2)[0]!.size).toBe(100);
  });
});

describe('an article a worker cannot read', () => {
  it('is an error naming its file, never an article left out', async () => {
    const corpus = generateCorpus(250);
    const gazetteer = parseGazetteer(corpus.gazetteer, 'synthetic-gazetteer.yaml');
    // A body that is not text: extraction fails on it, as a bug meeting odd input would.
    const broken = corpus.articles.map((a, i) => (i === 240 ? { ...a, body: 42 as unknown as string } : a));
    await expect(extractInParallel(broken, gazetteer, 2, undefined, { thisThread: false })).rejects.toThrow(`${corpus.articles[240]!.file} could not be read`);
    const extras = { gazetteer, corrections: parseCorrections('', 'none') };
    await expect(buildTimelineInParallel(broken, extras, 2)).rejects.toThrow(`${corpus.articles[240]!.file} could not be read`);
  });
});

describe('a helper that cannot load the pipeline', () => {
  it('is an error, never a wait without end: this thread waits for a helper to load before reading', async () => {
    const corpus = generateCorpus(250);
    const extras = { gazetteer: parseGazetteer(corpus.gazetteer, 'synthetic-gazetteer.yaml'), corrections: parseCorrections('', 'none') };
    const helper = startHelper(new URL('../../tests/fixtures/workers/fails-to-load.ts', import.meta.url));
    await expect(buildTimelineInParallel(corpus.articles, extras, 2, helper)).rejects.toThrow('the pipeline could not be loaded');
    expect(helper.running).toBe(false);
  });
});
