import { describe, expect, it } from 'vitest';
import { article, extractOne, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

/** The visits one article reports, each with its day. */
const visits = (published: string, text: string): string[] =>
  extractOne(published, `${text}\n`).candidates.filter((c) => c.noun === 'Visit').map((c) => c.date.value);

// Saturday 14 March 2065.
describe('a visit to two places told with "both" before them', () => {
  it('is a visit of its day, as one told without "both" is', () => {
    expect(visits('2065-03-14', 'Chancellor Ola Brandt visited both Sorn and Kessel on Wednesday.')).toEqual(['2065-03-11']);
    expect(visits('2065-03-14', 'The envoy, who landed on Monday and visited both Orsk and Lusk the next day, flew home on Friday.')).toEqual(['2065-03-10']);
  });

  it('joins another outlet’s report of the gathering held on it that day', () => {
    const timeline = timelineWithoutGazetteer([
      article('wire', '2065-03-12', 'Chancellor Ola Brandt met President Ivo Kern in Sorn on Wednesday.\n'),
      article('weekly', '2065-03-14', 'Chancellor Ola Brandt, who was sworn in on Tuesday and visited both Sorn and Kessel the next day, spent Friday in Lusk.\n'),
    ]);
    const ofWednesday = timeline.events.filter((e) => e.date.value === '2065-03-11');
    expect(ofWednesday.map((e) => e.sources.map((s) => s.article).sort())).toEqual([['weekly', 'wire']]);
  });

  it('is no visit when "both" counts no places named', () => {
    expect(visits('2065-03-14', 'The chancellor visited both sides of the border on Wednesday.')).toEqual([]);
  });
});
