import { isoDay, parseReferenceDay, shift } from '../dates/calendar.ts';

/** The ISO day `by` days after (or before) `day`. */
export function shiftDay(day: string, by: number): string {
  return isoDay(shift(parseReferenceDay(day), 'day', by));
}
