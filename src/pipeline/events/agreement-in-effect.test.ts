// An agreement put into effect by a side, or taking effect itself: a happening of its own day, after the agreeing. own-corpus-19 b1's live
// page and b2's newsletter (a trade deal put, and signed, into effect); the sentences here are written for the test.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058.
const inEffect = (body: string): [string, string | null, string][] => found(body).filter(([, noun]) => noun === 'Agreement in effect');

describe('an agreement put into effect is a happening of its day', () => {
  it.each([
    ['Velmark put the trade agreement with Estmark into effect on Monday.', '2058-03-11'],
    ['He said he chose to go because the accord with Lusk had been put into effect by Velmark on Thursday.', '2058-03-07'],
    ['That deal, which cuts levies on Orsk steel to 10 percent, was signed into effect by President Halloran last Thursday.', '2058-03-07'],
    ['The agreement takes effect on 1 April.', '2058-04-01'],
    ['The fisheries deal came into force on Monday.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(inEffect(body)).toEqual([['other', 'Agreement in effect', day]]);
  });

  it("but not a truce's or a levy's own taking effect, nor one only possible or denied", () => {
    for (const body of ['The ceasefire agreement took effect on Monday.', 'On Monday he signed the order putting the trade deal with Estmark into effect.', 'On Monday he signed a decree that puts the accord into effect.', 'The cabinet approved the agreement overnight, and the ceasefire took effect at noon on Friday.', 'Velmark and Lusk signed a defence accord in 2056, which entered into force on Monday.', "The deal's tariffs took effect on Monday.", 'The agreement could take effect next month.', 'The agreement will not take effect on Friday.']) {
      expect(inEffect(body), body).toEqual([]);
    }
  });
});
