/**
 * "on the night of Oct. 23": chrono merges its casual "night" with the date that follows and
 * the merged result loses the date. TimeML marks the date alone ("Oct. 23"), so the part of
 * the day is dropped before chrono's merging refiners see it.
 */
import type { Refiner } from 'chrono-node';

const PART_OF_DAY = /^(?:morning|afternoon|evening|night)$/i;
const OF_AFTER = /^\s+of\s/i;

export const partOfDayBeforeOf: Refiner = {
  refine(context, results) {
    return results.filter((result) => !(PART_OF_DAY.test(result.text) && OF_AFTER.test(context.text.slice(result.index + result.text.length))));
  },
};
