import { describe, expect, it } from 'vitest';
import { describeDate } from './describe-date.ts';
import { lifecycle, statusAsOf } from './lifecycle.ts';
import type { CalendarDate } from '../types.ts';
import { day, report, said } from '../../../tests/support/reports.ts';

describe('lifecycle', () => {
  it('keeps the announcement as a step dated by its report, not as the event date', () => {
    const steps = lifecycle([
      report({ article: 'held', kind: 'talks', published: '2025-12-03', date: day('2025-12-02'), evidence: said('The envoys met Putin on Tuesday.') }),
      report({ article: 'plan', kind: 'talks', published: '2025-11-26', status: 'planned', date: day('2025-12-02'), evidence: said('The Kremlin confirmed the envoys will visit on Tuesday.') }),
    ]);
    expect(steps).toEqual([
      { stage: 'announced', reported: '2025-11-26', article: 'plan', date: '2025-12-02' },
      { stage: 'occurred', reported: '2025-12-03', article: 'held', date: '2025-12-02' },
    ]);
  });

  it('records a plan moved to another day as rescheduled, with the date it was due on', () => {
    const steps = lifecycle([
      report({ article: 'a', kind: 'talks', published: '2026-01-25', status: 'planned', date: day('2026-02-01'), evidence: said('The next round is set for Sunday.') }),
      report({ article: 'b', kind: 'talks', published: '2026-02-01', status: 'planned', date: day('2026-02-04', '2026-02-05'), evidence: said('The talks will now be held on Wednesday and Thursday.') }),
    ]);
    expect(steps[1]).toEqual({ stage: 'rescheduled', reported: '2026-02-01', article: 'b', date: '2026-02-04/2026-02-05', from: '2026-02-01', fromText: '1 February 2026' });
  });

  it('keeps the day a lone report says its plan had been due on', () => {
    const steps = lifecycle([report({ article: 'a', kind: 'talks', published: '2026-03-06', status: 'planned', date: day('2026-03-12'), wasDue: day('2026-03-09'), evidence: said('The talks, due on Monday, have been moved to Thursday.') })]);
    expect(steps).toEqual([{ stage: 'rescheduled', reported: '2026-03-06', article: 'a', date: '2026-03-12', from: '2026-03-09', fromText: '9 March 2026' }]);
  });

  it('reads "planned for this week have been postponed" as leaving the day it was due, and "moved to Thursday" as going there', () => {
    const week = { value: '2026-W10', start: '2026-03-02', end: '2026-03-08', precision: 'week' as const };
    const due = report({ article: 'a', kind: 'talks', published: '2026-03-01', status: 'planned', date: day('2026-03-05'), evidence: said('The round is set for Thursday.') });
    const [, off] = lifecycle([due, report({ article: 'b', kind: 'talks', published: '2026-03-04', status: 'planned', date: week, evidence: said('The talks planned for this week have been postponed.') })]);
    expect(off).toEqual({ stage: 'rescheduled', reported: '2026-03-04', article: 'b', date: '2026-03-04/..', from: '2026-03-05', fromText: '5 March 2026' });
    const vague = { ...due, date: week, evidence: said('The round is due this week.') };
    const [, moved] = lifecycle([vague, report({ article: 'b', kind: 'talks', published: '2026-03-03', status: 'planned', date: day('2026-03-06'), evidence: said('The round was moved to Friday.') })]);
    expect(moved).toEqual({ stage: 'rescheduled', reported: '2026-03-03', article: 'b', date: '2026-03-06', from: '2026-W10', fromText: 'week of 2 March 2026' });
  });

  it('reads the many ways a plan is said to move', () => {
    for (const words of ['The round was deferred to March 12.', 'The meeting was pushed to Friday.', 'The talks were put back a week.', 'After the postponement, the talks are set for Friday.', 'The summit has been shifted to Monday.']) {
      const [, second] = lifecycle([
        report({ article: 'a', kind: 'talks', published: '2026-03-01', status: 'planned', date: day('2026-03-05'), evidence: said('The round is set for Thursday.') }),
        report({ article: 'b', kind: 'talks', published: '2026-03-03', status: 'planned', date: day('2026-03-05'), evidence: said(words) }),
      ]);
      expect(second!.stage, words).toBe('rescheduled');
    }
  });

  it('reads a plan cut or extended to other days as rescheduled from the days it had', () => {
    const plan = report({ article: 'a', kind: 'summit', published: '2025-07-04', status: 'planned', date: day('2025-07-24', '2025-07-25'), evidence: said('The summit will take place in Beijing on July 24 and 25.') });
    const cut = report({ article: 'b', kind: 'summit', published: '2025-07-10', status: 'planned', date: day('2025-07-24'), evidence: said('China has cut the summit with European Union leaders in Beijing to a single day, July 24.') });
    expect(lifecycle([plan, cut])[1]).toEqual({ stage: 'rescheduled', reported: '2025-07-10', article: 'b', date: '2025-07-24', from: '2025-07-24/2025-07-25', fromText: describeDate(plan.date) });
    // The first day alone, said with no change of plan, is not a move.
    const first = report({ article: 'c', kind: 'summit', published: '2025-07-10', status: 'planned', date: day('2025-07-24'), evidence: said('Leaders will open the summit on July 24.') });
    expect(lifecycle([plan, first])[1]!.stage).toBe('planned');
  });

  it('does not call a plan made more precise rescheduled', () => {
    const steps = lifecycle([
      report({ article: 'a', kind: 'talks', published: '2026-02-20', status: 'planned', date: { value: '2026-03', start: '2026-03-01', end: '2026-03-31', precision: 'month' } }),
      report({ article: 'b', kind: 'talks', published: '2026-02-26', status: 'planned', date: day('2026-03-05') }),
    ]);
    expect(steps.map((s) => s.stage)).toEqual(['planned', 'planned']);
  });

  it('does not call "next week" made "Tuesday" rescheduled, and calls "early March" become March 12 so', () => {
    const plan = (article: string, published: string, date: CalendarDate) => report({ article, kind: 'meeting', published, status: 'planned', date });
    const nextWeek = { value: '2025-W49', start: '2025-12-01', end: '2025-12-07', precision: 'week' as const };
    expect(lifecycle([plan('a', '2025-11-27', nextWeek), plan('b', '2025-11-30', day('2025-12-02'))]).map((s) => s.stage)).toEqual(['planned', 'planned']);
    const early = { value: '2026-03', start: '2026-03-01', end: '2026-03-10', precision: 'month' as const, qualifier: 'early' };
    expect(lifecycle([plan('a', '2026-02-20', early), plan('b', '2026-03-08', day('2026-03-12'))]).map((s) => s.stage)).toEqual(['planned', 'rescheduled']);
  });

  it('gives a report its article does not date an open date, and never takes it for a move', () => {
    const steps = lifecycle([
      report({ article: 'a', kind: 'talks', published: '2026-02-26', status: 'planned', date: day('2026-03-05') }),
      report({ article: 'b', kind: 'talks', published: '2026-03-02', status: 'planned', date: day('2026-03-02'), datedByPublication: true }),
      report({ article: 'c', kind: 'talks', published: '2026-03-06', date: day('2026-03-06'), datedByPublication: true }),
    ]);
    expect(steps.map(({ stage, date }) => ({ stage, date }))).toEqual([
      { stage: 'planned', date: '2026-03-05' },
      { stage: 'planned', date: '2026-03-02/..' },
      { stage: 'occurred', date: '../2026-03-06' },
    ]);
  });

  it('reads a plan dated by the day it has left as moved to a later, unknown day, and lets that news stand over a same-day plan', () => {
    const steps = lifecycle([
      report({ article: 'a', kind: 'talks', published: '2026-03-05', status: 'planned', date: day('2026-03-05', '2026-03-06'), evidence: said('The meeting had originally been set for Abu Dhabi on March 5-6.') }),
      report({ article: 'b', kind: 'talks', published: '2026-03-05', status: 'planned', date: { value: '2026-03', start: '2026-03-01', end: '2026-03-10', precision: 'month' } }),
    ]);
    expect(steps[0]).toEqual({ stage: 'rescheduled', reported: '2026-03-05', article: 'a', date: '2026-03-05/..', from: '2026-03-05/2026-03-06', fromText: '5–6 March 2026' });
    expect(statusAsOf(steps, '2026-03-06', '2026-03-20')).toMatchObject({ stage: 'rescheduled', article: 'a', overdue: true, text: 'rescheduled; no report since 5 March 2026' });
  });

  it('gives the new date of a plan postponed to an unknown day the date it had left', () => {
    const steps = lifecycle([
      report({ article: 'set', kind: 'talks', published: '2025-04-28', status: 'planned', date: day('2025-05-03'), evidence: said('The fourth round will take place in Rome on May 3.') }),
      report({ article: 'off', kind: 'talks', published: '2025-05-01', status: 'planned', date: day('2025-05-03'), evidence: said('The round set for Saturday has been postponed.') }),
      report({ article: 'new', kind: 'talks', published: '2025-05-09', status: 'planned', date: day('2025-05-11'), evidence: said('The round will be held in Muscat on Sunday.') }),
    ]);
    expect(steps.slice(1)).toEqual([
      { stage: 'rescheduled', reported: '2025-05-01', article: 'off', date: '2025-05-01/..', from: '2025-05-03', fromText: '3 May 2025' },
      { stage: 'rescheduled', reported: '2025-05-09', article: 'new', date: '2025-05-11', from: '2025-05-03', fromText: '3 May 2025' },
    ]);
  });

  it('reads a called-off plan as cancelled', () => {
    const steps = lifecycle([report({ article: 'a', kind: 'summit', status: 'planned', evidence: said('The summit in Budapest has been called off, the White House said.') })]);
    expect(steps[0]!.stage).toBe('cancelled');
  });
});

