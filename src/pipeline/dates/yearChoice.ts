/**
 * Which year a date written without one belongs to: the candidate nearest the reference,
 * moved by the tense when the tense contradicts it ("told reporters on October 6" in a
 * February article is last October; "will meet on January 5" in December is next January).
 */
import { type Day, daysBetween, utcDay } from './calendar.ts';
import type { Tense } from './tense.ts';

interface Period {
  anchor: (year: number) => Day; // the day compared with the reference to find the nearest year
  first: (year: number) => Day;
  last: (year: number) => Day;
}

function yearByTense(reference: Day, tense: Tense | undefined, period: Period): number {
  const now = reference.getFullYear();
  let year = now;
  for (const candidate of [now - 1, now + 1]) {
    const distance = Math.abs(daysBetween(period.anchor(candidate), reference));
    if (distance < Math.abs(daysBetween(period.anchor(year), reference))) year = candidate;
  }
  if (tense === 'past' && daysBetween(period.first(year), reference) > 0) year--;
  if (tense === 'future' && daysBetween(period.last(year), reference) < 0) year++;
  return year;
}

export function yearOfMonthDay(reference: Day, month: number, day: number, tense: Tense | undefined): number {
  const on = (year: number) => utcDay(year, month, day);
  return yearByTense(reference, tense, { anchor: on, first: on, last: on });
}

export function yearOfMonth(reference: Day, month: number, tense: Tense | undefined): number {
  return yearByTense(reference, tense, {
    anchor: (year) => utcDay(year, month, 15),
    first: (year) => utcDay(year, month, 1),
    last: (year) => utcDay(year, month + 1, 0),
  });
}
