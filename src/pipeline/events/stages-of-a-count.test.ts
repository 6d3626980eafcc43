import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** The days of the prisoner exchanges one article reports. */
const exchanges = (published: string, text: string): string[] =>
  extractOne(published, `${text}\n`).candidates.filter((c) => c.kind === 'exchange').map((c) => c.date.value);

// Thursday 12 March 2065.
describe('a swap told in stages', () => {
  it('gives each stage of a count, told by its ordinal with a day of its own, its own exchange, and the count none', () => {
    expect(exchanges('2065-03-12', 'Three groups of Armenian detainees have now come home across the river this week: the first, all conscripts, on Monday; the second, made up of the sick, on Tuesday; and a third this morning, the ombudsman said.')).toEqual(['2065-03-09', '2065-03-10', '2065-03-12']);
    expect(exchanges('2065-03-12', 'Two batches of prisoners have returned home this week: the first on Monday; the second on Wednesday.')).toEqual(['2065-03-09', '2065-03-11']);
  });

  it('reads one stage that came home, told by its ordinal, as an exchange of its day', () => {
    expect(exchanges('2065-03-12', 'The first group of detainees under 30 returned yesterday, 11 March.')).toEqual(['2065-03-11']);
    expect(exchanges('2065-03-12', 'The second batch of prisoners came home on Tuesday.')).toEqual(['2065-03-10']);
  });

  it('makes no exchange of soldiers going elsewhere or firing back, nor of groups counted with no stage told', () => {
    expect(exchanges('2065-03-12', 'The first group of soldiers returned to base on Monday.')).toEqual([]);
    expect(exchanges('2065-03-12', 'The first group of soldiers returned fire on Monday.')).toEqual([]);
    expect(exchanges('2065-03-12', 'Three groups of soldiers have come home from the front this winter.')).toEqual([]);
  });
});
