/**
 * Calendar-day arithmetic in UTC. Every day is a UTCDay pinned to UTC midnight: a Date whose
 * local fields are its UTC fields, so date-fns computes weeks, months and years the same on
 * any machine, whatever its zone. (It replaces @date-fns/tz's TZDate, which asks Intl for the
 * zone's offset on every construction and field change: most of the pipeline's time.)
 */
// One module per function: the date-fns index loads all 250 of them (over a second in Node 24).
import { addMonths } from 'date-fns/addMonths';
import { endOfISOWeek } from 'date-fns/endOfISOWeek';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';

const DAY_MS = 86_400_000;

// Merging asks for the same few thousand days again and again (160,000 times for 3,000 synthetic articles): each is parsed once.
const dayNumbers = new Map<string, number>();

/** Days since 1970 of an ISO day (NaN for anything else, which then matches nothing). */
export function dayNumber(isoDay: string): number {
  let days = dayNumbers.get(isoDay);
  if (days === undefined) {
    days = Math.round(Date.parse(isoDay) / DAY_MS);
    dayNumbers.set(isoDay, days);
  }
  return days;
}

/** A Date read and written in UTC: its "local" getters and setters are the UTC ones. */
class UTCDay extends Date {
  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getDay(): number {
    return this.getUTCDay();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getMinutes(): number {
    return this.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.getUTCSeconds();
  }
  override getMilliseconds(): number {
    return this.getUTCMilliseconds();
  }
  override getTimezoneOffset(): number {
    return 0;
  }
  override setFullYear(...fields: Parameters<Date['setUTCFullYear']>): number {
    return this.setUTCFullYear(...fields);
  }
  override setMonth(...fields: Parameters<Date['setUTCMonth']>): number {
    return this.setUTCMonth(...fields);
  }
  override setDate(date: number): number {
    return this.setUTCDate(date);
  }
  override setHours(...fields: Parameters<Date['setUTCHours']>): number {
    return this.setUTCHours(...fields);
  }
  override setMinutes(...fields: Parameters<Date['setUTCMinutes']>): number {
    return this.setUTCMinutes(...fields);
  }
  override setSeconds(...fields: Parameters<Date['setUTCSeconds']>): number {
    return this.setUTCSeconds(...fields);
  }
  override setMilliseconds(ms: number): number {
    return this.setUTCMilliseconds(ms);
  }
  /** date-fns builds its results through this, so they stay UTCDays. */
  [Symbol.for('constructDateFrom')](value: Date | number | string): UTCDay {
    return new UTCDay(+new Date(value));
  }
}

export type Day = UTCDay;
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

/** month is 1-based; out-of-range months and days roll over, as with Date.UTC, but the years 0–99 stay themselves. */
export function utcDay(year: number, month: number, day: number): Day {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return new UTCDay(date.getTime());
}

/** yyyy-MM-dd, as date-fns formats it (years before 1 as 1 - year). */
export function isoDay(day: Day): string {
  if (Number.isNaN(day.getTime())) throw new RangeError('Invalid time value');
  const year = day.getUTCFullYear();
  return `${pad(year > 0 ? year : 1 - year, 4)}-${pad(day.getUTCMonth() + 1, 2)}-${pad(day.getUTCDate(), 2)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function isoWeek(day: Day): string {
  return `${getISOWeekYear(day)}-W${pad(getISOWeek(day), 2)}`;
}

export function weekBounds(day: Day): [Day, Day] {
  return [startOfISOWeek(day), endOfISOWeek(day)];
}

export function monthBounds(year: number, month: number): [Day, Day] {
  return [utcDay(year, month, 1), utcDay(year, month + 1, 0)];
}

export function weekday(day: Day): number {
  return day.getUTCDay();
}

export function shift(day: Day, unit: Unit, amount: number): Day {
  switch (unit) {
    case 'day':
      return addUTCDays(day, amount);
    case 'week':
      return addUTCDays(day, amount * 7);
    case 'month':
      return addMonths(day, amount);
    case 'year':
      return addMonths(day, amount * 12);
  }
}

/** Days either side of the publication day that a story's news is told on. */
export const NEWS_WEEK = 7;

export function daysBetween(later: Day, earlier: Day): number {
  // In UTC a calendar day is a whole multiple of DAY_MS: no zone offset or daylight saving.
  return Math.floor(later.getTime() / DAY_MS) - Math.floor(earlier.getTime() / DAY_MS);
}

/** date-fns addDays without its generic construction: the same setDate step. */
function addUTCDays(day: Day, amount: number): Day {
  const next = new UTCDay(day.getTime());
  next.setUTCDate(next.getUTCDate() + amount);
  return next;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
