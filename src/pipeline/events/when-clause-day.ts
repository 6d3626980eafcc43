/**
 * "ASEAN leaders were due to close their summit this afternoon, when Malaysia passes the chair to
 * the Philippines", "The summit runs until Tuesday, when Velsland hands the chairmanship to
 * Estmark": a clause of "when" set off after a date tells what happens at that time. The date
 * goes by nearness to the verb before the clause (or to none, "runs until"), so a trigger inside
 * the clause with no date of its own takes it; the day a stretch runs until is the clause's day.
 */
import type { TemporalExpression } from '../dates/index.ts';
import { agreeWithModality } from './clause.ts';
import { NOT_WHEN, WHEN_CLAUSE_AFTER_A_DATE } from './lexicon.ts';
import type { Mention } from './mention.ts';

export function datedByItsWhenClause(found: Mention[], times: TemporalExpression[], text: string, day: string): void {
  for (const m of found) {
    if (m.dateWithheld || m.rule.kind === 'statement') continue;
    const time = times.findLast((t) => t.end <= m.start && t.date !== undefined && !NOT_WHEN.has(t.date.qualifier ?? '') && WHEN_CLAUSE_AFTER_A_DATE.test(text.slice(t.end, m.start)));
    // A day taken from before the clause's date is farther than it ("the plot ran from 2021 until the riot of 8 January 2023, when his supporters
    // stormed Congress"): the clause's date is the trigger's.
    if (!time?.date || (m.date && (m.dateAt === undefined || m.dateAt >= time.start))) continue;
    const { value, start, end, precision } = time.date;
    [m.date, m.dateAt] = [agreeWithModality({ value, start, end, precision }, time, m.mood, day, text), time.start];
  }
}
