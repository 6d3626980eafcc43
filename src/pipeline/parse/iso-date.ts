const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** True for a real calendar day written `YYYY-MM-DD` (2026-02-30 is not one). */
export function isIsoDay(text: string): boolean {
  const m = DAY.exec(text);
  return m !== null && isRealDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** True for `YYYY-MM-DD` or a date-time with an explicit offset, on a real calendar day. */
export function isIsoDateOrDateTime(text: string): boolean {
  if (isIsoDay(text)) return true;
  const m = DATE_TIME.exec(text);
  return m !== null && isRealDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * The calendar day of a publication date as written, in the publisher's own offset:
 * an article stamped 2026-02-25T23:30:00-05:00 was published on the 25th where it was written.
 */
export function calendarDay(isoDateOrDateTime: string): string {
  return isoDateOrDateTime.slice(0, 10);
}

/** Arithmetic, not Date.UTC, which reads the years 0–99 as 1900–1999. */
function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= daysInMonth;
}
