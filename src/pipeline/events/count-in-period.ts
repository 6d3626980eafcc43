import { parseCount } from '../dates/lexicon/numbers.ts';
import type { CalendarDate } from '../types.ts';
import { COUNT_IN_PERIOD_AFTER, COUNT_IN_PERIOD_BEFORE } from './lexicon.ts';
import type { Mention } from './mention.ts';
import { shiftDay } from './shift-day.ts';

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
  const count = parseCount(period[1]!.toLowerCase() === 'a' ? 'one' : period[1]!);
  if (count === undefined) return undefined;
  const days = count * (period[2]!.toLowerCase().startsWith('week') ? 7 : 1);
  const reported = earlier.findLast((e) => e.rule.kind === m.rule.kind && e.date?.precision === 'day')?.date?.start ?? today;
  const [start, end] = [shiftDay(reported, -Math.max(1, days - 1)), shiftDay(reported, -1)];
  return start === end ? { value: end, start, end, precision: 'day' } : { value: `${start}/${end}`, start, end, precision: 'span' };
}
