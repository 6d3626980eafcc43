/**
 * "Ramaphosa holds up the leaders' declaration on Saturday morning after it was adopted at the
 * start of the opening session": a passive clause of "after" whose pronoun takes back the thing
 * the clause before it did something with on a day tells what was done to that thing first, on
 * that day. The day stays with the clause it stands in (sentence-clauses.ts), so a trigger in the
 * clause of "after" with no day of its own would be the news day's; it takes the day before it.
 * One with a day of its own ("after it was adopted on Friday") keeps that.
 */
import type { TemporalExpression } from '../dates/index.ts';
import { agreeWithModality } from './clause.ts';
import { PASSIVE_AFTER_ITS_DAY } from './lexicon.ts';
import type { Mention } from './mention.ts';

export function datedByTheDayItPreceded(found: Mention[], times: TemporalExpression[], text: string, day: string): void {
  for (const m of found) {
    if (m.date || m.dateWithheld || m.future || m.rule.kind === 'statement') continue;
    const time = times.findLast((t) => t.end <= m.start && t.date?.precision === 'day' && t.date.qualifier === undefined && PASSIVE_AFTER_ITS_DAY.test(text.slice(t.end, m.start)));
    if (!time?.date) continue;
    // Done before what the clause before it tells, it was done by then: a weekday is read back, whatever the tense of that clause (a caption's "holds up").
    [m.date, m.dateAt] = [agreeWithModality(time.date, time, 'past', day), time.start];
  }
}
