import { describeDate } from './describe-date.ts';
import { type CandidateEvent, evidenceText } from '../events/candidate.ts';
import { compareStrings } from '../order.ts';
import type { CalendarDate, IsoDay, LifecycleStage, LifecycleStep, StatusAsOf } from '../types.ts';
import { ANNOUNCED, CANCELLED, ORIGINALLY, RESCHEDULED } from './lifecycle-words.ts';

/** A report's publication day, whatever time and offset it was written with. */
export function reportDay(report: Pick<CandidateEvent, 'published'>): IsoDay {
  return report.published.slice(0, 10);
}

/** The news a report can give of an event's fate, strongest first. */
const STRENGTH = ['cancelled', 'occurred', 'rescheduled', 'announced', 'planned'] as const;

/** What one report says of the event's fate. */
function stageOf(report: CandidateEvent): LifecycleStage {
  const text = evidenceText(report);
  if (CANCELLED.test(text)) return 'cancelled';
  if (report.status === 'occurred') return 'occurred';
  if (RESCHEDULED.test(text) || leftDate(report)) return 'rescheduled';
  return ANNOUNCED.test(text) ? 'announced' : 'planned';
}

/**
 * One step per article, oldest report first, with the date it gives the event (EDTF; an
 * open interval, "../2026-03-10", when it gives none). A plan whose date differs from the
 * date an earlier report gave it has been rescheduled, whether or not the report says so.
 */
export function lifecycle(members: CandidateEvent[]): LifecycleStep[] {
  const byArticle = new Map<string, CandidateEvent[]>();
  for (const m of members) byArticle.set(m.article, [...(byArticle.get(m.article) ?? []), m]);
  const steps: LifecycleStep[] = [];
  const articles = [...byArticle.values()].sort((a, b) => compareStrings(reportDay(a[0]!), reportDay(b[0]!)) || compareStrings(a[0]!.article, b[0]!.article));
  let due: CalendarDate | undefined;
  // The date a plan left for an unknown one: a later report's new date is moved from it.
  let vacated: CalendarDate | undefined;
  for (const reports of articles) {
    const stages = reports.map(stageOf);
    // The strongest news an article gives: that it happened, or that it will not.
    const stage = STRENGTH.find((s) => stages.includes(s))!;
    const report = reports[stages.indexOf(stage)]!;
    const dated = reports.filter((r) => !r.datedByPublication);
    const statedDate = (dated.find((r) => r.date.precision === 'day' || r.date.precision === 'span') ?? dated[0])?.date;
    const stated = statedDate?.value;
    const ahead = stage === 'planned' || stage === 'announced' || stage === 'rescheduled';
    // "Had originally been set for March 5-6", or "planned for this week have been postponed"
    // when it was due within this week: the date given is the one the plan has left, for a
    // later, unknown one (a sharper date inside it, "moved to Thursday", is where it went).
    const left = stage === 'rescheduled' && statedDate !== undefined && (reports.some(leftDate) || (due !== undefined && overlaps(due, statedDate) && sharper(due, statedDate) === due));
    if (left) {
      const was = sharper(due, statedDate);
      steps.push({ stage, reported: reportDay(report), article: report.article, date: `${reportDay(report)}/..`, from: was.value, fromText: describeDate(was) });
      due = undefined;
      vacated = was;
      continue;
    }
    // An article that gives no date says only that it happened by its day, or is still to come.
    const date = stated ?? (ahead ? `${reportDay(report)}/..` : `../${reportDay(report)}`);
    // With no earlier report of the plan, the day its own sentence says it had been due on ("due on Thursday, has been moved to Friday").
    const before = due ?? vacated ?? reports.find((r) => r.wasDue)?.wasDue;
    const moved = ahead && statedDate !== undefined && before !== undefined && !within(statedDate, before) && !within(before, statedDate);
    const step: LifecycleStep = { stage: moved ? 'rescheduled' : stage, reported: reportDay(report), article: report.article, date };
    if (step.stage === 'rescheduled' && before !== undefined && before.value !== date) Object.assign(step, { from: before.value, fromText: describeDate(before) });
    steps.push(step);
    if (ahead && statedDate !== undefined) [due, vacated] = [statedDate, undefined];
  }
  return steps;
}

/** Two dates share a day. */
export function overlaps(a: CalendarDate, b: CalendarDate): boolean {
  return compareStrings(a.start, b.end) <= 0 && compareStrings(b.start, a.end) <= 0;
}

/** Of the date a plan was due on and the one a report gives it, the narrower (March 5 over "this week"; the one due on when alike). */
function sharper(due: CalendarDate | undefined, stated: CalendarDate): CalendarDate {
  if (due === undefined) return stated;
  const width = (d: CalendarDate) => Date.parse(d.end) - Date.parse(d.start);
  return width(due) <= width(stated) ? due : stated;
}

/** The report dates the plan by the day it has left ("originally set for …"). */
function leftDate(report: CandidateEvent): boolean {
  return report.status === 'planned' && ORIGINALLY.test(report.evidence[0]?.text ?? '');
}

/** "2026-03" and "next week" hold "2026-03-05" and "Tuesday": a plan made more precise (or vaguer) is not moved. */
export function within(inner: CalendarDate, outer: CalendarDate): boolean {
  return compareStrings(outer.start, inner.start) <= 0 && compareStrings(inner.end, outer.end) <= 0;
}

/** Every stage, in the order a plan goes through them. */
export const LIFECYCLE_STAGES = ['announced', 'planned', 'rescheduled', 'occurred', 'cancelled'] as const;

const PLANNED_STAGES: ReadonlySet<LifecycleStage> = new Set(['announced', 'planned', 'rescheduled']);

/**
 * The status as of the latest report. `now` is the site's present: the latest article's
 * publication day, never the clock, so the same content always gives the same page. An event
 * that comes `byCalendar` (an anniversary) has occurred once its day is past.
 */
export function statusAsOf(steps: LifecycleStep[], eventEnd: IsoDay, now: IsoDay, byCalendar = false): StatusAsOf {
  const last = steps.at(-1)!;
  // Of several reports on the latest day, the strongest news stands: that it happened or was called off, then that it moved.
  const sameDay = steps.filter((s) => s.reported === last.reported);
  const standing = STRENGTH.map((stage) => sameDay.find((s) => s.stage === stage)).find((s) => s !== undefined) ?? last;
  const day = describeDate({ value: standing.reported, start: standing.reported, end: standing.reported, precision: 'day' });
  // An anniversary needs no report to have happened: its day coming is enough.
  if (byCalendar && PLANNED_STAGES.has(standing.stage) && compareStrings(eventEnd, now) < 0) {
    return { stage: 'occurred', asOf: standing.reported, article: standing.article, overdue: false, text: `occurred on its date (last reported ${day})` };
  }
  // A report of a plan published after its day (a recap, or a report read as a plan) is no later news that it happened.
  const overdue = PLANNED_STAGES.has(standing.stage) && compareStrings(eventEnd, now) < 0;
  const stage = standing.stage === 'announced' ? 'planned' : standing.stage;
  const text = overdue ? `${stage}; no report since ${day}` : `${stage} (reported ${day})`;
  return { stage: standing.stage, asOf: standing.reported, article: standing.article, overdue, text };
}
