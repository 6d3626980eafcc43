/** A day of the month named by its ordinal alone, its weekday before it or not: "MPs vote on the 24th", "ended on the 9th", "from Friday the 18th". */
import { type Day, isoDay, monthBounds, shift, utcDay, weekday } from '../calendar.ts';
import { MONTH_PATTERN, WEEKDAY_NAME, monthNumber, weekdayNumber } from '../lexicon/calendar.ts';
import { ORDINAL_PATTERN } from '../lexicon/numbers.ts';
import { onDay } from '../resolved.ts';
import { yearOfMonth, yearOfMonthDay, yearOfWeekday } from '../yearChoice.ts';
import type { Timex } from '../model.ts';
import type { Rule } from './rule.ts';

// After a preposition of time, and ending its phrase: not "the 24th floor", "the 50th
// anniversary", "the 15th of each month", "the 24th Infantry".
const PREPOSITION_BEFORE = /\b(?:on|by|until|till|since|from|before|after|through|to)\s+$/i;
const PHRASE_ENDS = /^(?:\s*[,.;:)!?—–]|\s*$|\s+(?:and|or|but|when|as|if|at|in|over|with|after|before|until|to|the|a|he|she|it|they|we)\b)/;
// The month the sentence has just named: "began on March 3 and ended on the 9th".
const MONTH_NAMED_BEFORE = new RegExp(String.raw`\b(${MONTH_PATTERN})(?:\s+\d{1,2}(?:st|nd|rd|th)?)?\b(?![\s\S]*\b(?:${MONTH_PATTERN})\b)`, 'i');

/**
 * Its month is the one just named, else the reference's, moved by the tense: a past act's day
 * after the reference day is last month's, a coming one before it next month's; a weekday written
 * before it ("Friday the 18th") picks, of that month and the two beside it, the one where the day falls on it; where none has it, the
 * weekday is read alone.
 */
export const dayOfMonth: Rule = {
  name: 'day-of-month',
  examples: [
    { text: 'MPs will vote on the 24th, the Speaker confirmed.', ref: '2026-03-12', finds: 'the 24th', value: '2026-03-24' },
    { text: 'The council will decide on the 3rd.', ref: '2026-03-12', finds: 'the 3rd', value: '2026-04-03' },
    { text: 'The contract lapsed on the 28th.', ref: '2026-03-12', finds: 'the 28th', value: '2026-02-28' },
    { text: 'The strike began on May 3 and ended on the 9th.', ref: '2026-03-12', finds: 'the 9th', value: '2025-05-09' },
    { text: 'Advance polls were held from Friday the 18th to Monday the 21st.', ref: '2025-04-29', finds: 'Friday the 18th', value: '2025-04-18' },
    { text: 'The fair opens on Saturday the 4th over the long weekend.', ref: '2026-03-30', finds: 'Saturday the 4th', value: '2026-04-04' },
  ],
  pattern: new RegExp(String.raw`(?:(${WEEKDAY_NAME}),?\s+)?the\s+([12]?\d|3[01])(?:st|nd|rd|th)`),
  read: ({ groups, before, after, reference, tense }) => {
    if (!PREPOSITION_BEFORE.test(before) || !PHRASE_ENDS.test(after)) return null;
    const weekdayName = groups[1];
    const dayOfMonth = Number(groups[2]);
    const named = MONTH_NAMED_BEFORE.exec(before)?.[1];
    const clauseTense = tense('clause');
    let month: number;
    let year: number;
    if (named) {
      month = monthNumber(named) ?? 0;
      year = yearOfMonth(reference, month, clauseTense);
    } else {
      const byTense = clauseTense === 'past' && dayOfMonth > reference.getDate() ? -1 : clauseTense === 'future' && dayOfMonth < reference.getDate() ? 1 : 0;
      const monthOf = (step: number): Day => shift(utcDay(reference.getFullYear(), reference.getMonth() + 1, 1), 'month', step);
      const written = weekdayName ? weekdayNumber(weekdayName) : null;
      const step = written === null ? byTense : [byTense, 0, -1, 1].find((s) => dayOnWeekday(monthOf(s), dayOfMonth, written));
      // No month in reach has the day on its weekday ("Friday the 13th" said in jest): the weekday alone is read, as it was written.
      if (step === undefined) return null;
      const first = monthOf(step);
      month = first.getMonth() + 1;
      year = first.getFullYear();
    }
    return dayReading(year, month, dayOfMonth);
  },
};

