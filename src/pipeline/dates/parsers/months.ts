/** Rules for month names chrono misses (chrono reads the rest; see refiners/chronoReadings.ts). */
import { isoMonth } from '../calendar.ts';
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
