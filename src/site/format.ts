import { format } from 'date-fns/format';
import { parseReferenceDay } from '../pipeline/dates/calendar.ts';
import type { EventDate } from '../pipeline/types.ts';

/**
 * The machine-readable form of an event's date for `<time datetime>`: HTML accepts a day,
 * a month (2026-03), a year (1994) or a week (2026-W09), but not an EDTF span or "~".
 */
export function datetimeAttribute(date: EventDate): string {
  const value = date.value.replace(/~/g, '');
  switch (date.precision) {
    case 'month':
      return date.start.slice(0, 7);
    case 'year':
      return date.start.slice(0, 4);
    case 'week':
      return /^\d{4}-W\d{2}$/.test(value) ? value : date.start;
    default:
      return date.start;
  }
}

/**
 * A publication date or date-time ("2026-02-25T09:30:00+01:00") as "25 February 2026".
 * The calendar day is the one written in the source, whatever the build machine's zone.
 */
export function formatPublished(published: string): string {
  return format(parseReferenceDay(published.slice(0, 10)), 'd MMMM yyyy');
}

const day = (iso: string) => parseReferenceDay(iso);

/**
 * An event's date for the date rail of a list, where the month and year heading above it
 * gives the rest: "25 Feb", "17–18 Feb", "week of 17 Nov", "early Mar", "1994". As precise
 * as the date is, never more.
 */
export function railDate(date: EventDate): string {
  switch (date.precision) {
    case 'day':
      return format(day(date.start), 'd MMM');
    case 'span': {
      const [start, end] = [day(date.start), day(date.end)];
      if (date.start.slice(0, 7) === date.end.slice(0, 7)) return `${format(start, 'd')}–${format(end, 'd MMM')}`;
      return `${format(start, 'd MMM')} – ${format(end, 'd MMM')}`;
    }
    case 'week':
      return `week of ${format(day(date.start), 'd MMM')}`;
    case 'month':
      return `${date.qualifier ? `${date.qualifier} ` : ''}${format(day(date.start), 'MMM')}`;
    case 'year':
      return date.start.slice(0, 4);
  }
}