describe('status as of a date', () => {
  const planned = lifecycle([report({ article: 'a', kind: 'talks', published: '2026-02-26', status: 'planned', date: day('2026-03-05') })]);

  it('says a plan whose day has passed has had no report since', () => {
    expect(statusAsOf(planned, '2026-03-05', '2026-03-20')).toMatchObject({ stage: 'planned', asOf: '2026-02-26', overdue: true, text: 'planned; no report since 26 February 2026' });
  });

  it('has an anniversary occur once its day is past, with no report needed, and not before', () => {
    const anniversary = lifecycle([report({ article: 'a', kind: 'other', noun: 'Anniversary', published: '2026-02-17', status: 'planned', date: day('2026-02-24') })]);
    expect(statusAsOf(anniversary, '2026-02-24', '2026-02-25', true)).toMatchObject({ stage: 'occurred', overdue: false, text: 'occurred on its date (last reported 17 February 2026)' });
    expect(statusAsOf(anniversary, '2026-02-24', '2026-02-24', true)).toMatchObject({ stage: 'planned', overdue: false });
  });

  it('says so of a plan reported only after its day had passed', () => {
    const late = [{ stage: 'planned' as const, reported: '2025-05-20', article: 'a', date: '2025-05-19' }];
    expect(statusAsOf(late, '2025-05-19', '2025-05-20')).toMatchObject({ stage: 'planned', overdue: true, text: 'planned; no report since 20 May 2025' });
  });

  it('does not call a plan overdue while its day is ahead of the latest article', () => {
    expect(statusAsOf(planned, '2026-03-05', '2026-03-01')).toMatchObject({ overdue: false, text: 'planned (reported 26 February 2026)' });
  });

  it('stands on the report that it happened when reports of one day disagree', () => {
    const steps = lifecycle([
      report({ article: 'a', kind: 'call', published: '2026-03-09', status: 'planned' }),
      report({ article: 'b', kind: 'call', published: '2026-03-09' }),
    ]);
    expect(statusAsOf(steps, '2026-02-25', '2026-03-20')).toMatchObject({ stage: 'occurred', article: 'b', overdue: false });
  });
});
