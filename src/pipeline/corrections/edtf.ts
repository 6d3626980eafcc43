import { setISOWeek } from 'date-fns/setISOWeek';
import { setISOWeekYear } from 'date-fns/setISOWeekYear';
import { isoDay, monthBounds, utcDay, weekBounds } from '../dates/calendar.ts';
import type { CalendarDate } from '../types.ts';
import { isIsoDay } from '../parse/iso-date.ts';

/**
 * Reads the EDTF subset editors write: a day, a month, an ISO week, a year, a span of two
 * days, each optionally approximate (`~`). Returns undefined for anything else.
 */
export function parseEdtf(value: string): CalendarDate | undefined {
  const approximate = value.endsWith('~');
  const core = approximate ? value.slice(0, -1) : value;
  const qualifier = approximate ? { qualifier: 'around' } : {};
  const span = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(core);
  if (span) {
    const [, start, end] = span as unknown as [string, string, string];
    return isIsoDay(start) && isIsoDay(end) && start <= end ? { value, start, end, precision: 'span', ...qualifier } : undefined;
  }
  if (isIsoDay(core)) return { value, start: core, end: core, precision: 'day', ...qualifier };
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(core);
  if (month) {
    const [first, last] = monthBounds(Number(month[1]), Number(month[2]));
    return { value, start: isoDay(first), end: isoDay(last), precision: 'month', ...qualifier };
  }
  const week = /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/.exec(core);
  if (week) {
    const [first, last] = weekBounds(setISOWeek(setISOWeekYear(utcDay(Number(week[1]), 6, 15), Number(week[1])), Number(week[2])));
    return { value, start: isoDay(first), end: isoDay(last), precision: 'week', ...qualifier };
  }
  if (/^\d{4}$/.test(core)) return { value, start: `${core}-01-01`, end: `${core}-12-31`, precision: 'year', ...qualifier };
  return undefined;
}
