import { describe, expect, it } from 'vitest';
import { article, KINDS_BUT_STATEMENT, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';
import type { Timeline } from '../types.ts';

// A time no one set for a plan is no date: a guess at it, a year or a season only hoped for, or a deadline for it. The plan is listed undated. A guess at when a past act took place still places it.
const timeline = timelineWithoutGazetteer([
  article('guessed', '2061-08-03', 'Namibia’s president Ilse Garoeb wants to visit Gaborone, possibly next month, aides say.\n\nThe two foreign ministers Peter Shikongo and Tebogo Masire will meet again in Maun, maybe in December.\n'),
  article('past-day', '2061-08-03', 'The foreign ministers Peter Shikongo and Tebogo Masire met in Maun, perhaps on Monday, a diplomat said.\n'),
  article('past-week', '2061-08-03', 'The trade ministers Anna Hamutenya and Kefilwe Dube held talks in Kasane, possibly last week, according to officials in Gaborone.\n'),
  article('deadline', '2061-08-03', 'Under the treaty, the joint water commission of Namibia and Botswana must meet in Rundu by early September.\n\nThe foreign ministers Peter Shikongo and Tebogo Masire are to hold talks in Maun no later than Friday, their aides say.\n'),
  article('hoped', '2061-08-03', 'Asked about a visit to Windhoek, Botswana’s president Kefilwe Dube said she hoped to go there next year.\n\nThe foreign ministers Peter Shikongo and Tebogo Masire would like to meet again in Maun next spring, their aides say.\n'),
  article('hoped-month', '2061-08-03', 'The foreign ministers Peter Shikongo and Tebogo Masire hope to meet again in Maun in October, their aides say.\n'),
  article('set', '2061-08-03', 'Namibia’s president Ilse Garoeb will visit Gaborone next month, aides say, perhaps with her trade minister.\n'),
]);
const undatedOf = (reports: Timeline, source: string) => reports.undated.filter((u) => u.article === source).map((u) => u.quote.text);

describe('a time only guessed at', () => {
  it('dates no plan, which is listed undated', () => {
    expect(reportedIn(timeline, 'guessed', ...KINDS_BUT_STATEMENT)).toEqual([]);
    expect(undatedOf(timeline, 'guessed')).toHaveLength(2);
  });

  it('dates no plan by its deadline, the latest it may come', () => {
    expect(reportedIn(timeline, 'deadline', ...KINDS_BUT_STATEMENT)).toEqual([]);
    expect(undatedOf(timeline, 'deadline')).toHaveLength(2);
  });

  it('dates no plan by a year or a season only hoped for, which is listed undated', () => {
    expect(reportedIn(timeline, 'hoped', ...KINDS_BUT_STATEMENT)).toEqual([]);
    expect(undatedOf(timeline, 'hoped')).toHaveLength(2);
  });

  it('still dates a plan by a month hoped for, a time told', () => {
    expect(reportedIn(timeline, 'hoped-month', ...KINDS_BUT_STATEMENT).map((e) => [e.kind, e.date.value, e.status])).toEqual([['meeting', '2061-10', 'planned']]);
  });

  it('still places a past act by the time guessed at, whatever the tense of the words around the guess', () => {
    expect(reportedIn(timeline, 'past-day', ...KINDS_BUT_STATEMENT).map((e) => [e.kind, e.date.value, e.status])).toEqual([['meeting', '2061-08-01', 'occurred']]);
    expect(reportedIn(timeline, 'past-week', ...KINDS_BUT_STATEMENT).map((e) => [e.kind, e.date.value, e.status])).toEqual([['talks', '2061-W30', 'occurred']]);
  });

  it('still dates a plan whose time is told, a guess about something else beside it', () => {
    expect(reportedIn(timeline, 'set', ...KINDS_BUT_STATEMENT).map((e) => [e.kind, e.date.value, e.status])).toEqual([['other', '2061-09', 'planned']]);
  });
});
