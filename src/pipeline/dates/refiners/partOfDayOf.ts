/**
 * "on the night of Oct. 23", "talks ran into the night on Tuesday": a part of the day and the
 * date it is of. Chrono merges its casual "night" with the date that follows and the merged
 * result loses the date (nothing was found at all in the second), so the part of the day is
 * dropped before chrono's merging refiners see it (partOfDayBeforeOf); once the date is read,
 * the part is put back around it as one TIME, "the night of Oct. 23" 1998-10-23TNI
 * (partOfNamedDay), as TimeBank marks every part of a day written with its day ("Saturday
 * night", "noon Thursday", "mid-afternoon yesterday": the convention in conventions.test.ts).
 */
import type { Refiner } from 'chrono-node';
import { MOD_OF_STRETCH, MONTH_PATTERN, MOMENTS_OF_DAY, PARTS_OF_DAY, PART_OF_DAY_PATTERN, WEEKDAY_NAME } from '../lexicon/calendar.ts';
import type { Example } from '../model.ts';
import { widenedDay } from './widenedDay.ts';

const PART_OF_DAY = new RegExp(String.raw`^(?:${PART_OF_DAY_PATTERN})$`, 'i');
/**
 * "on" and a day's name after a part of the day ("into the night on Tuesday", "through the night on
 * March 3"): the day is the expression; the veto 'part of a day named after it' reads it too.
 * "on" only before a day's name: "spent Wednesday morning on the telephone" keeps its morning.
 */
export const ON_NAMED_DAY = String.raw`on\s+(?:${WEEKDAY_NAME}|${MONTH_PATTERN})\b`;
/** …or the day named in apposition after a comma ("on election night, Monday, April 28"): merged with it, the day is lost as well. */
const OF_OR_ON_AFTER = new RegExp(String.raw`^(?:\s+(?:of\s|${ON_NAMED_DAY})|,\s+(?:${WEEKDAY_NAME}|${MONTH_PATTERN})\b)`, 'i');

export const partOfDayBeforeOf: Refiner = {
  refine(context, results) {
    return results.filter((result) => !(PART_OF_DAY.test(result.text) && OF_OR_ON_AFTER.test(context.text.slice(result.index + result.text.length))));
  },
};

/** A moment of the day written before "of" and its date, with its TimeML code: "the early hours", "the small hours" (lexicon MOMENTS_OF_DAY). */
const MOMENTS_BEFORE_A_DATE: Record<string, string> = Object.fromEntries(
  Object.entries(MOMENTS_OF_DAY).flatMap(([moment, code]) => (moment.endsWith(' of') ? [[moment.slice(0, -' of'.length), code]] : [])),
);
const STRETCH = Object.keys(MOD_OF_STRETCH).join('|');
/**
 * Before "of" or "on" and a date: a moment ("the early hours"), or a part of the day with its
 * early, middle or late stretch and "hours" if written ("the night", "the late afternoon", "the
 * early morning hours", "the mid-morning").
 */
const PART_BEFORE = new RegExp(
  String.raw`\b(?:(${Object.keys(MOMENTS_BEFORE_A_DATE).map((moment) => moment.replaceAll(' ', String.raw`\s+`)).join('|')})|the\s+(?:(${STRETCH})[-\s]+)?(${PART_OF_DAY_PATTERN})(?:\s+hours)?)\s+(?:of|on)\s+$`,
  'i',
);

/**
 * "the night of Oct. 23", "the evening on Wednesday", "the early hours of March 3": the day read, widened to its part of the day, a TIME;
 * its stretch the mod, as before a weekday (rule moment-of-day): "the early morning hours of Tuesday" TMO START.
 */
export const partOfNamedDay = widenedDay(PART_BEFORE, 40, ([, moment, stretch, part], timex) => {
  const code = moment ? MOMENTS_BEFORE_A_DATE[moment.toLowerCase().replace(/\s+/g, ' ')] : PARTS_OF_DAY[(part ?? '').toLowerCase()];
  if (!code) return undefined;
  const mod = stretch ? MOD_OF_STRETCH[stretch.toLowerCase()] : undefined;
  return { ...timex, type: 'TIME', value: `${timex.value}T${code}`, ...(mod ? { mod } : {}) };
});

export const PART_OF_DAY_OF_EXAMPLES: Example[] = [
  { text: 'The patrol was attacked on the night of Oct. 23.', ref: '1998-11-02', finds: 'the night of Oct. 23', value: '1998-10-23TNI' },
  { text: 'Talks ran late into the night on Tuesday.', ref: '2053-04-16', finds: 'the night on Tuesday', value: '2053-04-15TNI' },
  { text: 'Clinton, who spent Wednesday morning on the telephone, won the vote.', ref: '1998-10-22', finds: 'Wednesday morning', value: '1998-10-21TMO' },
  { text: 'The negotiators worked on into the evening on Friday, a spokesman said.', ref: '1999-03-08', finds: 'the evening on Friday', value: '1999-03-05TEV' },
  { text: 'Fighting raged through the early hours of March 3 in the old town.', ref: '1998-03-05', finds: 'the early hours of March 3', value: '1998-03-03TNI' },
  // Its stretch and "hours": a part of the day still, its stretch the mod.
  { text: 'The levee gave way in the early morning hours of Tuesday, officials said.', ref: '2031-05-08', finds: 'the early morning hours of Tuesday', value: '2031-05-06TMO' },
  { text: 'Crowds gathered in the late evening of June 4 outside the court.', ref: '2031-06-09', finds: 'the late evening of June 4', value: '2031-06-04TEV' },
  { text: 'The hostages were freed in the afternoon hours of Sunday.', ref: '2031-06-09', finds: 'the afternoon hours of Sunday', value: '2031-06-08TAF' },
  { text: 'Two men were arrested on the afternoon of Monday, Nov. 9, at the border.', ref: '1998-11-12', finds: 'the afternoon of Monday, Nov. 9', value: '1998-11-09TAF' },
  // A past act's tense crosses the part of the day: the day is behind the reference, however close.
  { text: 'She was sworn in on the evening of 2 April, her office said.', ref: '2026-03-13', finds: 'the evening of 2 April', value: '2025-04-02TEV' },
  { text: 'The ferry capsized on the morning of April 20 off the coast.', ref: '2026-03-13', finds: 'the morning of April 20', value: '2025-04-20TMO' },
  { text: 'The ferry will sail on the morning of April 20.', ref: '2026-03-13', finds: 'the morning of April 20', value: '2026-04-20TMO' },
  // A day in apposition after a part of the day named by its occasion: the day is the expression.
  { text: 'Ruiz took the seat on election night, Monday, April 28, by 300 votes.', ref: '2025-05-08', finds: 'Monday, April 28', value: '2025-04-28' },
  { text: 'The count ended at night, Sunday, 9 March, after a recount.', ref: '2025-03-13', finds: 'Sunday, 9 March', value: '2025-03-09' },
  // A part of a month or of a year is no part of a day.
  { text: 'Prices rose in the first week of March.', ref: '1998-03-20', finds: 'the first week of March', value: '1998-03' },
];
