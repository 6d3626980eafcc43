/**
 * A weekday counted on by whole weeks, as British and American news write a day past the
 * coming week: "Tuesday week", "a week on Friday", "a fortnight on Monday", "a week last
 * Friday", "a week from Thursday", "a week today"; and a week before the weekday "last" names
 * or after the one "next" names: "a week ago Monday", "last Monday week", "next Friday week", "the
 * Friday before last", "Thursday after next", and the reference a week back: "a week ago today".
 * One day, not the weekday and a week's stretch, nor the
 * weekday nearest the reference beside a separate "last".
 */
import { type Day, isoDay, shift, weekBounds, weekday } from '../calendar.ts';
import { MONTH_PATTERN, PARTS_OF_DAY, PART_OF_DAY_PATTERN, WEEKDAY_NAME, monthNumber, weekdayNumber } from '../lexicon/calendar.ts';
import { ORDINAL_PATTERN, parseOrdinal } from '../lexicon/numbers.ts';
import type { Timex } from '../model.ts';
import { onDay } from '../resolved.ts';
import { yearOfDay } from '../yearChoice.ts';
import { nthWeekday } from './holidays.ts';
import { dayTimex, weekendAround } from './periods.ts';
import type { Rule, RuleMatch } from './rule.ts';

const WEEKS: Record<string, number> = { week: 1, fortnight: 2, 'two weeks': 2 };
const DAY_WORDS: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1 };

/** The named weekday after the reference ("on Friday", "from Friday"), or before it ("last Friday"). */
function weekdayFrom(reference: Day, name: string, back: boolean): Day {
  const lower = name.toLowerCase();
  if (lower in DAY_WORDS) return shift(reference, 'day', DAY_WORDS[lower] ?? 0);
  const gap = (weekdayNumber(lower) - weekday(reference) + 7) % 7;
  return back ? shift(reference, 'day', gap === 0 ? -7 : gap - 7) : shift(reference, 'day', gap === 0 ? 7 : gap);
}

export const weekdayWeeksOn: Rule = {
  name: 'weekday-weeks-on',
  examples: [
    // 2026-02-25 is a Wednesday: the coming Tuesday is March 3, a week on, March 10.
    { text: 'MPs will vote on Tuesday week.', ref: '2026-02-25', finds: 'Tuesday week', value: '2026-03-10' },
    { text: 'The prime minister will visit Paris a week on Friday.', ref: '2026-02-25', finds: 'a week on Friday', value: '2026-03-06' },
    { text: 'The inquiry reopens a fortnight on Monday.', ref: '2026-02-25', finds: 'a fortnight on Monday', value: '2026-03-16' },
    { text: 'He was charged a week last Friday.', ref: '2026-02-25', finds: 'a week last Friday', value: '2026-02-13' },
    { text: 'The jury will return a week from Thursday.', ref: '2026-02-25', finds: 'a week from Thursday', value: '2026-03-05' },
    { text: 'The results are due a week today.', ref: '2026-02-25', finds: 'a week today', value: '2026-03-04' },
    // The weekday a week before the one "last" names, or after the one "next" names.
    { text: 'The mill shut a week ago Monday.', ref: '2026-02-25', finds: 'a week ago Monday', value: '2026-02-16' },
    { text: 'The mill shut last Monday week.', ref: '2026-02-25', finds: 'last Monday week', value: '2026-02-16' },
    { text: 'The ferry sank on the Friday before last.', ref: '2026-02-25', finds: 'the Friday before last', value: '2026-02-13' },
    { text: 'Voting opens on Thursday after next.', ref: '2026-02-25', finds: 'Thursday after next', value: '2026-03-05' },
    // "next" names the coming Friday (February 27), as in "Thursday after next"; the week is on from it.
    { text: 'The strike begins next Friday week.', ref: '2026-02-25', finds: 'next Friday week', value: '2026-03-06' },
    { text: 'The dam gave way a week ago today.', ref: '2026-02-25', finds: 'a week ago today', value: '2026-02-18' },
    { text: 'Shares peaked a fortnight ago today.', ref: '2026-02-25', finds: 'a fortnight ago today', value: '2026-02-11' },
  ],
  pattern: new RegExp(
    String.raw`(?:a|one)\s+(week|fortnight)\s+(on|from|last|ago)\s+(${WEEKDAY_NAME}|today|tomorrow|yesterday)|(?:a|one)\s+(week|fortnight)\s+(today|tomorrow)|(?:(last)\s+|next\s+)?(${WEEKDAY_NAME}|tomorrow)\s+(week|fortnight)` +
      String.raw`|(?:the\s+)?(${WEEKDAY_NAME})\s+(before\s+last|after\s+next)`,
  ),
  read: ({ groups, reference }): Timex => {
    const [, unit, how, name, unitAfter, dayAfter, lastBefore, nameBefore, unitBefore, nameApart, apart] = groups;
    const weeks = WEEKS[(unit ?? unitAfter ?? unitBefore ?? 'week').toLowerCase()] ?? 1;
    const back = /^(?:last|ago)$/i.test(how ?? '') || lastBefore !== undefined || /^before/i.test(apart ?? '');
    const from = weekdayFrom(reference, name ?? dayAfter ?? nameBefore ?? nameApart ?? 'today', back);
    const day = shift(from, 'week', back ? -weeks : weeks);
    return dayTimex(day);
  },
};

/** Weeks from the reference's week that "last week", "next week", "the week before last" and "the week after next" name. */
const NEAR_WEEKS: Record<string, number> = { last: -1, next: 1, 'before last': -2, 'after next': 2 };

