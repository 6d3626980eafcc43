import { isoDay, parseReferenceDay, shift, weekday } from '../dates/calendar.ts';
import { parseCount } from '../dates/lexicon/numbers.ts';

/** The ISO day `by` days after (or before) `day`. */
export function shiftDay(day: string, by: number): string {
  return isoDay(shift(parseReferenceDay(day), 'day', by));
}

/** The ISO day `by` calendar months after (or before) `day` ("a month after 15 August" is 15 September). */
export function shiftMonths(day: string, by: number): string {
  return isoDay(shift(parseReferenceDay(day), 'month', by));
}

/** The first ISO day from `start` on, stepping a day at a time by `step` (1 ahead, -1 back), that falls on the weekday of `like`. */
export function firstOnWeekdayOf(like: string, start: string, step: 1 | -1 = 1): string {
  const named = weekday(parseReferenceDay(like));
  let day = start;
  while (weekday(parseReferenceDay(day)) !== named) day = shiftDay(day, step);
  return day;
}

/**
 * How many days a written count of days, weeks or fortnights spans ("a day", "two weeks", "a fortnight", "10 days"), if the count
 * reads as a number. Minutes and hours ("minutes after the quake", "an hour after the first waves") move no day: with no clock
 * told for what they count from, the happening they date is of its day.
 */
export function countedDays(count: string, unit: string): number | undefined {
  const n = parseCount(count);
  return n === undefined ? undefined : n * (/^weeks?$/i.test(unit) ? 7 : /^fortnights?$/i.test(unit) ? 14 : /^(?:minutes?|hours?)$/i.test(unit) ? 0 : 1);
}
