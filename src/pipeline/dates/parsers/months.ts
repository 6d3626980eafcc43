/** Rules for month names chrono misses (chrono reads the rest; see refiners/chronoReadings.ts). */
import { isoMonth } from '../calendar.ts';
import { MONTH_PATTERN, monthNumber } from '../lexicon/calendar.ts';
import { MONTH_FIGURES, OCCASIONS } from '../lexicon/occasions.ts';
import { alternation } from '../lexicon/verbs.ts';
import type { Timex } from '../model.ts';
import { yearOfMonth } from '../yearChoice.ts';
import { YEAR_STEP, yearOfMonthAfter } from '../monthYearWords.ts';
import { inMonth } from '../resolved.ts';
import type { Rule } from './rule.ts';

/**
 * "signed last May", "next May": chrono takes a bare "May" for the verb unless a preposition
 * comes first; after last/past/this/next and written with its capital, it is the month.
 */
export const relativeMay: Rule = {
  name: 'relative-may',
  examples: [
    { text: 'The law was signed last May.', ref: '1998-11-20', finds: 'last May', value: '1998-05' },
  ],
  pattern: /(last|past|this|next)\s+May/,
  read: ({ groups, text, reference }) => {
    if (!text.endsWith('May')) return null;
    const year = yearOfMonthAfter(groups[1] ?? '', 5, reference);
    return { type: 'DATE', value: isoMonth(year, 5), date: inMonth(year, 5), relative: true };
  },
};

const monthIn = (year: number, month: number): Timex => ({ type: 'DATE', value: isoMonth(year, month), date: inMonth(year, month), relative: true });
const mayIn = (year: number): Timex => monthIn(year, 5);

/**
 * "collapsed by May.", "until May", "since May, …", "in mid-May", "the end of May", "from
 * January to May this year", "January-May", "between June 1999 and May": where a preposition of
 * time, a part of a month or another month (with its year or not) stands before it, a capital May is the month (chrono reads it only after "in").
 */
const MAY_BEFORE = String.raw`(?:\b(?:by|until|till|since|from|through|throughout|before|after|to|during|of|between)\s+(?:(?:early|mid|late)[\s-]+)?|\b(?:in|at|on)\s+(?:early|mid|late)[\s-]+|\bmid[-‐‑–\s]|${MONTH_PATTERN}(?:\s+(?:19|20)\d\d)?\s*(?:[-‐‑–]|\s(?:to|and|or|through|till|until)\s)\s*)`;
// What may follow the month: a stop, a conjunction, a year's words, or the noun of a span after a range ("the January-May period": no modal stands before a noun).
const MAY_AFTER = String.raw`\s*[.,;:)]|\s*$|\s+(?:and|or|to|through|until|when|the|he|she|it|they|we)\b|\s+(?:period|quarter|months|season|stretch)\b|\s+(?:of\s+)?(?:this|last|next|that|the\s+same|the\s+following|the\s+previous)\s+year\b`;

export const mayAfterPreposition: Rule = {
  name: 'may-after-preposition',
  examples: [
    { text: 'The talks had collapsed by May.', ref: '1998-08-12', finds: 'May', value: '1998-05' },
    { text: 'He has worked here since May.', ref: '1998-08-12', finds: 'May', value: '1998-05' },
    { text: 'In 1940 the city fell. By May the government had fled.', ref: '1998-08-12', finds: 'May', value: '1940-05' },
    { text: 'The plan was approved in mid-May.', ref: '1998-08-12', finds: 'mid-May', value: '1998-05' },
    { text: 'Talks resumed in late May.', ref: '1998-08-12', finds: 'late May', value: '1998-05' },
    { text: 'The ministry said output fell at the end of May.', ref: '1998-08-12', finds: 'the end of May', value: '1998-05' },
    { text: 'Exports rose 12 percent from January to May this year.', ref: '1998-08-12', finds: 'May this year', value: '1998-05' },
    { text: 'Exports rose 12 percent in January-May.', ref: '1998-08-12', finds: 'May', value: '1998-05' },
    { text: 'Imports during the January-May period fell 4 percent.', ref: '1999-06-05', finds: 'May', value: '1999-05' },
    { text: 'Sales in the March to May quarter were flat.', ref: '1999-06-05', finds: 'May', value: '1999-05' },
    { text: 'The bank raised its rate four times between August 1999 and May to cool prices.', ref: '2000-11-14', finds: 'May', value: '2000-05' },
    // A plan moved to May is a May ahead, whatever the tense of the moving (cues.ts "postponed until"), as chrono's other months are read.
    { text: 'The star party on Saturday was moved to May.', ref: '2058-03-13', finds: 'May', value: '2058-05' },
    { text: 'The regatta was pushed back to May, the club said.', ref: '2031-02-20', finds: 'May', value: '2031-05' },
    { text: 'The choir festival had been postponed until May.', ref: '2040-01-09', finds: 'May', value: '2040-05' },
  ],
  // The lookbehind after the word: the text is scanned for "May" first.
  // "May this year": TimeML puts the year's words inside the expression (as monthYearWords.ts does for chrono's months).
  pattern: new RegExp(String.raw`May(?<=${MAY_BEFORE}May)(?:,?\s+(this|last|next)\s+year\b|(?=${MAY_AFTER}))`),
  read: ({ text, groups, reference, signalled }) => {
    if (!text.startsWith('May')) return null;
    const step = groups[1] ? YEAR_STEP[groups[1].toLowerCase()] : undefined;
    return mayIn(step === undefined ? yearOfMonth(reference, 5, signalled('clause')) : reference.getFullYear() + step);
  },
  // In a story about the past, the month of its scene's year.
  readIn: ({ text }, year) => (text === 'May' ? mayIn(year) : null),
};

