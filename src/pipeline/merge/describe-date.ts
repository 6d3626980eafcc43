// Not the date-fns index, which loads all 250 modules (over a second in Node 24).
import { format } from 'date-fns/format';
import { parseReferenceDay } from '../dates/calendar.ts';
import type { CalendarDate } from '../types.ts';

const fmt = (iso: string, pattern: string): string => format(parseReferenceDay(iso), pattern);

/**
 * A date as a reader should see it, never more precise than the text was:
 * "25 February 2026", "17–18 February 2026", "early March 2026", "week of 17 November 2025".
 */
export function describeDate(date: CalendarDate): string {
  const key = `${date.precision} ${date.qualifier ?? ''} ${date.start} ${date.end}`;
  let text = described.get(key);
  if (text === undefined) {
    text = describeOnce(date);
    described.set(key, text);
  }
  return text;
}

// Thousands of events share a few hundred dates, and date-fns formats slowly.
const described = new Map<string, string>();

function describeOnce(date: CalendarDate): string {
  const qualifier = date.qualifier && !['since', 'by'].includes(date.qualifier) ? `${date.qualifier} ` : '';
  switch (date.precision) {
    case 'day':
      return `${qualifier}${fmt(date.start, 'd MMMM yyyy')}`;
    case 'week':
      return `${qualifier}week of ${fmt(date.start, 'd MMMM yyyy')}`;
    case 'month':
      return `${qualifier}${fmt(date.start, 'MMMM yyyy')}`;
    case 'year':
      return `${qualifier}${fmt(date.start, 'yyyy')}`;
    case 'span':
      return `${qualifier}${describeSpan(date.start, date.end)}`;
  }
}

function describeSpan(start: string, end: string): string {
  if (start.slice(0, 7) === end.slice(0, 7)) return `${fmt(start, 'd')}–${fmt(end, 'd MMMM yyyy')}`;
  if (start.slice(0, 4) === end.slice(0, 4)) return `${fmt(start, 'd MMMM')} – ${fmt(end, 'd MMMM yyyy')}`;
  return `${fmt(start, 'd MMMM yyyy')} – ${fmt(end, 'd MMMM yyyy')}`;
}
