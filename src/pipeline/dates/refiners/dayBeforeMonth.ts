/**
 * "from 14 June to 19 July", "from 14 to 19 July": chrono's clock parser reads "from 14" as
 * 14:00 and merges that hour with the month named after it, so the day is lost ("14 June"
 * became June). A bare number before a month name is the month's day, not an hour: the clock
 * reading is dropped before chrono's merging refiners see it, and chrono's own day-first
 * reading of the same words stands.
 */
import type { Refiner } from 'chrono-node';
import { MONTH_PATTERN } from '../lexicon/calendar.ts';
import type { Example } from '../model.ts';

const BARE_HOURS = /^(?:(?:from|at|between)\s+)?\d{1,2}(?:\s*(?:-|–|to|and|until|till)\s*\d{1,2})?$/i;
const MONTH_AFTER = new RegExp(String.raw`^\s+(?:of\s+)?${MONTH_PATTERN}(?![a-z])`, 'i');

export const dayBeforeMonth: Refiner = {
  refine(context, results) {
    return results.filter(
      (result) => !(result.tags().has('parser/ENTimeExpressionParser') && BARE_HOURS.test(result.text) && MONTH_AFTER.test(context.text.slice(result.index + result.text.length))),
    );
  },
};

export const DAY_BEFORE_MONTH_EXAMPLES: Example[] = [
  { text: 'The tournament runs from 14 June to 19 July.', ref: '2026-02-25', finds: '14 June', value: '2026-06-14' },
  { text: 'The festival will be held from 14 to 19 July.', ref: '2026-02-25', finds: '14 to 19 July', value: '2026-07-14' },
];
