// A title's verb agrees with its subject's head, the noun before "of" ("Brief meeting of coalition leaders breaks up"), not with
// the noun after it; a head that counts what follows ("A number of …") and a plural head ("Talks of the two sides") keep the plural.
import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Thursday 10 April 2059.
const titleOf = (body: string) => timelineWithoutGazetteer([article('o1', '2059-04-10', `${body}\n`)]).events[0]?.title;

describe('a title’s verb agrees with the noun before "of"', () => {
  it.each([
    ['A brief meeting of coalition leaders broke up on Monday without agreement.', 'Brief meeting of coalition leaders breaks up'],
    ['An emergency session of union leaders broke up on Monday without a deal.', 'Emergency session of union leaders breaks up'],
    ['The talks of the two sides broke up on Monday without agreement.', 'Talks of the two sides break up'],
  ])('%s', (body, title) => {
    expect(titleOf(body)).toBe(title);
  });
});
