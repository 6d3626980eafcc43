/**
 * A range of dates writes its year once, at its end: in "from January to May 1998", "between
 * March and June this year", "Dec. 28-Jan. 3, 1999" the first date is in the year the second
 * names (the year before, when its month comes later in the year: December to February 1998).
 * Its own year, chosen against the publication day, would split the range across two years.
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { annotate, readingOf } from '../annotation.ts';
import type { Example } from '../model.ts';
import { readInYear } from './narrative.ts';

const JOINED = /^\s*(?:[-‐‑–—]|to|and|or|through|thru|till|until)\s*$/i;
/** The end of the range names its year: a four-digit year, "'98", or "this/last/next year". */
const WRITTEN_YEAR = /(?:\b\d{4}|['’]\d\d|\b(?:this|last|next)\s+year)$/i;

/** The month (1–12) a reading falls in, if it is a month or a day of one. */
function monthOf(result: ParsingResult): { year: number; month: number } | undefined {
  const date = readingOf(result)?.date;
  if (!date || (date.precision !== 'month' && date.precision !== 'day')) return undefined;
  return { year: Number(date.start.slice(0, 4)), month: Number(date.start.slice(5, 7)) };
}

export const rangeSharesYear: Refiner = {
  refine(context, results) {
    for (const [i, first] of results.entries()) {
      const last = results[i + 1];
      if (!last || !JOINED.test(context.text.slice(first.index + first.text.length, last.index))) continue;
      const [from, to] = [monthOf(first), monthOf(last)];
      if (!from || !to || !WRITTEN_YEAR.test(last.text)) continue;
      const year = from.month > to.month ? to.year - 1 : to.year;
      if (year === from.year) continue;
      const moved = readInYear(first, year);
      if (moved) annotate(first, moved);
    }
    return results;
  },
};

export const RANGE_EXAMPLES: Example[] = [
  { text: 'Exports rose 12 percent from January to May this year.', ref: '2000-10-10', finds: 'January', value: '2000-01' },
  { text: 'Prices rose between March and June 1998.', ref: '2000-10-10', finds: 'March', value: '1998-03' },
  { text: 'Exports rose in January-March 1998.', ref: '2000-10-10', finds: 'January', value: '1998-01' },
  { text: 'The strike ran from December to February 1998.', ref: '2000-10-10', finds: 'December', value: '1997-12' },
  { text: 'The fair ran from March 30 to April 2, 1998.', ref: '2000-10-10', finds: 'March 30', value: '1998-03-30' },
];
