/** Builders for the calendar reading (ResolvedDate) of a DATE at each precision. */
import type { ResolvedDate } from './model.ts';
import { type Day, isoDay, isoMonth, isoWeek, monthBounds, utcDay, weekBounds } from './calendar.ts';

export function onDay(day: Day, relative: boolean): ResolvedDate {
  const iso = isoDay(day);
  return { value: iso, start: iso, end: iso, precision: 'day', relative };
}

export function inWeek(day: Day, relative: boolean): ResolvedDate {
  const [first, last] = weekBounds(day);
  return { value: isoWeek(day), start: isoDay(first), end: isoDay(last), precision: 'week', relative };
}

export function inMonth(year: number, month: number, relative: boolean): ResolvedDate {
  const [first, last] = monthBounds(year, month);
  return { value: isoMonth(year, month), start: isoDay(first), end: isoDay(last), precision: 'month', relative };
}

export function inYear(year: number, relative: boolean): ResolvedDate {
  return {
    value: String(year).padStart(4, '0'),
    start: isoDay(utcDay(year, 1, 1)),
    end: isoDay(utcDay(year, 12, 31)),
    precision: 'year',
    relative,
  };
}

export function between(first: Day, last: Day, relative: boolean): ResolvedDate {
  const [start, end] = [isoDay(first), isoDay(last)];
  return { value: `${start}/${end}`, start, end, precision: 'span', relative };
}