/**
 * "the wettest May on record", "the busiest May since 1990", "the worst May ever": a capital May
 * after "the" and a superlative, before a comparison's record, is the month measured (a modal
 * never stands there), in the year its clause's tense says, as after a preposition.
 */
export const mayAfterSuperlative: Rule = {
  name: 'may-after-superlative',
  examples: [
    { text: 'It was the warmest May on record, forecasters said.', ref: '1998-06-10', finds: 'May', value: '1998-05' },
    { text: 'Airlines flew the busiest May since 1990 last year.', ref: '1999-03-10', finds: 'May', value: '1998-05' },
    { text: 'Retailers reported their worst May ever.', ref: '2000-06-08', finds: 'May', value: '2000-05' },
  ],
  // The lookbehind after the word: the text is scanned for "May" first.
  pattern: /May(?<=\b(?:the|their|its|our)\s+(?:[a-z]+est|best|worst)\s+May)(?=\s+(?:on\s+record|since|ever|in\s+(?:\d|decades|years|memory))\b|\s*[.,;:]|\s*$)/,
  read: ({ reference, tense }) => mayIn(yearOfMonth(reference, 5, tense('clause'))),
  readIn: (_expression, year) => mayIn(year),
};

/**
 * "the May elections", "tickets for the May fixtures": a capital May between a determiner and
 * an occasion it dates (lexicon/occasions.ts) is the month, in the year its clause's tense says;
 * so is May after a month's figures and "for" ("payrolls for May rose"), whatever follows it,
 * where "support for May" may be Theresa May's: the nearest May, the tense being the figures'.
 */
export const mayBeforeOccasion: Rule = {
  name: 'may-before-occasion',
  examples: [
    { text: 'Tickets for the May fixtures go on sale next month.', ref: '1998-10-16', finds: 'May', value: '1999-05' },
    { text: 'The May elections were a disaster for the party.', ref: '2026-03-12', finds: 'May', value: '2025-05' },
    { text: 'Retail sales figures for May are due on Thursday.', ref: '2025-06-10', finds: 'May', value: '2025-05' },
    { text: 'Payrolls for May rose by 139,000, the department said.', ref: '2025-06-10', finds: 'May', value: '2025-05' },
  ],
  pattern: new RegExp(
    String.raw`May(?<=\b(?:the|a|an|its|their|this|next|last|of)\s+May)(?=\s+(?:local\s+|general\s+|parliamentary\s+|presidential\s+)?(?:${alternation(OCCASIONS)})\b)` +
      String.raw`|May(?<=\b(?:${alternation(MONTH_FIGURES)})\s+for\s+May)`,
  ),
  // The figures' month is the nearest May, whatever the clause tells of the figures ("are due", "will show").
  read: ({ text, reference, tense, before }) => (text === 'May' ? mayIn(yearOfMonth(reference, 5, /\bfor\s+$/i.test(before) ? undefined : tense('clause'))) : null),
  readIn: ({ text }, year) => (text === 'May' ? mayIn(year) : null),
};

/**
 * "That January, the sea froze": a month after "that" points back to the year a story last
 * named (refiners/narrative.ts); read alone, the month its tense says. Capital only: "a law
 * that may change" is no month.
 */
export const thatMonth: Rule = {
  name: 'that-month',
  examples: [
    { text: 'The last great freeze was in 1963. That January, the sea froze at Herne Bay.', ref: '2026-01-09', finds: 'That January', value: '1963-01' },
    { text: 'Prices rose in that March, officials said.', ref: '1998-11-20', finds: 'that March', value: '1998-03' },
  ],
  pattern: new RegExp(String.raw`that\s+(${MONTH_PATTERN})(?![\s.]*\d)`),
  read: ({ groups, reference, tense }) => {
    const month = monthOf(groups[1]);
    return month ? monthIn(yearOfMonth(reference, month, tense('clause')), month) : null;
  },
  readIn: ({ groups }, year) => {
    const month = monthOf(groups[1]);
    return month ? monthIn(year, month) : null;
  },
};

/** The month of a name written with its capital ("May", not the verb "may"). */
const monthOf = (name = ''): number | undefined => (/^[A-Z]/.test(name) ? monthNumber(name) : undefined);
