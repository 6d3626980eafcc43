import { parseCount } from '../dates/lexicon/numbers.ts';
import type { CalendarDate } from '../types.ts';
import type { TemporalExpression } from '../dates/index.ts';
import { dayNumber, isoDay, parseReferenceDay, shift } from '../dates/calendar.ts';
import { claimOf } from './event-dates.ts';
import { COUNT_IN_PERIOD_AFTER, COUNT_IN_PERIOD_BEFORE, ELAPSED_SINCE } from './lexicon.ts';
import type { Mention } from './mention.ts';
import { countedDays, shiftDay } from './shift-day.ts';

/**
 * "This is the second exchange within two days": an undated trigger told as one of a count in a
 * period says the one before it came in that period, before the one reported (the last event of its
 * kind the article dates by day, else the day's news). It is that earlier event, dated by the days
 * left ("within two days" of a Friday's exchange: Thursday), whatever other date its sentence gives
 * ("and it takes the number released this week to 1,000").
 */
export function earlierInPeriod(m: Mention, earlier: Mention[], today: string): CalendarDate | undefined {
  const text = m.sentence.text;
  if (!COUNT_IN_PERIOD_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))) return undefined;
  const period = COUNT_IN_PERIOD_AFTER.exec(text.slice(m.end));
  if (!period) return undefined;
  const days = countedDays(period[1]!, period[2]!);
  if (days === undefined) return undefined;
  const reported = earlier.findLast((e) => e.rule.kind === m.rule.kind && e.date?.precision === 'day')?.date?.start ?? today;
  const [start, end] = [shiftDay(reported, -Math.max(1, days - 1)), shiftDay(reported, -1)];
  return start === end ? { value: end, start, end, precision: 'day' } : { value: `${start}/${end}`, start, end, precision: 'span' };
}

/**
 * "Friday marks one year since the last phone call between the two presidents": the last event
 * of its sort was that long before the day the sentence gives before it (or the day's news).
 */
export function lastBeforeElapsed(m: Mention, times: TemporalExpression[], today: string): CalendarDate | undefined {
  const text = m.sentence.text;
  const elapsed = ELAPSED_SINCE.exec(text.slice(Math.max(0, m.start - 80), m.start));
  if (!elapsed || m.rule.kind === 'other') return undefined;
  const at = Math.max(0, m.start - 80) + elapsed.index;
  const given = times.filter((t) => t.end <= at && claimOf(t)?.precision === 'day').at(-1);
  const from = given ? claimOf(given)!.start : today;
  const word = elapsed[1]!.toLowerCase();
  const count = parseCount(word);
  if (count === undefined) return undefined;
  const unit = elapsed[2]!.toLowerCase().replace(/s$/, '') as 'day' | 'week' | 'month' | 'year';
  const day = isoDay(shift(parseReferenceDay(from), unit, -count));
  return dayNumber(day) < dayNumber(from) ? { value: day, start: day, end: day, precision: 'day' } : undefined;
}
