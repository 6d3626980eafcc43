// A saying told by a verb of warning or of insisting ("cautioned on Tuesday that …", "stressed on Monday that …") is a statement of
// its day, as "said" and "warned" are: another outlet's "told reporters that afternoon" of the same speaker is the same saying.
import { describe, expect, it } from 'vitest';
import { readOne } from '../../../tests/support/pipeline.ts';

// Thursday 10 March 2061.
const statementsOf = (body: string): [string, string][] =>
  readOne('2061-03-10', `${body}\n`)
    .candidates.filter((c) => c.kind === 'statement')
    .map((c) => [c.date.value, c.status]);

describe('a verb of warning or insisting', () => {
  it.each([
    ['Governor Ana Rell cautioned on Tuesday that further cuts to the bank rate were not guaranteed.', '2061-03-08'],
    ['Minister Tomas Orlov stressed on Monday that the harbour would stay open.', '2061-03-07'],
    ['Minister Tomas Orlov emphasised on Monday that the harbour would stay open.', '2061-03-07'],
    ['Minister Tomas Orlov reaffirmed on Monday that the harbour would stay open.', '2061-03-07'],
  ])('makes a statement of the day beside it: %s', (body, day) => {
    expect(statementsOf(body)).toEqual([[day, 'occurred']]);
  });

  it('makes none of a caution with no day', () => {
    expect(statementsOf('Governor Ana Rell has long cautioned that cuts are never guaranteed.')).toEqual([]);
  });
});
