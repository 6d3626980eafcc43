/**
 * The days of a running event: "the 30th day of the strike", "its eighth week". They count
 * from the event's start, which the text seldom dates, so they stay underspecified
 * (XXXX-XX-XX: a day, not a wrong date), unless the clause says the day is today ("today is
 * the eighth day of the blockade", "it's the second day of an offensive"): then it is the
 * reference day, as TimeML annotates it.
 */
import { isoDay } from '../calendar.ts';
import type { Timex } from '../model.ts';
import { COUNTING_ORDINAL_PATTERN } from '../lexicon/numbers.ts';
import { onDay } from '../resolved.ts';
import type { Rule } from './rule.ts';

const UNDERSPECIFIED: Record<string, string> = { day: 'XXXX-XX-XX', week: 'XXXX-WXX', month: 'XXXX-XX', year: 'XXXX' };
// "the first day of the month" is the calendar's, not an event's.
const CALENDAR_UNIT = String.raw`(?:the|this|that|next|last|each|every)\s+(?:new\s+)?(?:year|month|week|quarter|decade|century)\b`;
const IS_TODAY = /(?:\b(?:today|tonight|it|this)\s+(?:is|marks)|\b(?:it|today)['’]s)\s+$/i;

export const eventDay: Rule = {
  name: 'event-day',
  examples: [
    { text: 'On the 30th day of the strike the union met the owners.', ref: '1998-11-20', finds: 'the 30th day', value: 'XXXX-XX-XX' },
    { text: 'In the capital, today is the eighth day of the blockade.', ref: '1998-11-20', finds: 'the eighth day', value: '1998-11-20' },
    { text: "It's the second day of an offensive by the army.", ref: '1998-03-06', finds: 'the second day', value: '1998-03-06' },
  ],
  pattern: new RegExp(
    String.raw`(?:the|its|their)\s+(${COUNTING_ORDINAL_PATTERN})\s+(day|week|month|year)(?=\s+(?:of|in)\s+(?!${CALENDAR_UNIT})(?:the|an?|its|their|his|her|this|that|["“\`']))`,
  ),
  read: ({ groups, before, reference }): Timex | null => {
    const unit = (groups[2] ?? '').toLowerCase();
    if (unit === 'day' && IS_TODAY.test(before)) return { type: 'DATE', value: isoDay(reference), date: onDay(reference), relative: true };
    const value = UNDERSPECIFIED[unit];
    return value ? { type: 'DATE', value } : null;
  },
};
