// A clause after "and" led by a modal or a verb of wishing ("and might resign on Friday", "and hopes to sign the deal on Friday") is a clause of its
// own, not a second object of the meeting before it: no second meeting on its day (issue #8).
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058: Monday the 11th.
const read = (body: string): string[] => found(body).map(([kind, noun, day]) => `${kind} ${noun ?? ''} ${day}`.replace('  ', ' '));

describe('a meeting and a modal clause after it', () => {
  it.each([
    ['Ana Ruiz met Lund on Monday and might resign on Friday.'],
    ['Ana Ruiz met Lund on Monday and could step down on Friday.'],
    ['Ana Ruiz met Lund on Monday and should leave office on Friday.'],
  ])('%s', (body) => {
    expect(read(body)).toEqual(['meeting 2058-03-11']);
  });

  it.each([
    ['Ana Ruiz met Lund on Monday and hopes to sign the deal on Friday.'],
    ['Ana Ruiz met Lund on Monday and wants to sign the deal on Friday.'],
    ['Ana Ruiz met Lund on Monday and dreams of the treaty on Friday.'],
    ['Ana Ruiz met Lund on Monday and aims to sign the deal on Friday.'],
  ])('a verb of wishing (the one WISH list): %s', (body) => {
    expect(read(body)).toEqual(['meeting 2058-03-11']);
  });

  it('but a second object with its own day is a second meeting', () => {
    expect(read('Ana Ruiz met Lund on Monday and the mayor of Orsk on Friday.').map((e) => e.split(' ')[0])).toEqual(['meeting', 'meeting']);
  });
});
