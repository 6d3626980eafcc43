import { isoDay, parseReferenceDay, shift } from '../dates/calendar.ts';
import { parseCount } from '../dates/lexicon/numbers.ts';

/** The ISO day `by` days after (or before) `day`. */
export function shiftDay(day: string, by: number): string {
  return isoDay(shift(parseReferenceDay(day), 'day', by));
}

/** How many days a written count of days or weeks spans ("a day", "two weeks", "10 days"), if the count reads as a number. */
export function countedDays(count: string, unit: string): number | undefined {
  const n = parseCount(count);
  return n === undefined ? undefined : n * (/^weeks?$/i.test(unit) ? 7 : 1);
}
