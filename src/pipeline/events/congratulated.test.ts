// Congratulations given (own-corpus-23 c2, "Orbán congratulated him on the afternoon of the announcement"): their giver's saying of that
// day, a statement. The sentences are written for the test; Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

const kinds = (body: string) => found(body).map(([kind]) => kind);

describe('congratulations given', () => {
  it.each([
    ['Putin congratulated Zelenskyy on Monday.', '2058-03-11'],
    ['On Tuesday Peskov congratulated the winner, calling her a source of pride.', '2058-03-12'],
    ['Zelenskyy sent his warmest congratulations to the Orsk team on Friday.', '2058-03-08'],
    ['Putin offered congratulations to the new mayor yesterday.', '2058-03-12'],
  ])('are a saying of their day: %s', (body, day) => {
    expect(found(body)).toContainEqual(['statement', null, day]);
  });

  it.each([
    'Putin congratulated himself on Monday.',
    'The two leaders congratulated each other on Monday.',
    'Zelenskyy thanked Putin for his congratulations on Monday.',
  ])('are none for one’s own back patted or congratulations received: %s', (body) => {
    expect(kinds(body)).not.toContain('statement');
  });

  it('are the call’s when a call told before them carried them', () => {
    expect(kinds('Putin phoned Zelenskyy on Monday and congratulated him.')).toEqual(['call']);
  });
});

// own-corpus-9 e2: a readout's "Li Qiang congratulated South Africa on hosting the summit" after the meeting it tells.
describe('congratulations told with no day in their sentence', () => {
  it('are what was said at the meeting told before them, no saying of their own', () => {
    expect(kinds('On Monday Putin met Zelenskyy in Kazan. Putin congratulated Velsia on hosting the first summit held in the region.')).toEqual(['meeting']);
  });
});
