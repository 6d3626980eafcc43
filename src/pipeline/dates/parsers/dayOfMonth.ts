/** A day of the month named by its ordinal alone: "MPs vote on the 24th", "ended on the 9th". */
import { isoDay, monthBounds, shift, utcDay } from '../calendar.ts';
import { MONTH_PATTERN, monthNumber } from '../lexicon/calendar.ts';
import { onDay } from '../resolved.ts';
import { yearOfMonth } from '../yearChoice.ts';
import type { Rule } from './rule.ts';

// After a preposition of time, and ending its phrase: not "the 24th floor", "the 50th
// anniversary", "the 15th of each month", "the 24th Infantry".
const PREPOSITION_BEFORE = /\b(?:on|by|until|till|since|from|before|after|through|to)\s+$/i;
const PHRASE_ENDS = /^(?:\s*[,.;:)!?—–]|\s*$|\s+(?:and|or|but|when|as|if|at|in|with|after|before|until|to|the|a|he|she|it|they|we)\b)/;
// The month the sentence has just named: "began on March 3 and ended on the 9th".
const MONTH_NAMED_BEFORE = new RegExp(String.raw`\b(${MONTH_PATTERN})(?:\s+\d{1,2}(?:st|nd|rd|th)?)?\b(?![\s\S]*\b(?:${MONTH_PATTERN})\b)`, 'i');

/**
 * Its month is the one just named, else the reference's, moved by the tense: a past act's day
 * after the reference day is last month's, a coming one before it next month's.
 */
export const dayOfMonth: Rule = {
  name: 'day-of-month',
  examples: [
    { text: 'MPs will vote on the 24th, the Speaker confirmed.', ref: '2026-03-12', finds: 'the 24th', value: '2026-03-24' },
    { text: 'The council will decide on the 3rd.', ref: '2026-03-12', finds: 'the 3rd', value: '2026-04-03' },
    { text: 'The contract lapsed on the 28th.', ref: '2026-03-12', finds: 'the 28th', value: '2026-02-28' },
    { text: 'The strike began on May 3 and ended on the 9th.', ref: '2026-03-12', finds: 'the 9th', value: '2025-05-09' },
  ],
  pattern: /the\s+([12]?\d|3[01])(?:st|nd|rd|th)/,
  read: ({ groups, before, after, reference, tense }) => {
    if (!PREPOSITION_BEFORE.test(before) || !PHRASE_ENDS.test(after)) return null;
    const dayOfMonth = Number(groups[1]);
    const named = MONTH_NAMED_BEFORE.exec(before)?.[1];
    const clauseTense = tense('clause');
    let month: number;
    let year: number;
    if (named) {
      month = monthNumber(named) ?? 0;
      year = yearOfMonth(reference, month, clauseTense);
    } else {
      const step = clauseTense === 'past' && dayOfMonth > reference.getDate() ? -1 : clauseTense === 'future' && dayOfMonth < reference.getDate() ? 1 : 0;
      const first = shift(utcDay(reference.getFullYear(), reference.getMonth() + 1, 1), 'month', step);
      month = first.getMonth() + 1;
      year = first.getFullYear();
    }
    if (dayOfMonth < 1 || dayOfMonth > monthBounds(year, month)[1].getDate()) return null;
    const day = utcDay(year, month, dayOfMonth);
    return { type: 'DATE', value: isoDay(day), date: onDay(day), relative: true };
  },
};
