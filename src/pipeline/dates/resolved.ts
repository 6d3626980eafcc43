/** Builders for the calendar date of a DATE at each precision. */
import type { CalendarDate } from '../types.ts';
import { type Day, isoDay, isoMonth, isoWeek, monthBounds, utcDay, weekBounds } from './calendar.ts';

export function onDay(day: Day): CalendarDate {
  const iso = isoDay(day);
  return { value: iso, start: iso, end: iso, precision: 'day' };
}

export function inWeek(day: Day): CalendarDate {
  const [first, last] = weekBounds(day);
  return { value: isoWeek(day), start: isoDay(first), end: isoDay(last), precision: 'week' };
}

export function inMonth(year: number, month: number): CalendarDate {
  const [first, last] = monthBounds(year, month);
  return { value: isoMonth(year, month), start: isoDay(first), end: isoDay(last), precision: 'month' };
}

// A year's bounds are worked out once (two Dates a reading of "this year", "in 2024"); each caller gets a copy of its own.
const years = new Map<number, CalendarDate>();

export function inYear(year: number): CalendarDate {
  let date = years.get(year);
  if (date === undefined) {
    date = { value: String(year).padStart(4, '0'), start: isoDay(utcDay(year, 1, 1)), end: isoDay(utcDay(year, 12, 31)), precision: 'year' };
    years.set(year, date);
  }
  return { ...date };
}

export function between(first: Day, last: Day): CalendarDate {
  const [start, end] = [isoDay(first), isoDay(last)];
  return { value: `${start}/${end}`, start, end, precision: 'span' };
}
