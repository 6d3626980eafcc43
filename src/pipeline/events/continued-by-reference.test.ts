import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

// Short reports of our own: "The talks resume tomorrow morning" after a round it points back at carries that round on.
const daysIn = (published: string, body: string) => extractOne(published, `${body}\n`).candidates.map((c) => [c.kind, c.date.value, c.evidence.map((e) => e.sentence)]);

describe('a gathering pointed back at, carried on by the verb after it', () => {
  it.each([
    ['2065-03-12', 'Korvian and Estmark negotiators held talks in Tarn on Tuesday. The talks resume tomorrow morning.', [['talks', '2065-03-10/2065-03-13', [0, 1]]]],
    ['2065-03-12', 'Delegations from Korvia and Estmark met in Tarn on Wednesday. The negotiations will continue on Friday, a spokesman said.', [['meeting', '2065-03-11/2065-03-13', [0, 1]]]],
    ['2065-03-12', 'The two envoys held talks at the Oskar ministry on Wednesday. The talks are due to reconvene on Thursday.', [['talks', '2065-03-11/2065-03-12', [0, 1]]]],
  ])('extends the round to that day, with no second event (%s: "%s")', (published, body, expected) => {
    expect(daysIn(published, body)).toEqual(expected);
  });

  it('keeps a round told without pointing back, or one too far ahead to carry the first on, as its own', () => {
    expect(daysIn('2065-03-12', 'The two ministers held talks in Oskar on Monday. Talks will resume on Thursday.').map(([kind, day]) => [kind, day])).toEqual([
      ['talks', '2065-03-09'],
      ['talks', '2065-03-12'],
    ]);
    expect(daysIn('2065-03-12', 'Korvian and Estmark negotiators held talks in Tarn on Tuesday. The negotiations reconvene on Monday.').map(([kind, day]) => [kind, day])).toEqual([
      ['talks', '2065-03-10'],
      ['talks', '2065-03-16'],
    ]);
  });
});
