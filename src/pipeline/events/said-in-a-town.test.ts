// A saying told with the town it was made in between its verb and its day ("told supporters in Burnaby last night that …", own-corpus-22 b1;
// "said in Kessel on Monday that …"): the day is the saying's, as after "said at a news conference", and what was said of later days takes
// none of it; a month after "in" is the saying's time, no town. The sentences are written for the test; Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

describe('a saying made in a town named before its day', () => {
  it.each([
    ['Ivo Brandt said in Kessel on Monday that he would meet Ana Ruiz.', 'meeting'],
    ['Marta Vell told supporters in Lusk last night that the talks would resume.', 'talks'],
    ['Ana Ruiz told reporters in New Orsk on Tuesday that she would visit Kessel.', 'other'],
  ])('is the saying of that day, not the day of what it plans: %s', (body, planned) => {
    const events = found(body);
    expect(events.filter(([kind]) => kind === 'statement').length).toBe(1);
    expect(events.filter(([kind]) => kind === planned)).toEqual([]);
  });

  it('but a month after "in" is the saying’s time, no town', () => {
    expect(found('Ivo Brandt said in March that he would meet Ana Ruiz on Friday.')).toContainEqual(['meeting', null, '2058-03-15']);
  });
});
