// A verb of saying that opens a relative clause on a name ("warned a broker of the Eston Building Society, which said on Friday
// morning that it would pass the cut on"): the name before ", which" or ", who" says it, even as the object of a preposition
// (own-corpus-13's miss; sentences written here).
import { describe, expect, it } from 'vitest';
import { readOne } from '../../../tests/support/pipeline.ts';

/** Kind, day and speaker of each candidate an article of Thursday 12 May 2061 gives (Monday the 9th). */
const said = (body: string): [string, string, string[]][] =>
  readOne('2061-05-12', `${body}\n`).candidates.map((c) => [c.kind, c.date.value, c.participants]);

describe('a saying in a relative clause is said by the clause’s head', () => {
  it.each([
    ['Savers will see rates fall, warned Piet Kessel of the Kessel Building Society, which said on Monday that it would cut its rates.', 'kessel-building-society'],
    ['The bill was welcomed by the Vell Farmers’ Union, which said on Monday that it would help growers.', 'vell-farmers-union'],
  ])('%s', (body, speaker) => {
    expect(said(body)).toEqual([['statement', '2061-05-09', [speaker]]]);
  });

  it('not by the name before the preposition, nor when the clause only describes its head', () => {
    expect(said('Savers will see rates fall, warned Piet Kessel of the Kessel Building Society, which said on Monday that it would cut its rates.').flatMap(([, , who]) => who)).not.toContain('piet-kessel');
    expect(said('Savers will see rates fall, warned Piet Kessel of the Kessel Building Society, which has lent to the town since 2040.')).toEqual([]);
  });
});
