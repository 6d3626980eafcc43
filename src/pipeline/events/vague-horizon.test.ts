import { describe, expect, it } from 'vitest';
import { article, KINDS_BUT_STATEMENT, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';
import type { Timeline } from '../types.ts';

// A plan told with a horizon too vague to place borrows no date from the scene before (tests/fixtures/own-conventions.md, "Weeks").
const timeline = timelineWithoutGazetteer([
  article('vague', '2061-08-03', 'The ferry to Kasane has not sailed since June. Talks on a new timetable are expected in the coming weeks.\n\nThe border posts at Ngoma stood empty last week. A meeting of the two customs chiefs should follow soon, officials said.\n'),
  article('scene', '2061-08-03', 'The border posts at Ngoma stood empty last week. A meeting of the two customs chiefs followed, officials said.\n'),
]);
const undatedOf = (reports: Timeline, source: string) => reports.undated.filter((u) => u.article === source).map((u) => u.quote.text);

describe('a plan with a vague horizon', () => {
  it('takes no date from the sentence before and is listed undated', () => {
    expect(reportedIn(timeline, 'vague', ...KINDS_BUT_STATEMENT)).toEqual([]);
    expect(undatedOf(timeline, 'vague')).toHaveLength(2);
  });

  it('while a happening told with no time of its own still takes the scene the sentence before sets', () => {
    expect(reportedIn(timeline, 'scene', ...KINDS_BUT_STATEMENT).map((e) => [e.kind, e.date.value])).toEqual([['meeting', '2061-W30']]);
  });
});
