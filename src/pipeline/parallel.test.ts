import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/synthetic/corpus.ts';
import { parseCorrections } from './corrections/corrections-file.ts';
import { parseGazetteer } from './entities/gazetteer.ts';
import { buildTimelineInParallel } from './parallel.ts';
import { buildTimeline } from './timeline.ts';

describe('buildTimelineInParallel', () => {
  it('gives byte for byte the timeline of buildTimeline, whatever the order of the articles', async () => {
    const corpus = generateCorpus(350);
    const extras = { gazetteer: parseGazetteer(corpus.gazetteer, 'synthetic-gazetteer.yaml'), corrections: parseCorrections('', 'none') };
    const once = JSON.stringify(buildTimeline(corpus.articles, extras));
    expect(JSON.stringify(await buildTimelineInParallel(corpus.articles, extras, 2))).toBe(once);
    expect(JSON.stringify(await buildTimelineInParallel([...corpus.articles].reverse(), extras, 3))).toBe(once);
  }, 60_000);
});
