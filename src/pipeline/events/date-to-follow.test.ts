import { describe, expect, it } from 'vitest';
import { article, KINDS_BUT_STATEMENT, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';
import type { Timeline } from '../types.ts';

// A planner's note that a plan's day is still to come: a month it names is no date of the plan; a week it names stands (tests/fixtures/own-conventions.md, "Weeks").
const timeline = timelineWithoutGazetteer([
  article('diary', '2061-08-03', 'Diary of the week.\n\n- Trade ministers Peter Shikongo and Tebogo Masire will meet in Francistown in October; date to be confirmed.\n- The two foreign ministers will hold their next round of talks in Maun at a date to be agreed.\n'),
  article('dated-plan', '2061-08-03', 'Diary of the week.\n\n- Trade ministers Peter Shikongo and Tebogo Masire will meet in Francistown on 14 October; the venue is still to be confirmed.\n- Ilse Garoeb visits Gaborone next week (time to be announced).\n'),
  article('week-noted', '2061-08-03', 'Diary of the week.\n\n- Namibia’s president Ilse Garoeb visits Gaborone next week; date to follow.\n\nThe energy ministers Anna Hamutenya and Kefilwe Dube will hold talks in Kasane later this week (exact date to be announced).\n'),
]);
const undatedOf = (reports: Timeline, source: string) => reports.undated.filter((u) => u.article === source).map((u) => u.quote.text);

describe('a plan whose date is still to come', () => {
  it('gives no day to a plan its note says has no date yet, and lists it undated', () => {
    expect(reportedIn(timeline, 'diary', ...KINDS_BUT_STATEMENT)).toEqual([]);
    expect(undatedOf(timeline, 'diary')).toHaveLength(2);
  });

  it('still dates a plan whose venue or time, not its day, is to be confirmed', () => {
    expect(reportedIn(timeline, 'dated-plan', ...KINDS_BUT_STATEMENT).map((e) => [e.kind, e.date.value, e.status])).toEqual([
      ['other', '2061-W32', 'planned'],
      ['meeting', '2061-10-14', 'planned'],
    ]);
  });

  it('keeps the week a plan names before its note: only the day is still to come', () => {
    expect(reportedIn(timeline, 'week-noted', ...KINDS_BUT_STATEMENT).map((e) => [e.kind, e.date.value, e.status])).toEqual([
      ['talks', '2061-W31', 'planned'],
      ['other', '2061-W32', 'planned'],
    ]);
    expect(undatedOf(timeline, 'week-noted')).toEqual([]);
  });
});