/** Whether the month that begins on `first` has the day, falling on the weekday. */
function dayOnWeekday(first: Day, dayOfMonth: number, weekdayWritten: number): boolean {
  return dayOfMonth <= monthBounds(first.getFullYear(), first.getMonth() + 1)[1].getDate() && weekday(utcDay(first.getFullYear(), first.getMonth() + 1, dayOfMonth)) === weekdayWritten;
}

/** The day of a month in a year, when the month has it. */
function dayReading(year: number, month: number, dayOfMonth: number): Timex | null {
  if (dayOfMonth < 1 || dayOfMonth > monthBounds(year, month)[1].getDate()) return null;
  const day = utcDay(year, month, dayOfMonth);
  return { type: 'DATE', value: isoDay(day), date: onDay(day), relative: true };
}

/**
 * A month and its day before a word opening with "am" or "pm" ("on June 15 amid protests", "on
 * Sunday, March 2 among the first"): chrono's month-day pattern takes the word for "a.m." or
 * "p.m." and reads nothing. Its year is chosen as chrono's readings choose it: by the clause's
 * tense, then by the weekday written beside it.
 */
export const monthDayBeforeAmWord: Rule = {
  name: 'month-day-before-am-word',
  examples: [
    { text: 'Police cleared the square on June 15 amid protests.', ref: '2025-06-20', finds: 'June 15', value: '2025-06-15' },
    { text: 'The ceasefire began on Sunday, March 2 amid heavy shelling.', ref: '2025-03-05', finds: 'Sunday, March 2', value: '2025-03-02' },
    { text: 'Elections will be held on October 12 amid tight security.', ref: '2025-06-20', finds: 'October 12', value: '2025-10-12' },
    { text: 'Trading resumed on Jan. 6 amid heavy selling.', ref: '2025-06-20', finds: 'Jan. 6', value: '2025-01-06' },
    { text: 'Voters go to the polls on Sunday, March 1 amid fears of unrest.', ref: '2026-02-20', finds: 'Sunday, March 1', value: '2026-03-01' },
    { text: 'The talks resumed on Sunday, March 1 amid fresh strikes.', ref: '2026-02-20', finds: 'Sunday, March 1', value: '2026-03-01' },
  ],
  pattern: new RegExp(String.raw`(?:(${WEEKDAY_NAME}),?\s+)?(${MONTH_PATTERN})\s+([12]?\d|3[01])(?:st|nd|rd|th)?(?=\s+(?:am|pm)[a-z])`),
  read: ({ groups, reference, tense, pastAct }) => {
    const [, weekdayName, monthName, day] = groups;
    const month = monthNumber(monthName ?? '');
    const dayOfMonth = Number(day);
    if (!month) return null;
    const byTense = yearOfMonthDay(reference, month, dayOfMonth, tense('clause'), pastAct());
    return dayReading(yearOfWeekday(byTense, month, dayOfMonth, weekdayName ? weekdayNumber(weekdayName) : null), month, dayOfMonth);
  },
};

/**
 * A day that comes back each month: "on the 15th of each month" is TimeML's SET XXXX-XX-15;
 * "the first Monday of every month", "the last Friday of the month" (with "each"/"every"
 * before or "of every month" after) repeat monthly (P1M), which no TimeML date value spells.
 * "each month" alone is the recurrence rule's.
 */
export const dayOfEachMonth: Rule = {
  name: 'day-of-each-month',
  examples: [
    { text: 'Rent is due on the 15th of each month.', ref: '2026-02-25', finds: 'the 15th of each month', value: 'XXXX-XX-15' },
    { text: 'The committee meets on the first Monday of every month.', ref: '2026-02-25', finds: 'the first Monday of every month', value: 'P1M' },
    { text: 'Payments go out on the last working day of each month.', ref: '2026-02-25', finds: 'the last working day of each month', value: 'P1M' },
  ],
  pattern: new RegExp(
    String.raw`(?:the|every|each)\s+(?:([12]?\d|3[01])(?:st|nd|rd|th)|(${ORDINAL_PATTERN})\s+(?:(?:working|business|week)\s*day|${WEEKDAY_NAME}|day))\s+of\s+(?:each|every|the)\s+(calendar\s+)?month`,
  ),
  read: ({ groups, text }) => {
    const [, dayOfMonth] = groups;
    // "the 15th of the month" repeats only after "every"/"each": alone it is one month's day.
    if (/^the\s/i.test(text) && /\sof\s+the\s/i.test(text)) return null;
    if (dayOfMonth) return { type: 'SET', value: `XXXX-XX-${dayOfMonth.padStart(2, '0')}` };
    return { type: 'SET', value: 'P1M' };
  },
};
