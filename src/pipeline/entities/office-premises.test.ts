import { describe, expect, it } from 'vitest';
import { article, idsOf, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: "the Prime Minister's Office confirmed" is the holder of the office the
// article named before speaking through it, and its "Office" is no body of its own.
const timeline = timelineWithoutGazetteer([
  article('pm-office', '2051-10-06', 'Prime Minister Ana Ruiz returned from Lima on Sunday. On Tuesday the Prime Minister\'s Office confirmed that she will attend the summit.\n'),
  article('president-office', '2051-10-06', "President Tomas Lind flew to Oslo on Friday. The President's Office said on Monday that the visit had been a success.\n"),
]);

describe("an office holder's Office", () => {
  it('speaks as the person the article named with that office', () => {
    expect(reportedIn(timeline, 'pm-office', 'statement').map((e) => idsOf(e.participants))).toEqual([['ana-ruiz']]);
    expect(reportedIn(timeline, 'president-office', 'statement').map((e) => idsOf(e.participants))).toEqual([['tomas-lind']]);
  });

  it('is no body named "Office"', () => {
    expect(timeline.entities.map((e) => e.name)).not.toContain('Office');
  });
});
