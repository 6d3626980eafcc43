/**
 * "the week of March 16", "the weekend of May 15", "the week of the Spring Festival": a week or
 * weekend named by a day in it. The day is read first, its year as its own reading chose it (a
 * past act's, a plan's, the story's); then the phrase is widened around it to one DATE, the ISO
 * week that holds the day or the weekend around it, as "Easter week" and "the Labor Day weekend"
 * are (parsers/holidays.ts). The bare "the weekend" before "of" is then no weekend of its own: the
 * longer reading covers it (refiners/overlaps.ts).
 */
import { parseReferenceDay } from '../calendar.ts';
import type { Example } from '../model.ts';
import { weekendAround } from '../parsers/periods.ts';
import { inWeek } from '../resolved.ts';
import { widenedDay } from './widenedDay.ts';

const WEEK_OF_BEFORE = /\bthe\s+(week(?:end)?)\s+of\s+(?:the\s+)?$/i;
export const weekOfNamedDay = widenedDay(WEEK_OF_BEFORE, 30, ([, unit = ''], timex) => {
  const day = parseReferenceDay(timex.value);
  const week = unit.toLowerCase() === 'weekend' ? weekendAround(day) : { type: 'DATE' as const, value: inWeek(day).value, date: inWeek(day) };
  return { ...timex, type: 'DATE', value: week.value, ...(week.date ? { date: week.date } : {}) };
});

export const WEEK_OF_DAY_EXAMPLES: Example[] = [
  { text: 'The committee will vote during the week of March 9.', ref: '2026-02-24', finds: 'the week of March 9', value: '2026-W11' },
  { text: 'Trading was thin in the week of Oct. 16, brokers said.', ref: '2026-02-24', finds: 'the week of Oct. 16', value: '2025-W42' },
  { text: 'The festival was held on the weekend of Jan. 10.', ref: '2026-02-24', finds: 'the weekend of Jan. 10', value: '2026-W02-WE' },
  { text: 'Flights are full in the week of Thanksgiving.', ref: '2024-11-12', finds: 'the week of Thanksgiving', value: '2024-W48' },
];
