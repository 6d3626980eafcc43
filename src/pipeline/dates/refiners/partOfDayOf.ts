/**
 * "on the night of Oct. 23", "talks ran into the night on Tuesday": chrono merges its casual
 * "night" with the date that follows and the merged result loses the date (nothing was found
 * at all in the second). TimeML marks the date alone ("Oct. 23", "Tuesday"), so the part of
 * the day is dropped before chrono's merging refiners see it.
 */
import type { Refiner } from 'chrono-node';
import { MONTH_PATTERN, PART_OF_DAY_PATTERN, WEEKDAY_NAME } from '../lexicon/calendar.ts';
import type { Example } from '../model.ts';

const PART_OF_DAY = new RegExp(String.raw`^(?:${PART_OF_DAY_PATTERN})$`, 'i');
/**
 * "on" and a day's name after a part of the day ("into the night on Tuesday", "through the night on
 * March 3"): the day is the expression; the veto 'part of a day named after it' reads it too.
 * "on" only before a day's name: "spent Wednesday morning on the telephone" keeps its morning.
 */
export const ON_NAMED_DAY = String.raw`on\s+(?:${WEEKDAY_NAME}|${MONTH_PATTERN})\b`;
const OF_OR_ON_AFTER = new RegExp(String.raw`^\s+(?:of\s|${ON_NAMED_DAY})`, 'i');

export const partOfDayBeforeOf: Refiner = {
  refine(context, results) {
    return results.filter((result) => !(PART_OF_DAY.test(result.text) && OF_OR_ON_AFTER.test(context.text.slice(result.index + result.text.length))));
  },
};

export const PART_OF_DAY_OF_EXAMPLES: Example[] = [
  { text: 'The patrol was attacked on the night of Oct. 23.', ref: '1998-11-02', finds: 'Oct. 23', value: '1998-10-23' },
  { text: 'Talks ran late into the night on Tuesday.', ref: '2053-04-16', finds: 'Tuesday', value: '2053-04-15' },
  { text: 'Clinton, who spent Wednesday morning on the telephone, won the vote.', ref: '1998-10-22', finds: 'Wednesday morning', value: '1998-10-21TMO' },
  { text: 'The negotiators worked on into the evening on Friday, a spokesman said.', ref: '1999-03-08', finds: 'Friday', value: '1999-03-05' },
  // A past act's tense crosses the part of the day: the day is behind the reference, however close.
  { text: 'She was sworn in on the evening of 2 April, her office said.', ref: '2026-03-13', finds: '2 April', value: '2025-04-02' },
  { text: 'The ferry capsized on the morning of April 20 off the coast.', ref: '2026-03-13', finds: 'April 20', value: '2025-04-20' },
  { text: 'The ferry will sail on the morning of April 20.', ref: '2026-03-13', finds: 'April 20', value: '2026-04-20' },
];