/**
 * A weekday named with the week it falls in, "last week" or "next week" after it, with or
 * without a part of the day or a comma between, or the week before last or after next:
 * "Thursday last week", "Monday morning last week", "Tuesday of next week", "Friday, last
 * week", "Wednesday of the week before last". One day, that weekday in the ISO week one or
 * two before or after the reference's; not the weekday nearest the reference beside a
 * separate week ("Friday evening" + "last week" read a Saturday paper's Friday last week as
 * the day before). Not before "'s": in "said on Friday last week's figures were wrong" the
 * week is the figures'.
 */
export const weekdayOfNearWeek: Rule = {
  name: 'weekday-of-near-week',
  examples: [
    // 2025-07-05 is a Saturday in 2025-W27: last week ran from Monday June 23 to Sunday June 29.
    { text: 'The ministers signed the accord on Friday last week.', ref: '2025-07-05', finds: 'Friday last week', value: '2025-06-27' },
    { text: 'They met on a humid Friday evening last week.', ref: '2025-07-05', finds: 'Friday evening last week', value: '2025-06-27TEV' },
    { text: 'The board resigned on Tuesday of last week.', ref: '2025-07-05', finds: 'Tuesday of last week', value: '2025-06-24' },
    { text: 'The ministers met on Friday, last week, to settle it.', ref: '2025-07-05', finds: 'Friday, last week', value: '2025-06-27' },
    { text: 'Looters struck on Thursday night, last week.', ref: '2025-07-05', finds: 'Thursday night, last week', value: '2025-06-26TNI' },
    { text: 'The treaty was signed on Monday of the week before last.', ref: '2025-07-05', finds: 'Monday of the week before last', value: '2025-06-16' },
    // A Sunday paper: its week ends that day, and the Sunday next week is a week on.
    { text: 'Voters go to the polls on Sunday next week.', ref: '2025-07-06', finds: 'Sunday next week', value: '2025-07-13' },
    { text: 'The court sits again on Monday morning of next week.', ref: '2025-07-06', finds: 'Monday morning of next week', value: '2025-07-07TMO' },
    { text: 'The fair opens on Saturday in the week after next.', ref: '2025-07-06', finds: 'Saturday in the week after next', value: '2025-07-19' },
  ],
  pattern: new RegExp(
    String.raw`(${WEEKDAY_NAME})(?:\s+(${PART_OF_DAY_PATTERN}))?(?:,?\s+(?:of\s+)?(last|next)\s+week|\s+(?:of|in)\s+the\s+week\s+(before\s+last|after\s+next))(?!['’]s)`,
  ),
  read: ({ groups, reference }): Timex => {
    const [, name = '', part, near, apart = ''] = groups;
    const weeks = NEAR_WEEKS[(near ?? apart.replace(/\s+/g, ' ')).toLowerCase()] ?? 0;
    const [monday] = weekBounds(shift(reference, 'week', weeks));
    const day = shift(monday, 'day', (weekdayNumber(name) + 6) % 7);
    return dayTimex(day, PARTS_OF_DAY[(part ?? '').toLowerCase()]);
  },
};

/**
 * A weekday counted within a month: "the last Sunday in March", "the second Tuesday of
 * November", "the first Monday in May 2027". One day, its year chosen as a month-day's is
 * (by the tense, or written); not chrono's "last Sunday" before the reference. A weekend is
 * counted so by its Saturday ("the first weekend of June", "the last weekend in October"), the
 * weekend as TimeML writes it (1999-W25-WE), not chrono's "last weekend" or a bare "weekend".
 */
export const weekdayOfMonth: Rule = {
  name: 'weekday-of-month',
  examples: [
    { text: 'The clocks go forward on the last Sunday in March.', ref: '2026-02-25', finds: 'the last Sunday in March', value: '2026-03-29' },
    { text: 'The vote was held on the second Tuesday of November.', ref: '2026-02-25', finds: 'the second Tuesday of November', value: '2025-11-11' },
    { text: 'The fair opens on the first Monday in May 2027.', ref: '2026-02-25', finds: 'the first Monday in May 2027', value: '2027-05-03' },
    { text: 'The regatta will be held on the last weekend of June.', ref: '2026-03-10', finds: 'the last weekend of June', value: '2026-W26-WE' },
    { text: 'Floods closed the valley road on the second weekend in February.', ref: '2026-03-10', finds: 'the second weekend in February', value: '2026-W07-WE' },
  ],
  pattern: new RegExp(String.raw`the\s+(${ORDINAL_PATTERN})\s+(${WEEKDAY_NAME}|weekend)\s+(?:of|in)\s+(${MONTH_PATTERN})(?:,?\s+((?:19|20)\d\d))?`),
  read: (match) => weekdayOfMonthIn(match, undefined),
  readIn: (match, year) => (match.groups[4] ? null : weekdayOfMonthIn(match, year)),
};

function weekdayOfMonthIn({ groups, reference, tense, pastAct }: RuleMatch, sceneYear: number | undefined): Timex | null {
  const [, ordinal = '', name = '', monthName = '', yearText] = groups;
  const n = parseOrdinal(ordinal);
  const month = monthNumber(monthName);
  if (!n || !month) return null;
  const weekend = /^weekend$/i.test(name);
  const dayIn = (year: number) => nthWeekday(year, month, weekdayNumber(weekend ? 'Saturday' : name), n);
  const year = yearText ? Number(yearText) : (sceneYear ?? yearOfDay(reference, dayIn, tense('clause'), pastAct()));
  const day = dayIn(year);
  if (day.getUTCMonth() + 1 !== month) return null;
  if (weekend) return { ...weekendAround(day), relative: !yearText };
  return { type: 'DATE', value: isoDay(day), date: onDay(day), relative: !yearText };
}
