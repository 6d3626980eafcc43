/**
 * "On Tuesday, 15 soldiers were killed": chrono reads the count after the comma as the day of
 * the month ("Tuesday, 15"), though no month follows it. The weekday alone is the expression
 * (its reading was the weekday's day already); "Friday, 3 March" keeps its month and day.
 */
import type { Refiner } from 'chrono-node';
import type { Example } from '../model.ts';

const WEEKDAY_THEN_COUNT = /^((?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day),\s+\d+$/i;

export const weekdayBeforeCount: Refiner = {
  refine(_context, results) {
    for (const result of results) {
      const weekday = WEEKDAY_THEN_COUNT.exec(result.text)?.[1];
      if (weekday) result.text = weekday;
    }
    return results;
  },
};

export const WEEKDAY_COUNT_EXAMPLES: Example[] = [
  { text: 'On Tuesday, 15 soldiers were killed.', ref: '2026-03-12', finds: 'Tuesday', value: '2026-03-10' },
  { text: 'On Sunday, 12,000 people marched.', ref: '2026-03-12', finds: 'Sunday', value: '2026-03-08' },
];
