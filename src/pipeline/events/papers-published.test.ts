// A body's papers or count made public on a day, done or ahead, is the body's act of that day (issue #8: acts of bodies no kinds row read);
// the meeting the papers are for is no report of its own, and figures an office puts out stay its saying (figures-published.test.ts).
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058: Monday the 11th.
describe('papers or a count made public', () => {
  it.each([
    ['The board published its papers on Monday.', [['other', 'Papers published', '2058-03-11']]],
    ['The council said it would publish the number of homes flooded next week.', [['other', 'Papers published', '2058-W12']]],
    ['The inquiry will publish the full cost of the repairs on 2 April.', [['other', 'Papers published', '2058-04-02']]],
    [
      'The board meets in public in Lusk on Thursday 21 March. Papers for the meeting will be published on its website a week before.',
      [
        ['meeting', null, '2058-03-21'],
        ['other', 'Papers published', '2058-03-14'],
      ],
    ],
    // The meeting told with its own day is a report of its own beside them; the papers keep the day of their own verb.
    [
      'Papers for the board meeting on Thursday will be published on Monday.',
      [
        ['meeting', null, '2058-03-21'],
        ['other', 'Papers published', '2058-03-18'],
      ],
    ],
    ['Papers for the meeting will be published on Monday.', [['other', 'Papers published', '2058-03-18']]],
    ['The agenda for the next council meeting was published on Monday.', [['other', 'Papers published', '2058-03-11']]],
  ])('%s', (body, events) => {
    expect(found(body)).toEqual(events);
  });

  it('but not a count published as a habit, refused, or with no day', () => {
    for (const body of ['The council publishes the number of homes flooded every month.', 'On Monday the ministry refused to publish the number of deaths.', 'The board will publish its papers in due course.']) {
      expect(found(body).filter(([, noun]) => noun === 'Papers published'), body).toEqual([]);
    }
  });

  it('nor a count already made public: that is its saying, as figures an office puts out are', () => {
    for (const body of ['The ministry published the number of deaths on Monday.', 'The inquiry published the full cost of the repairs on Tuesday.', 'The council published the count of homes flooded on Friday.']) {
      expect(found(body).filter(([, noun]) => noun === 'Papers published'), body).toEqual([]);
    }
  });
});
