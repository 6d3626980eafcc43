// A company's or an office's meeting of all its staff ("an all-hands meeting for employees on Wednesday"): its own gathering, as a club's is
// (club-gathering.test.ts), no meeting of sides. own-corpus-24 c1's games site and c2's club letter; the sentences here are written for the test.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058.
describe("a meeting of all a body's staff is its own gathering", () => {
  it.each([
    ['Ana Ruiz will hold an all-hands meeting for employees on Friday.', '2058-03-15'],
    ['The chief executive told workers at an all hands meeting on Monday that no jobs would go.', '2058-03-11'],
    ["The ministry's staff meeting on Tuesday ran for two hours.", '2058-03-12'],
  ])('%s', (body, day) => {
    const events = found(body);
    expect(events.filter(([, noun]) => noun === 'Staff meeting')).toEqual([['other', 'Staff meeting', day]]);
    expect(events.filter(([kind]) => kind === 'meeting')).toEqual([]);
  });

  it('but a meeting with staff of another side is a meeting of sides', () => {
    expect(found('Ana Ruiz held a staff meeting with the union on Friday.').filter(([, noun]) => noun === 'Staff meeting')).toEqual([]);
  });

  // "Staff" after "of" is a title's ("the Joint Chiefs of Staff"), and "meeting" with its object after it is the verb: no staff's own gathering.
  it.each([
    ['The Joint Chiefs of Staff meeting on Tuesday discussed the strikes.', '2058-03-12'],
    ['The defence chiefs of staff meeting in Brussels ended on Friday.', '2058-03-08'],
  ])('nor a meeting of chiefs of staff, which is a meeting: %s', (body, day) => {
    const events = found(body);
    expect(events.filter(([, noun]) => noun === 'Staff meeting')).toEqual([]);
    expect(events.filter(([kind]) => kind === 'meeting').map(([, , when]) => when)).toEqual([day]);
  });

  it.each(['Embassy staff meeting the refugees on Monday said they were exhausted.', 'Hospital staff meeting the families on Friday described the scene.'])(
    'nor staff meeting someone: %s',
    (body) => {
      expect(found(body).filter(([, noun]) => noun === 'Staff meeting')).toEqual([]);
    },
  );
});
