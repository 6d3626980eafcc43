/**
 * Rules for the periods of business reporting: "the third quarter", "fourth-quarter", "this
 * year's first quarter", "the 1988 third quarter", "the year-ago quarter", "the latest period",
 * "year-earlier results", "the last half of 1989". Read alone they fall back on the calendar
 * (the last completed quarter, the year before the reference); refiners/reportingQuarter.ts
 * then reads them against the quarter the text reports on.
 */
import { type Day, utcDay } from '../calendar.ts';
import type { Timex } from '../model.ts';
import { MONTH_PATTERN, monthNumber } from '../lexicon/calendar.ts';
import { ORDINAL_PATTERN, parseOrdinal } from '../lexicon/numbers.ts';
import { between, inYear } from '../resolved.ts';
import { quarterOf, quarterTimex } from './periods.ts';
import type { Rule } from './rule.ts';
import { FIELD_GAME_WORDS, GAME_WORDS, MONEY_WORDS, OUTPUT_WORDS, YEARS_COMPARED_AFTER } from '../lexicon/reporting.ts';

const YEAR = String.raw`(?:19|20)\d\d`;
const YEAR_EARLIER = String.raw`year[-‐‑](?:earlier|ago)`;
/** Words that compare with the same period a year before. */
export const COMPARISON = new RegExp(String.raw`\b${YEAR_EARLIER}\b|\b(?:a|one)\s+year\s+(?:ago|earlier|before)\b|\blast\s+year['’]s\b|\bperiod\s+last\s+year$`, 'i');

const MODIFIERS = String.raw`(?:(?:${ORDINAL_PATTERN}|latest|current|past|previous|recent|most\s+recent|${YEAR_EARLIER}|comparable|corresponding|same|fiscal|calendar)[\s-]+)*`;

const MODIFIER_WORD = new RegExp(String.raw`${YEAR_EARLIER}|[^\s-]+`, 'g');
const YEAR_STEP: Record<string, number> = { this: 0, the: 0, last: -1, next: 1 };

function lastCompletedQuarter(reference: Day): [number, number] {
  const current = quarterOf(reference);
  return current === 1 ? [reference.getFullYear() - 1, 4] : [reference.getFullYear(), current - 1];
}

export const quarter: Rule = {
  name: 'quarter',
  examples: [
    { text: 'Profit fell in the third quarter.', ref: '1998-11-20', finds: 'the third quarter', value: '1998-Q3' },
    { text: 'Profit fell in the fourth quarter of last year.', ref: '1998-11-20', finds: 'the fourth quarter of last year', value: '1997-Q4' },
    // "of the year": the year of the reference, begun or not.
    { text: 'The final quarter of the year is usually strong.', ref: '1998-08-12', finds: 'The final quarter of the year', value: '1998-Q4' },
    { text: "Sales rose in the year's first quarter.", ref: '1999-11-17', finds: "the year's first quarter", value: '1999-Q1' },
    { text: "Earnings for 1998's fourth quarter were restated.", ref: '1999-11-17', finds: "1998's fourth quarter", value: '1998-Q4' },
  ],
  pattern: new RegExp(
    // A year in the possessive names the quarter's year, as "of" after it does: "the year's first
    // quarter" (the reference's), "1998's fourth quarter".
    String.raw`(?:(this|last|next|the)\s+year['’]s\s+|the\s+(${YEAR})\s+|(${YEAR})['’]s\s+)?((?:the|that)\s+(?!\S+-quarter\b))?(${MODIFIERS})quarter` +
      // "of 1998", "of fiscal 1998", "of last year": the year the quarter is in; "of the year" the reference's.
      String.raw`(?:\s+of\s+(?:fiscal\s+)?(${YEAR})|\s+of\s+(this|last|next|the)\s+year|\s+(a\s+year\s+(?:ago|earlier)|last\s+year))?`,
  ),
  read: ({ groups, reference, tense }) => {
    const [, yearWordBefore, yearBefore, yearPossessive, the, modifiers = '', yearAfter, yearWordAfter, yearAgo] = groups;
    const yearWord = yearWordBefore ?? yearWordAfter;
    if (!the && !modifiers.trim() && !yearWord && !yearBefore) return null; // "quarter" alone is a fraction
    const words: string[] = modifiers.toLowerCase().match(MODIFIER_WORD) ?? [];
    const ordinal = words.map(parseOrdinal).find((n) => n !== undefined);
    let [year, number] = lastCompletedQuarter(reference);
    if (ordinal !== undefined) {
      number = ordinal === -1 ? 4 : ordinal;
      if (number > 4) return null;
      year = reference.getFullYear();
      // A quarter not yet begun is last year's unless the clause speaks of the future.
      if (!yearWord && number > quarterOf(reference) && tense() !== 'future') year--;
    } else if (words.includes('current')) {
      [year, number] = [reference.getFullYear(), quarterOf(reference)];
    }
    if (yearWord) year = reference.getFullYear() + (YEAR_STEP[yearWord.toLowerCase()] ?? 0);
    if (yearAgo || words.some((w) => w.startsWith('year'))) year--;
    const written = yearBefore ?? yearPossessive ?? yearAfter;
    return quarterTimex(written ? Number(written) : year, number);
  },
};

