import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

/** Each statement of the timeline as "day [its people] (its sources)". */
const statements = (...articles: [string, string, string][]): string[] =>
  timelineWithoutGazetteer(articles.map(([id, published, body]) => article(id, published, `${body}\n`)))
    .events.filter((e) => e.kind === 'statement')
    .map((e) => `${e.date.value} [${e.participants.map((p) => p.id).join(', ')}] (${e.sources.map((s) => s.article).join(', ')})`);

// Friday 17 March 2062: Tuesday the 14th.
describe('a speech told as the second predicate of a welcome', () => {
  it('is a saying of the one welcomed, on the day its own words give', () => {
    expect(statements(['a', '2062-03-17', 'President Ana Rell was welcomed to Lusk by King Oskar on Tuesday and addressed both Houses of Parliament the same afternoon.'])).toEqual(['2062-03-14 [ana-rell] (a)']);
    expect(statements(['a', '2062-03-17', 'President Ana Rell was welcomed to Lusk by King Oskar on Tuesday and addressed both Houses of Parliament on Wednesday.'])).toEqual(['2062-03-15 [ana-rell] (a)']);
  });

  it('is the same speech another report tells of that day', () => {
    expect(
      statements(
        ['a', '2062-03-13', 'TUESDAY 14 MARCH\n\n15:30 Westminster — President Ana Rell addresses members of both Houses in the Great Hall.'],
        ['b', '2062-03-17', 'President Ana Rell was welcomed to Lusk by King Oskar on Tuesday and addressed both Houses of Parliament the same afternoon.'],
      ),
    ).toEqual(['2062-03-14 [ana-rell] (a, b)']);
  });

  it('is its own subject’s when the second predicate names one', () => {
    expect(statements(['a', '2062-03-17', 'President Ana Rell was welcomed to Lusk by King Oskar on Tuesday, and the King addressed both Houses of Parliament the same afternoon.'])).toEqual(['2062-03-14 [oskar] (a)']);
  });
});
