/**
 * "on a weekday", "weekday traffic": chrono reads the word "weekday" as the coming day and
 * merges it with a clock time after it ("a weekday after 6pm" became tomorrow at 18:00). It
 * names a kind of day, not one, so chrono's reading of it is dropped before chrono's merging
 * refiners see it; "every weekday", "weekdays" are the recurrence rule's SETs.
 */
import type { Refiner } from 'chrono-node';
import { isAnnotated } from '../annotation.ts';
import type { Example } from '../model.ts';

const KIND_OF_DAY = /^weekdays?$/i;

export const kindOfDayIsNoDay: Refiner = {
  refine(_context, results) {
    return results.filter((result) => isAnnotated(result) || !KIND_OF_DAY.test(result.text));
  },
};

export const KIND_OF_DAY_EXAMPLES: Example[] = [{ text: 'Parking is free on a weekday after 6pm.', ref: '2026-02-25', finds: '6pm', value: '2026-02-25T18:00' }];
