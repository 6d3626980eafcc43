// A visit counted by its days ("a three-day state visit") and a reception held on its first day that one outlet tells inside the
// visit's own words: the days are the visit's, the reception is one day's (heldOnItsDay in summarise.ts, DAYS_OF_A_VISIT).
import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

describe('a gathering held on a visit of days, told in the visit’s own sentence', () => {
  // A planner of Monday 11 March 2058 (the Tuesday is the 12th) and a front page of Thursday 14 March.
  const planner = article('planner', '2058-03-11', 'President Ana Ferro begins a three-day state visit to Orsk on Tuesday, her first.\n');

  it('is one day’s event, not the visit’s three days', () => {
    const front = article('front', '2058-03-14', 'The deal crowned a three-day state visit in which President Ana Ferro was received in Orsk by King Otto on Tuesday.\n');
    const events = timelineWithoutGazetteer([planner, front]).events.map((e) => `${e.date.value} ${e.kind} ${e.sources.map((s) => s.article).join(',')}`);
    expect(events).toEqual(['2058-03-12 meeting front,planner']);
  });

  it('still takes the visit’s days when its own words tell of days going on', () => {
    const front = article('front', '2058-03-14', 'The deal crowned a three-day state visit in which President Ana Ferro held talks in Orsk with King Otto that began on Tuesday.\n');
    const events = timelineWithoutGazetteer([planner, front]).events.map((e) => e.date.value);
    expect(events).toContain('2058-03-12/2058-03-14');
  });
});
