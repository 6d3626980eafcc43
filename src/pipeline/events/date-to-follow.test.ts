import { describe, expect, it } from 'vitest';
import { article, KINDS_BUT_STATEMENT, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';
import type { Timeline } from '../types.ts';

// A planner's note that a plan's day is still to come: a week or a month it names stands (tests/fixtures/own-conventions.md, "Weeks" and "Months"); with neither, the plan has no date.
const timeline = timelineWithoutGazetteer([
  article('diary', '2061-08-03', 'Diary of the week.\n\n- Trade ministers Peter Shikongo and Tebogo Masire will meet in Francistown in October; date to be confirmed.\n- The two foreign ministers will hold their next round of talks in Maun at a date to be agreed.\n'),
  article('dated-plan', '2061-08-03', 'Diary of the week.\n\n- Trade ministers Peter Shikongo and Tebogo Masire will meet in Francistown on 14 October; the venue is still to be confirmed.\n- Ilse Garoeb visits Gaborone next week (time to be announced).\n'),
  article('month-noted', '2061-08-03', 'Diary of the week.\n\n- The water commission of Namibia and Botswana, chaired by Tebogo Masire, meets in Rundu in early November; exact date to be announced.\n\nThe energy ministers Anna Hamutenya and Kefilwe Dube will hold talks in Kasane next month (date to follow).\n'),
  article('week-noted', '2061-08-03', 'Diary of the week.\n\n- Namibia’s president Ilse Garoeb visits Gaborone next week; date to follow.\n\nThe energy ministers Anna Hamutenya and Kefilwe Dube will hold talks in Kasane later this week (exact date to be announced).\n'),
]);
const undatedOf = (reports: Timeline, source: string) => reports.undated.filter((u) => u.article === source).map((u) => u.quote.text);

describe('a plan whose date is still to come', () => {
  it('gives no day to a plan its note says has no date yet, and lists it undated; a month named before the note stands', () => {
    // October's meeting is the same ministers' meeting in Francistown that the other diary dates 14 October: one plan.
    expect(reportedIn(timeline, 'diary', ...KINDS_BUT_STATEMENT).map((e) => [e.kind, e.date.value, e.status])).toEqual([['meeting', '2061-10-14', 'planned']]);
    expect(undatedOf(timeline, 'diary')).toEqual(['The two foreign ministers will hold their next round of talks in Maun at a date to be agreed.']);
  });

  it('keeps the month a plan names before its note, named or counted from the day of writing', () => {
    expect(reportedIn(timeline, 'month-noted', ...KINDS_BUT_STATEMENT).map((e) => [e.kind, e.date.value, e.status])).toEqual([
      ['talks', '2061-09', 'planned'],
      ['meeting', '2061-11', 'planned'],
    ]);
    expect(undatedOf(timeline, 'month-noted')).toEqual([]);
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
