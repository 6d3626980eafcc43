// One article's two happenings of a sort, the second told as the next of its day (own-corpus-14's "convicted … on Thursday …. Hours later, the same
// panel sentenced him"): two events, as its article told them, as two sayings so told are.
import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

/** For each event of kind `other` of one article, its sentences. */
const quotesOf = (body: string): string[][] =>
  timelineWithoutGazetteer([article('a', '2058-03-13', body)])
    .events.filter((e) => e.kind === 'other')
    .map((e) => e.sources.flatMap((s) => s.quotes.map((q) => q.text.slice(0, 20))));

describe('an act its article tells as the next of its day', () => {
  it('is another happening than the one of its sort told before it', () => {
    expect(quotesOf('The Supreme Court convicted the former president Aram Tesk on Monday of plotting a coup.\n\nHours later, the same panel sentenced him to 27 years in prison.')).toHaveLength(2);
    expect(quotesOf('The Supreme Court convicted the former president Aram Tesk on Monday of plotting a coup.\n\nMinutes later, the court sentenced Aram Tesk to 27 years in prison.')).toHaveLength(2);
  });

  it('but one told again without a lapse is the same', () => {
    expect(quotesOf('The Supreme Court convicted the former president Aram Tesk on Monday of plotting a coup.\n\nThe court sentenced Aram Tesk to 27 years in prison on Monday.')).toHaveLength(1);
  });
});
