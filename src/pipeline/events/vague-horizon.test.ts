import { describe, expect, it } from 'vitest';
import { article, extractOne, KINDS_BUT_STATEMENT, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';
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

describe('a telling of a plan with a vague horizon, with no day of its own', () => {
  // Wednesday 12 March 2053: the Monday gone by is the 10th.
  const told = (body: string) => {
    const { candidates, undated } = extractOne('2053-03-12', `${body}\n`);
    return { events: candidates.map((c) => `${c.kind} ${c.date.value}`), undated: undated.map((u) => `${u.kind} ${u.status}`) };
  };

  it('is the plan’s undated report, not a statement of the day the news is of', () => {
    expect(told('Umerov told reporters that he hopes to visit Geneva at an early date.')).toEqual({ events: [], undated: ['other planned'] });
    expect(told('Peskov told reporters that talks with Witkoff would resume in the coming weeks.')).toEqual({ events: [], undated: ['talks planned'] });
    expect(told('Peskov told reporters that Putin would visit Minsk at an appropriate time.')).toEqual({ events: [], undated: ['other planned'] });
    expect(told('Umerov told journalists that the delegations would meet again at a convenient time.')).toEqual({ events: [], undated: ['meeting planned'] });
  });

  it('leaves a telling with a day of its own, and one of no plan, a statement', () => {
    expect(told('Umerov told reporters on Monday that he hopes to visit Geneva at an early date.').events).toEqual(['statement 2053-03-10']);
    expect(told('Peskov told reporters that the talks had been useful.').events).toEqual(['statement 2053-03-12']);
  });
});
