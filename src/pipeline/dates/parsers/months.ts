/** Rules for month names chrono misses (chrono reads the rest; see refiners/chronoReadings.ts). */
import { isoMonth } from '../calendar.ts';
import type { Timex } from '../model.ts';
import { yearOfMonth } from '../yearChoice.ts';
import { yearOfMonthAfter } from '../monthYearWords.ts';
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

const mayIn = (year: number): Timex => ({ type: 'DATE', value: isoMonth(year, 5), date: inMonth(year, 5), relative: true });

/**
 * "collapsed by May.", "until May", "since May, …": after a preposition of time and before the
 * end of its phrase, a capital May is the month (chrono reads it only after "in").
 */
export const mayAfterPreposition: Rule = {
  name: 'may-after-preposition',
  examples: [
    { text: 'The talks had collapsed by May.', ref: '1998-08-12', finds: 'May', value: '1998-05' },
    { text: 'He has worked here since May.', ref: '1998-08-12', finds: 'May', value: '1998-05' },
    { text: 'In 1940 the city fell. By May the government had fled.', ref: '1998-08-12', finds: 'May', value: '1940-05' },
  ],
  // The lookbehind after the word: the text is scanned for "May" first.
  pattern: /May(?<=\b(?:by|until|till|since|from|through|before|after|to|during)\s+(?:(?:early|mid|late)[\s-]+)?May)(?=\s*[.,;:)]|\s*$|\s+(?:and|or|to|through|until|when|the|he|she|it|they|we)\b)/,
  read: ({ text, reference, tense }) => (text === 'May' ? mayIn(yearOfMonth(reference, 5, tense('clause'))) : null),
  // In a story about the past, the month of its scene's year.
  readIn: ({ text }, year) => (text === 'May' ? mayIn(year) : null),
};
