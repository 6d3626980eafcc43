/**
 * A day told in another place's reckoning: "ended in the early hours of Saturday Moscow time"
 * from Anchorage, "Sunday Beijing time". Writers name the zone because it is not the story's:
 * the value stays the day written (as TimeML marks it), but it dates nothing on the timeline,
 * whose days are those of the places events happen in. "local time" is the story's own.
 */
import type { Refiner } from 'chrono-node';
import { annotate, readingOf } from '../annotation.ts';

const ZONE_AFTER = /^\s+(?!local\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+time\b/;

export const dayInAnotherZone: Refiner = {
  refine(context, results) {
    for (const result of results) {
      const timex = readingOf(result);
      if (timex?.date?.precision !== 'day' || !ZONE_AFTER.test(context.text.slice(result.index + result.text.length, result.index + result.text.length + 30))) continue;
      const { date: _anotherZones, ...undated } = timex;
      annotate(result, undated);
    }
    return results;
  },
};
