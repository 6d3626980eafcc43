// Two outlets' reports of one polling day, each naming someone the other does not (own-corpus-19's "the upper-house election of 20
// July, when the ruling coalition lost its majority" beside "the party and its partner lost their majority in the upper house in the
// election of 20 July"): a house is elected once on its day, so the house their sentences name makes them one election. The upper
// house's and the lower house's elections of one day are two, and so are the houses of two countries or states.
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
    // The same country named by both, or a town of it by one, is no other polity.
    expect(
      electionsOf(
        'Oren Valtis, the prime minister of Japan, had resisted calls to quit since the upper-house election of 12 May.',
        "Anna Rhee said Japan's ruling party had lost its majority in the upper house in the election of 12 May.",
      ),
    ).toEqual([['a', 'b']]);
    expect(
      electionsOf(
        'Voters in Osaka queued for hours in the upper-house election of 12 May, Oren Valtis said.',
        'Anna Rhee said the ruling party lost its majority in the upper house in the election of 12 May.',
      ),
    ).toEqual([['a', 'b']]);
  });

  it('are two when they name the same house of two countries or states', () => {
    expect(electionsOf('Japan went to the polls for the upper-house election of 12 May.', 'Italy voted in the Senate election of 12 May.')).toHaveLength(2);
    expect(electionsOf('Chancellor Ada Voss said France held its Senate election of 12 May.', 'Anna Rhee said Spain held its Senate election of 12 May.')).toHaveLength(2);
    expect(
      electionsOf(
        'Senator Mira Tesk of Georgia has led in every poll since the Georgia Senate election of 12 May.',
        'Senator Paul Brandt of Ohio said turnout in the Ohio Senate election of 12 May was the lowest since 1990.',
      ),
    ).toHaveLength(2);
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