/**
 * A quarter named by its months, as Japanese and Indian companies report theirs ("the
 * April-June quarter" is the second calendar quarter), or by its last month, as Australian and
 * New Zealand statistics do ("the March quarter", "the September quarter"); one not yet begun is
 * last year's unless the clause looks ahead.
 */
export const quarterOfMonths: Rule = {
  name: 'quarter-of-months',
  examples: [
    { text: 'Results for the April-June quarter are due in August.', ref: '2025-04-28', finds: 'the April-June quarter', value: '2025-Q2' },
    { text: 'Profit rose in the October-December quarter.', ref: '2026-02-10', finds: 'the October-December quarter', value: '2025-Q4' },
    { text: 'Annual inflation was 2.5 percent in the March quarter.', ref: '2025-06-11', finds: 'the March quarter', value: '2025-Q1' },
    { text: 'The economy shrank in the September quarter, the bureau said.', ref: '2026-02-10', finds: 'the September quarter', value: '2025-Q3' },
    // The months joined by a range word, as by a dash.
    { text: 'Disbursements in the April-to-June quarter trailed the plan.', ref: '2025-09-04', finds: 'the April-to-June quarter', value: '2025-Q2' },
    { text: 'Net income fell in the July through September quarter.', ref: '1998-11-20', finds: 'the July through September quarter', value: '1998-Q3' },
    { text: 'Exports rose in the October to December quarter, customs said.', ref: '2001-02-14', finds: 'the October to December quarter', value: '2000-Q4' },
  ],
  pattern: new RegExp(String.raw`the\s+(?:(${MONTH_PATTERN})(?:\s*[-‐‑–]\s*|[\s-]+(?:to|through|thru)[\s-]+))?(${MONTH_PATTERN})\s+quarter`),
  read: ({ groups, reference, tense }) => {
    const last = monthNumber(groups[2] ?? '') ?? 0;
    const first = groups[1] === undefined ? last - 2 : (monthNumber(groups[1]) ?? 0);
    if (first % 3 !== 1 || last !== first + 2) return null;
    const number = (first + 2) / 3;
    const year = number > quarterOf(reference) && tense() !== 'future' ? reference.getFullYear() - 1 : reference.getFullYear();
    return quarterTimex(year, number);
  },
};

/** "the latest period", "the 1988 period", "the year-ago period", "the corresponding period last year". */
export const reportingPeriod: Rule = {
  name: 'reporting-period',
  examples: [
    { text: 'Sales in the latest period rose.', ref: '1989-11-02', finds: 'the latest period', value: '1989-Q3' },
  ],
  pattern: new RegExp(
    String.raw`the\s+(?:(latest|comparable|corresponding|${YEAR_EARLIER})|(${YEAR}))\s+period(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?`,
  ),
  read: ({ groups, text, reference }) => {
    let [year, number] = lastCompletedQuarter(reference);
    if (groups[2]) year = Number(groups[2]);
    else if (COMPARISON.test(text)) year--;
    else if (!/latest/i.test(text)) return null; // "the comparable period" alone: compared with what?
    return quarterTimex(year, number);
  },
};

/** "year-earlier results", "a year-ago loss": the year before, until the text's quarter says better. */
export const yearEarlier: Rule = {
  name: 'year-earlier',
  examples: [
    { text: 'Year-earlier results included a gain.', ref: '1998-11-20', finds: 'Year-earlier', value: '1997' },
  ],
  pattern: new RegExp(String.raw`${YEAR_EARLIER}(?!\s+(?:\w+\s+)?(?:nine|six|three|twelve|\d+)\s+months)`),
  read: ({ reference }): Timex => {
    const year = reference.getFullYear() - 1;
    return { type: 'DATE', value: String(year), date: inYear(year), relative: true };
  },
};

/**
 * "the first half", "the second half" with no year, in a report of money or output ("expect the
 * surplus to widen in the second half", "sales rose 5 percent in the first half"): the half of
 * the reference's year; one not yet begun is last year's unless the clause looks ahead, as a
 * quarter is. A match's halves ("scored in the second half") are no time: the words of money must
 * be in the sentence, those of a game not.
 */
