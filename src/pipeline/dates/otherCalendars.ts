/**
 * Days fixed in the Chinese, Korean, Islamic and Hebrew calendars ("the Lunar New Year",
 * "Chuseok", "Eid al-Fitr", "Passover"), found in the Gregorian year through the ICU calendars
 * that ship with Node's Intl: no table to keep, and the same tables the world's phones use (the Umm al-Qura reckoning for
 * the Islamic calendar, as Saudi Arabia and most Gulf states announce the Eids).
 */
import { type Day, utcDay } from './calendar.ts';

export type OtherCalendar = 'chinese' | 'dangi' | 'islamic-umalqura' | 'hebrew';

const formats = new Map<OtherCalendar, Intl.DateTimeFormat>();
/** Per calendar and Gregorian year: "month/day" in that calendar → the first Gregorian day so written. */
const years = new Map<string, Map<string, Day>>();

function daysOf(calendar: OtherCalendar, year: number): Map<string, Day> {
  const key = `${calendar} ${year}`;
  const known = years.get(key);
  if (known) return known;
  let format = formats.get(calendar);
  if (!format) {
    // Hebrew months by name: a leap year's Adar I and Adar II have no stable number.
    format = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, { timeZone: 'UTC', day: 'numeric', month: calendar === 'hebrew' ? 'long' : 'numeric' });
    formats.set(calendar, format);
  }
  const days = new Map<string, Day>();
  for (let day = utcDay(year, 1, 1); day.getUTCFullYear() === year; day = utcDay(year, day.getUTCMonth() + 1, day.getUTCDate() + 1)) {
    const parts = format.formatToParts(day);
    const written = `${parts.find((p) => p.type === 'month')?.value}/${parts.find((p) => p.type === 'day')?.value}`;
    if (!days.has(written)) days.set(written, day);
  }
  years.set(key, days);
  return days;
}

/**
 * The Gregorian day of `year` written `month`/`day` in `calendar` (months as ICU writes them in
 * English: "1" … "12" for the Chinese and Islamic calendars, leap months "6bis"; "Nisan",
 * "Adar II" for the Hebrew), or of the next of `written` when the first has none that year; the year's first such day when an
 * Islamic date falls twice in it.
 */
export function dayInCalendar(calendar: OtherCalendar, year: number, ...written: string[]): Day {
  const days = daysOf(calendar, year);
  for (const key of written) {
    const day = days.get(key);
    if (day) return day;
  }
  // Every day of these calendars but a leap month's falls in every Gregorian year.
  throw new Error(`no ${written.join(' or ')} in the ${calendar} calendar in ${year}`);
}

/** The Gregorian days of `year` on which a month of `calendar` begins (its new moons, for the lunar calendars). */
export function monthStarts(calendar: OtherCalendar, year: number): Day[] {
  return [...daysOf(calendar, year)].filter(([written]) => written.endsWith('/1')).map(([, day]) => day);
}

/**
 * Every Gregorian day of `year` written `month`/`day` in the Islamic calendar: one, or two when
 * its shorter year begins twice in the Gregorian one (9/1 on Jan. 10 and Dec. 31, 1997).
 */
export function islamicDaysIn(year: number, written: string): Day[] {
  const first = dayInCalendar('islamic-umalqura', year, written);
  const format = formats.get('islamic-umalqura')!;
  const writtenOn = (day: Day) => {
    const parts = format.formatToParts(day);
    return `${parts.find((p) => p.type === 'month')?.value}/${parts.find((p) => p.type === 'day')?.value}`;
  };
  // An Islamic year has 354 or 355 days.
  const again = [354, 355]
    .map((days) => utcDay(year, first.getUTCMonth() + 1, first.getUTCDate() + days))
    .find((day) => day.getUTCFullYear() === year && writtenOn(day) === written);
  return again ? [first, again] : [first];
}
