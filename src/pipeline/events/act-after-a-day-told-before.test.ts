// A named doer's act in a sentence that opens with a day the sentence before told ("That evening", "That same Tuesday", "The night before",
// "In the afternoon", "During the night"), with its comma or without, is an act of that day as one after "On Monday" is (issue #8).
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058: Monday the 11th, Sunday the 10th, Saturday the 9th.
const others = (body: string): [string | null, string][] => found(body).filter(([kind]) => kind === 'other').map(([, noun, day]) => [noun, day]);

describe('an act after a day the sentence before told', () => {
  it.each([
    ['Ana Ruiz met Lund at Orsk on Monday. That evening the Harbour Board sealed the old pier.', 'sealed', '2058-03-11'],
    ['Ana Ruiz met Lund at Orsk on Monday. That same afternoon, Vela Mining flooded its pit at Harn.', 'flooded', '2058-03-11'],
    ['Ana Ruiz met Lund at Orsk on Monday. In the evening the Kessel Council renamed the main square.', 'renamed', '2058-03-11'],
    ['Ana Ruiz met Lund at Orsk on Monday. The night before, the Orsk Choir sang at the cathedral.', 'sang', '2058-03-10'],
    ['Ana Ruiz met Lund at Orsk on Saturday. That same Sunday, Tomas Vell pardoned the two journalists.', 'pardoned', '2058-03-10'],
    ['Ana Ruiz met Lund at Orsk on Monday. During the night, the Kessel Council sealed the old pier.', 'sealed', '2058-03-11'],
    // A relative clause after the act's object tells of the object: its day is none of the act's.
    ['Ana Ruiz met Lund at Orsk on Monday. In the afternoon Tomas Vell pardoned the two journalists, who were freed on Friday.', 'pardoned', '2058-03-11'],
    ['Ana Ruiz met Lund at Orsk on Monday. That evening Vela Mining flooded the old quarry, which had closed on Saturday.', 'flooded', '2058-03-11'],
    ['Ana Ruiz met Lund at Orsk on Monday. On Tuesday the Kessel Council renamed the main square, which was rebuilt on Sunday.', 'renamed', '2058-03-12'],
  ])('%s', (body, noun, day) => {
    expect(others(body)).toContainEqual([noun, day]);
  });

  it.each([
    // A figure's move, a stand taken, a saying, a past perfect with no day of its own: no act, whatever day opens the sentence.
    'Ana Ruiz met Lund at Orsk on Monday. That evening Vela shares rose 4%.',
    'Ana Ruiz met Lund at Orsk on Monday. That evening the unions opposed the closure of the pier.',
    'Ana Ruiz met Lund at Orsk on Monday. In the evening Tomas Vell told reporters the pier would close.',
    'Ana Ruiz met Lund at Orsk on Monday. That evening Vela Mining had already flooded its pit.',
    // An act whose only day is its object's relative clause's has none.
    'Tomas Vell pardoned the two journalists, who were freed on Friday.',
  ])('none in %s', (body) => {
    expect(others(body)).toEqual([]);
  });
});
