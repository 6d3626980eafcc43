import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../scripts/lib/corpus.ts';
import { generateCorpus } from '../../scripts/synthetic/corpus.ts';
import { parseCorrections } from './corrections/corrections-file.ts';
import { parseGazetteer } from './entities/gazetteer.ts';
import { extractArticle, extractionContext } from './events/article-extraction.ts';
import { kindFamily } from './events/kinds.ts';
import { type ContentExtras, readArticles, readContentExtras } from './read-content.ts';
import { type FamilyDescribed, markFree } from './merge-in-parts.ts';
import { assembleTimeline, assembleTimelineWith, inIdOrder, mergeFamily } from './timeline.ts';
import type { Article } from './types.ts';

const synthetic = generateCorpus(300);
const seeds = readContentExtras('content');
/** The tuning part of a corpus with a split.yaml. */
const tuning = (dir: string): Article[] => {
  const corpus = readCorpus(dir);
  return [...corpus.articles].filter(([file]) => !corpus.heldOut.has(file)).map(([, article]) => article);
};
const cases: [string, Article[], ContentExtras][] = [
  ['the seeds, with the editors’ corrections', readArticles('content'), seeds],
  ['the development corpus', tuning('tests/fixtures/corpus'), { ...seeds, corrections: parseCorrections('', 'none') }],
  ['the merging scenarios', tuning('tests/fixtures/dev-articles/merge'), { ...seeds, corrections: parseCorrections('', 'none') }],
  ['synthetic news', synthetic.articles, { gazetteer: parseGazetteer(synthetic.gazetteer, 'synthetic-gazetteer.yaml'), corrections: parseCorrections('', 'none') }],
];

describe('assembleTimelineWith', () => {
  it.each(cases)('gives byte for byte the timeline of assembleTimeline with the largest family merged elsewhere and described on both threads: %s', async (_name, articles, extras) => {
    const ordered = inIdOrder(articles);
    const context = extractionContext(extras.gazetteer);
    const read = () => ordered.map((article) => extractArticle(article, context));
    const whole = JSON.stringify(assembleTimeline(ordered, extras, read()));
    const extracted = read();
    const families = new Set(extracted.flatMap((e) => e.found.candidates).map((r) => kindFamily(r.kind)));
    const asked: string[] = [];
    const describedThere: number[] = [];
    const describedHere: number[] = [];
    const parts = await assembleTimelineWith(ordered, extras, extracted, (request) => {
      asked.push(request.family);
      const { merged, describeNext, describeHereNext } = mergeFamily(structuredClone(request));
      // The other thread describes the first half of its clusters before this one hears of
      // them (`next` is shared memory, so the copy counts with this thread); this one describes the rest.
      const described: FamilyDescribed = [];
      while (described.length < merged.clusters.length / 2) described.push(describeNext()!);
      describedThere.push(...described.map(([i]) => i));
      // Then it says it is free, as if done with its family, and takes two of this thread's clusters when given them.
      markFree(request);
      const describeHere = (here: Parameters<typeof describeHereNext>[0]) => {
        const next = describeHereNext(structuredClone(here));
        const taken = [next(), next()].filter((d) => d !== undefined);
        describedHere.push(...taken.map(([i]) => i));
        return Promise.resolve(structuredClone(taken));
      };
      return { merged: Promise.resolve(structuredClone(merged)), described: Promise.resolve(structuredClone(described)), describeHere };
    });
    expect(families.size).toBeGreaterThan(1);
    expect(asked).toHaveLength(1);
    expect(describedThere.length).toBeGreaterThan(0);
    expect(describedHere.length).toBeGreaterThan(0);
    expect(JSON.stringify(parts)).toBe(whole);
  });
});
