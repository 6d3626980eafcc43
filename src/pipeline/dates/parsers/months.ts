/** Month names as news writes them: "March", "Sept.", "Oct". */
import { isoMonth } from '../calendar.ts';
import { yearOfMonthAfter } from '../monthYearWords.ts';
import { inMonth } from '../resolved.ts';
import type { Rule } from './rule.ts';

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

const names = Object.keys(MONTHS).sort((a, b) => b.length - a.length);
/** Full names, or abbreviations with an optional dot ("Sept.", "Oct"). */
export const MONTH_PATTERN = String.raw`(?:${names.map((name) => (name.length <= 4 && name !== 'june' && name !== 'july' ? String.raw`${name}\.?` : name)).join('|')})`;

export function monthNumber(text: string): number | undefined {
  return MONTHS[text.toLowerCase().replace(/\.$/, '')];
}

/**
 * "signed last May", "next May": chrono takes a bare "May" for the verb unless a preposition
 * comes first; after last/past/this/next and written with its capital, it is the month.
 */
export const relativeMay: Rule = {
  name: 'relative-may',
  pattern: /(last|past|this|next)\s+May/,
  read: ({ groups, text, reference }) => {
    if (!text.endsWith('May')) return null;
    const year = yearOfMonthAfter(groups[1] ?? '', 5, reference);
    return { type: 'DATE', value: isoMonth(year, 5), date: inMonth(year, 5), relative: true };
  },
};
