// Two outlets' reports of one polling day, each naming someone the other does not (own-corpus-19's "the upper-house election of 20
// July, when the ruling coalition lost its majority" beside "the party and its partner lost their majority in the upper house in the
// election of 20 July"): a house is elected once on its day, so the house their sentences name makes them one election. The upper
// house's and the lower house's elections of one day are two.
import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

/** The elections of two articles published on Thursday 16 May 2058, each as the articles citing it. */
const electionsOf = (a: string, b: string): string[][] =>
  timelineWithoutGazetteer([article('a', '2058-05-16', `${a}\n`), article('b', '2058-05-16', `${b}\n`)])
    .events.filter((e) => e.kind === 'other' && e.id.includes('-election'))
    .map((e) => e.sources.map((s) => s.article).sort());

describe('two reports of an election of one day', () => {
  it('are one when they name the same house, whoever else they name', () => {
    expect(
      electionsOf(
        'Prime Minister Oren Valtis had resisted calls to quit ever since the upper-house election of 12 May, when the ruling coalition lost its majority.',
        'Party chair Anna Rhee said the Civic Union had lost its majority in the upper house in the election of 12 May, months after losing control of the lower house.',
      ),
    ).toEqual([['a', 'b']]);
    expect(
      electionsOf(
        'Opposition leader Mira Tesk has led in every poll since the Senate election of 12 May.',
        'Interior Minister Paul Brandt said turnout in the Senate election of 12 May was the lowest since 1990.',
      ),
    ).toEqual([['a', 'b']]);
  });

  it('are two when one filled the upper house and the other the lower', () => {
    expect(
      electionsOf(
        'Prime Minister Oren Valtis had resisted calls to quit ever since the upper-house election of 12 May, when the ruling coalition lost its majority.',
        'Party chair Anna Rhee said the Civic Union had lost its majority in the lower house in the election of 12 May.',
      ),
    ).toHaveLength(2);
    // Nor do names both sentences carry make them one.
    expect(
      electionsOf(
        'The Civic Union and its partner Harvest Front lost their majority in the upper house in the election of 12 May.',
        'The Civic Union and its partner Harvest Front lost their majority in the lower house in the election of 12 May.',
      ),
    ).toHaveLength(2);
  });
});
