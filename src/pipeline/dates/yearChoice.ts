/**
 * Which year a date written without one belongs to: the candidate nearest the reference,
 * moved by the tense when the tense contradicts it ("told reporters on October 6" in a
 * February article is last October; "will meet on January 5" in December is next January).
 */
import { type Day, daysBetween, utcDay, weekday } from './calendar.ts';
import type { Tense } from './tense.ts';

interface Period {
  anchor: (year: number) => Day; // the day compared with the reference to find the nearest year
  first: (year: number) => Day;
  last: (year: number) => Day;
  /** How far past the reference a past clause may still point (a deadline), in days. */
  slack: number;
}

// A past clause sends a day still to come to last year only when it is well ahead: "extended
// the offer to Nov. 20", "asked it to respond by Oct. 31" name deadlines, not last year. The
// day of a past act ("met on March 3", see tense.ts pastActAt) has no such slack.
const DEADLINE_SLACK_DAYS = 62;
// A past act's day may still be one day ahead: the publication's calendar day is its own
// zone's, and a wire filed from further east already writes the next day ("met on March 3"
// in a paper dated March 2 is this March 3, not last year's). So may a plan's day be one day
// behind, and no more: "will be sworn in on Jan. 20" in March is next January.
const EXACT_DAY_SLACK_DAYS = 1;
// Unmarked, news looks back: a month or day still to come is meant only when it is near.
export const UNMARKED_AHEAD_DAYS = 90;

function yearByTense(reference: Day, tense: Tense | undefined, period: Period): number {
  const now = reference.getFullYear();
  const distance = (year: number) => Math.abs(daysBetween(period.anchor(year), reference));
  let year = now;
  for (const candidate of [now - 1, now + 1]) if (distance(candidate) < distance(year)) year = candidate;
  if (tense === 'past' && daysBetween(period.first(year), reference) > period.slack) return year - 1;
  if (tense === 'future' && daysBetween(reference, period.last(year)) > period.slack) return year + 1;
  if (tense === undefined && daysBetween(period.anchor(year), reference) > UNMARKED_AHEAD_DAYS) return year - 1;
  return year;
}

/** `exact`: the day is when a past act took place (tense.ts pastActAt) or a verb plans one, not a deadline. */
export function yearOfMonthDay(reference: Day, month: number, day: number, tense: Tense | undefined, exact = false): number {
  return yearOfDay(reference, (year) => utcDay(year, month, day), tense, exact);
}

/** The year of a day that falls on a different date each year (Thanksgiving, Easter). */
export function yearOfDay(reference: Day, dayIn: (year: number) => Day, tense: Tense | undefined, exact = false): number {
  return yearByTense(reference, tense, { anchor: dayIn, first: dayIn, last: dayIn, slack: exact ? EXACT_DAY_SLACK_DAYS : DEADLINE_SLACK_DAYS });
}

export function yearOfMonth(reference: Day, month: number, tense: Tense | undefined): number {
  return yearByTense(reference, tense, {
    anchor: (year) => utcDay(year, month, 15),
    first: (year) => utcDay(year, month, 1),
    last: (year) => utcDay(year, month + 1, 0),
    slack: 0,
  });
}

/** "Saturday, April 25": of the year chosen and its neighbours, the one whose day falls on the weekday written. */
export function yearOfWeekday(year: number, month: number, dayOfMonth: number, weekdayWritten: number | null): number {
  if (weekdayWritten === null) return year;
  return [year, year - 1, year + 1].find((y) => weekday(utcDay(y, month, dayOfMonth)) === weekdayWritten) ?? year;
}