export const halfAlone: Rule = {
  name: 'half-alone',
  examples: [
    { text: 'Economists expect the surplus to widen in the second half.', ref: '1999-03-09', finds: 'the second half', value: '1999-H2' },
    { text: 'Sales rose 5 percent in the first half, the company said.', ref: '1998-08-12', finds: 'the first half', value: '1998-H1' },
    { text: 'Profit fell in the second half.', ref: '1999-03-09', finds: 'the second half', value: '1998-H2' },
    { text: 'Officials expect trade with Japan to recover in the second half as demand returns.', ref: '1999-04-20', finds: 'the second half', value: '1999-H2' },
    { text: 'Consumer spending slowed in the first half, the bank said.', ref: '2000-09-12', finds: 'the first half', value: '2000-H1' },
    { text: 'The airline reported its best first half since 2019 as ticket sales rose.', ref: '2025-08-01', finds: 'first half', value: '2025-H1' },
    { text: 'Retailers had the weakest second half in a decade, with sales down 3 percent.', ref: '2024-02-10', finds: 'second half', value: '2023-H2' },
    { text: 'The port had its quietest first half on record, its owners said.', ref: '2025-07-20', finds: 'first half', value: '2025-H1' },
    { text: 'The chain said first-half profit fell 4 percent.', ref: '2025-08-01', finds: 'first-half', value: '2025-H1' },
    { text: 'Second-half sales will pick up, the brewer said.', ref: '2025-08-01', finds: 'Second-half', value: '2025-H2' },
  ],
  // Or after a superlative, which TimeML leaves out of the expression with its determiner: "its busiest first half".
  // Or as a compound before its noun, as "third-quarter" is: "first-half profit", "second-half sales".
  pattern: /(?:the\s+|(?<=\b(?:the|its|their|our|his|her)\s+(?:best|worst|\w+est)\s+)|\b(?=(?:first|second)[-‐‑]half\s+[a-z]))(first|second|latter)(?:\s+|(?<=first|second)[-‐‑])half(?!\s+of\b)/,
  read: ({ groups, text, reference, tense, earlierInSentence, after }) => {
    const sentence = `${earlierInSentence()} ${after.split(/[.!?](?:\s|$)/)[0] ?? ''}`;
    const comparedAcrossYears = !/^the\b/i.test(text) && YEARS_COMPARED_AFTER.test(after);
    if (!(MONEY_WORDS.test(sentence) || OUTPUT_WORDS.test(sentence) || comparedAcrossYears) || GAME_WORDS.test(sentence) || FIELD_GAME_WORDS.test(sentence)) return null;
    const half = /^first$/i.test(groups[1] ?? '') ? 1 : 2;
    const current = reference.getMonth() < 6 ? 1 : 2;
    const year = half > current && tense() !== 'future' ? reference.getFullYear() - 1 : reference.getFullYear();
    const date = between(utcDay(year, half * 6 - 5, 1), utcDay(year, half * 6 + 1, 0));
    return { type: 'DATE', value: `${year}-H${half}`, date };
  },
};

/** "the last half of 1989", "the first two quarters of 1990": a half year (1989-H2). */
const YEAR_OFFSETS: Record<string, number> = { this: 0, the: 0, last: -1, next: 1 };

export const halfYear: Rule = {
  name: 'half-year',
  examples: [
    { text: 'Earnings will be lower for the last half of 1989.', ref: '1989-10-26', finds: 'the last half of 1989', value: '1989-H2' },
    { text: 'Output rose in the first half of this year.', ref: '1998-08-12', finds: 'the first half of this year', value: '1998-H1' },
    { text: 'Sales fell in the first half of the year.', ref: '1998-08-12', finds: 'the first half of the year', value: '1998-H1' },
    { text: "Growth should pick up in this year's second half.", ref: '1999-11-17', finds: "this year's second half", value: '1999-H2' },
    { text: "Profit in 1998's first half was restated.", ref: '1999-11-17', finds: "1998's first half", value: '1998-H1' },
  ],
  // "of the year" is the reference's, as "the year" alone is (year-alone's theYear).
  // Or the year in the possessive before it: "this year's second half", "the year's first half", "1998's second half".
  pattern: new RegExp(
    String.raw`(?:(?:the\s+)?(first|second|last|latter)\s+(?:half|two\s+quarters)\s+of\s+(?:(${YEAR})|(this|last|next|the)\s+year)` +
      String.raw`|(?:(this|last|next|the)\s+year['’]s|(${YEAR})['’]s)\s+(first|second|last|latter)\s+(?:half|two\s+quarters))`,
  ),
  read: ({ groups, reference }) => {
    const [, ordinalAfter, yearAfter, yearWordAfter, yearWordBefore, yearBefore, ordinalBefore] = groups;
    const offset = YEAR_OFFSETS[(yearWordAfter ?? yearWordBefore)?.toLowerCase() ?? ''];
    const year = offset === undefined ? Number(yearAfter ?? yearBefore) : reference.getFullYear() + offset;
    const half = /^first$/i.test(ordinalAfter ?? ordinalBefore ?? '') ? 1 : 2;
    const date = between(utcDay(year, half * 6 - 5, 1), utcDay(year, half * 6 + 1, 0));
    return { type: 'DATE', value: `${year}-H${half}`, date };
  },
};
