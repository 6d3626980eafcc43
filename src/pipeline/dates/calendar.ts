/**
 * Calendar-day arithmetic in UTC. Every day is a TZDate pinned to UTC midnight, so
 * date-fns computes weeks, months and years the same on any machine, whatever its zone.
 */
import { TZDate } from '@date-fns/tz';
import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  differenceInCalendarDays,
  endOfISOWeek,
  format,
  getDay,
  getISOWeek,
  getISOWeekYear,
  lastDayOfMonth,
  startOfISOWeek,
} from 'date-fns';

export type Day = TZDate;
export type Unit = 'day' | 'week' | 'month' | 'year';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/** The calendar day as written in an ISO date or date-time (the publisher's local date). */
export function parseReferenceDay(reference: string): Day {
  const match = ISO_DAY.exec(reference.trim());
  if (!match) throw new Error(`Invalid reference date "${reference}": expected YYYY-MM-DD or an ISO date-time`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = utcDay(year, month, day);
  if (date.getMonth() !== month - 1 || date.getDate() !== day) throw new Error(`Invalid reference date "${reference}"`);
  return date;
}

/** month is 1-based. */
export function utcDay(year: number, month: number, day: number): Day {
  // From a timestamp: TZDate's field constructor goes through the machine's zone rules.
  return new TZDate(Date.UTC(year, month - 1, day), 'UTC');
}

export function isoDay(day: Day): string {
  return format(day, 'yyyy-MM-dd');
}

export function isoMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function isoWeek(day: Day): string {
  return `${getISOWeekYear(day)}-W${String(getISOWeek(day)).padStart(2, '0')}`;
}

export function weekBounds(day: Day): [Day, Day] {
  return [startOfISOWeek(day), endOfISOWeek(day)];
}

export function monthBounds(year: number, month: number): [Day, Day] {
  const first = utcDay(year, month, 1);
  return [first, lastDayOfMonth(first)];
}

export function weekday(day: Day): number {
  return getDay(day);
}

export function shift(day: Day, unit: Unit, amount: number): Day {
  switch (unit) {
    case 'day':
      return addDays(day, amount);
    case 'week':
      return addWeeks(day, amount);
    case 'month':
      return addMonths(day, amount);
    case 'year':
      return addYears(day, amount);
  }
}

export function daysBetween(later: Day, earlier: Day): number {
  return differenceInCalendarDays(later, earlier);
}
