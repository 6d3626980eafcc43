/**
 * A weekday, then a number that counts something: chrono reads the number with the weekday.
 * "On Tuesday, 15 soldiers were killed": the count after the comma as the day of the month
 * ("Tuesday, 15"), though no month follows it; "resigned on Monday after 11 years in office",
 * "ended Tuesday after 10 weeks": the count of the stretch after "after" as a clock hour
 * ("Monday after 11"), though a unit or a counted thing follows it. The weekday alone is the
 * expression (the count is the duration rule's, or no time); "Friday, 3 March" keeps its month
 * and day, "call Monday after 11" and "Monday at 10 a.m." keep their hour.
 */
import type { Refiner } from 'chrono-node';
import type { Example } from '../model.ts';

const WEEKDAY = String.raw`(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
const WEEKDAY_THEN_COUNT = new RegExp(String.raw`^(${WEEKDAY}),\s+\d+$`, 'i');
const WEEKDAY_THEN_HOUR = new RegExp(String.raw`^(${WEEKDAY}),?\s+(?:after|before|at|by|until|till)\s+\d+$`, 'i');
// What a count is of: a unit of time ("11 years"), or a thing in the plural ("10 rounds of talks").
const COUNTED_AFTER = /^[\s-]+(?:years?|months?|weeks?|days?|nights?|hours?|minutes?|decades?|quarters?|seasons?|(?!(?:is|was|has|as|this|its|his|us|plus|minus|gmt|est|edt|utc)\b)[a-z]+s)\b/i;

export const weekdayBeforeCount: Refiner = {
  refine(context, results) {
    for (const result of results) {
      const weekday = WEEKDAY_THEN_COUNT.exec(result.text)?.[1];
      if (weekday) {
        result.text = weekday;
        continue;
      }
      const beforeHour = WEEKDAY_THEN_HOUR.exec(result.text)?.[1];
      if (!beforeHour || !COUNTED_AFTER.test(context.text.slice(result.index + result.text.length, result.index + result.text.length + 20))) continue;
      result.text = beforeHour;
      result.start.delete(['hour', 'minute', 'second', 'millisecond', 'meridiem']);
      delete result.end;
    }
    return results;
  },
};

export const WEEKDAY_COUNT_EXAMPLES: Example[] = [
  { text: 'On Tuesday, 15 soldiers were killed.', ref: '2026-03-12', finds: 'Tuesday', value: '2026-03-10' },
  { text: 'On Sunday, 12,000 people marched.', ref: '2026-03-12', finds: 'Sunday', value: '2026-03-08' },
  { text: 'The minister resigned on Monday after 11 years in office.', ref: '2000-04-07', finds: 'Monday', value: '2000-04-03' },
  { text: 'The minister resigned on Monday after 11 years in office.', ref: '2000-04-07', finds: '11 years', value: 'P11Y' },
  { text: 'The hostages were freed Sunday after 12 hours in captivity.', ref: '2000-04-07', finds: '12 hours', value: 'PT12H' },
  { text: 'Talks broke up Thursday after 10 rounds without a deal.', ref: '2000-04-07', finds: 'Thursday', value: '2000-04-06' },
  // A clock hour stays one.
  { text: 'The meeting starts Monday after 11 a.m.', ref: '2000-04-07', finds: 'Monday after 11 a.m.', value: '2000-04-10T11:00' },
];
