/**
 * A range of dates writes its year once, at its end: in "from January to May 1998", "between
 * March and June this year", "Dec. 28-Jan. 3, 1999" the first date is in the year the second
 * names (the year before, when its month comes later in the year: December to February 1998).
 * Its own year, chosen against the publication day, would split the range across two years.
 * And a range runs forward: an end that names no year and falls before its start is the next
 * one after it ("from June 14 to July 19" in February is this July, though last July is
 * nearer; "late Tuesday or early Wednesday" is the Wednesday after that Tuesday, "from Sunday,
 * June 15 to Tuesday" the Tuesday after the 15th).
 * But a range told in the past tense has ended before the telling: "exports rose in
 * January-May" or "output fell in the March to June quarter", written in February, are last
 * year's months, both of them, though this January is past.
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { annotate, readingOf } from '../annotation.ts';
import { isoDay, parseReferenceDay, shift } from '../calendar.ts';
import { referenceDayOf } from '../document.ts';
import { MONTH_PATTERN } from '../lexicon/calendar.ts';
import type { Example } from '../model.ts';
import { onDay } from '../resolved.ts';
import { tenseAt } from '../tense.ts';
import { readInYear } from './narrative.ts';

// The qualifier of the end is read later (qualifiers.ts): "late Tuesday or early Wednesday".
// The stop of an abbreviation may come first: "Jan.-Sept.".
const JOINED = /^\.?\s*(?:[-‐‑–—]|to|and|or|through|thru|till|until)\s*(?:(?:early|late|mid)[\s-]+)?$/i;
/** The end of the range names its year: a four-digit year, "'98", or "this/last/next year". */
const WRITTEN_YEAR = /(?:\b\d{4}|['’]\d\d|\b(?:this|last|next)\s+year)$/i;

/** The month (1–12) a reading falls in, if it is a month or a day of one. */
function monthOf(result: ParsingResult): { year: number; month: number } | undefined {
  const date = readingOf(result)?.date;
  if (!date || (date.precision !== 'month' && date.precision !== 'day')) return undefined;
  return { year: Number(date.start.slice(0, 4)), month: Number(date.start.slice(5, 7)) };
}

const WEEKDAY_ALONE = /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
// "and" lists as well as joins ("statements released Friday and Thursday"): only a range's words run forward.
const RUNS_TO = /^\.?\s*(?:[-‐‑–—]|to|or|through|thru|till|until)\s*(?:(?:early|late|mid)[\s-]+)?$/i;
const MONTH_NAMED = new RegExp(String.raw`\b${MONTH_PATTERN}(?![a-z])`, 'i');

/** The end of a range moved after its start: a weekday by weeks, a month or day by years. */
function runForward(first: ParsingResult, last: ParsingResult): void {
  const [start, end] = [readingOf(first)?.date, readingOf(last)?.date];
  const endReading = readingOf(last);
  if (!start || !end || !endReading || end.start >= start.start || WRITTEN_YEAR.test(last.text)) return;
  // "from Thursday to Saturday", "from Sunday, June 15 to Tuesday": the first such weekday from the start.
  if (start.precision === 'day' && WEEKDAY_ALONE.test(last.text) && end.precision === 'day') {
    let day = parseReferenceDay(end.start);
    while (day.getTime() < parseReferenceDay(start.start).getTime()) day = shift(day, 'week', 1);
    const value = endReading.value.replace(end.start, onDay(day).value);
    annotate(last, { ...endReading, value, date: onDay(day) });
    return;
  }
  const from = monthOf(first);
  const to = monthOf(last);
  if (!from || !to || !MONTH_NAMED.test(first.text) || !MONTH_NAMED.test(last.text)) return;
  const moved = readInYear(last, to.month < from.month || (to.month === from.month && end.start < start.start) ? from.year + 1 : from.year);
  if (moved) annotate(last, moved);
}

/**
 * A range of months told in the past tense whose end, read forward from its start, is still to
 * come at the telling ("rose in January-May" in February) is the last such range: both a year back.
 */
function endBeforeTelling(first: ParsingResult, last: ParsingResult, text: string, reference: string): void {
  const end = readingOf(last)?.date;
  const [from, to] = [monthOf(first), monthOf(last)];
  if (!end || !from || !to || end.start <= reference || WRITTEN_YEAR.test(last.text)) return;
  if (!MONTH_NAMED.test(first.text) || !MONTH_NAMED.test(last.text)) return;
  if (tenseAt(text, first.index, last.index + last.text.length, 'clause') !== 'past') return;
  const [movedFirst, movedLast] = [readInYear(first, from.year - 1), readInYear(last, to.year - 1)];
  if (!movedFirst || !movedLast) return;
  annotate(first, movedFirst);
  annotate(last, movedLast);
}

/**
 * A range of months named as a period ("the January-June period") told in a future clause whose
 * act concerns the period, not its months ("arrears for the January-June period will be paid",
 * written in July): the period of the reference's year, already over, not next year's. Only
 * when that one has ended before the telling: "the October-December period" ahead keeps its year.
 */
function periodAlreadyEnded(first: ParsingResult, last: ParsingResult, text: string, reference: string): void {
  const [from, to] = [monthOf(first), monthOf(last)];
  if (!from || !to || from.year !== to.year || to.year - 1 !== Number(reference.slice(0, 4)) || to.month >= Number(reference.slice(5, 7))) return;
  if (!NAMED_PERIOD.test(text.slice(last.index + last.text.length)) || WRITTEN_YEAR.test(last.text)) return;
  if (!MONTH_NAMED.test(first.text) || !MONTH_NAMED.test(last.text)) return;
  if (tenseAt(text, first.index, last.index + last.text.length, 'clause') !== 'future') return;
  const [movedFirst, movedLast] = [readInYear(first, from.year - 1), readInYear(last, to.year - 1)];
  if (!movedFirst || !movedLast) return;
  annotate(first, movedFirst);
  annotate(last, movedLast);
}

const NAMED_PERIOD = /^\s+period\b/i;

export const rangeSharesYear: Refiner = {
  refine(context, results) {
    const reference = isoDay(referenceDayOf(context));
    for (const [i, first] of results.entries()) {
      const last = results[i + 1];
      if (!last || !JOINED.test(context.text.slice(first.index + first.text.length, last.index))) continue;
      if (RUNS_TO.test(context.text.slice(first.index + first.text.length, last.index))) {
        runForward(first, last);
        endBeforeTelling(first, last, context.text, reference);
        periodAlreadyEnded(first, last, context.text, reference);
      }
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
  { text: 'The exhibition runs from June 14 to July 19.', ref: '2026-02-25', finds: 'July 19', value: '2026-07-19' },
  { text: 'Exports rose 12 percent in January-May.', ref: '1998-02-13', finds: 'January', value: '1997-01' },
  { text: 'Output fell in the March to June quarter, the ministry said.', ref: '1998-04-20', finds: 'March', value: '1997-03' },
  { text: 'Car sales in Jan.-Sept. were up 8 percent on the year.', ref: '1998-02-13', finds: 'Jan', value: '1997-01' },
  { text: 'Arrears for the January-June period will be paid in two instalments.', ref: '1998-07-14', finds: 'June', value: '1998-06' },
  { text: 'Bonuses for the January-March period will be paid next month.', ref: '2025-08-20', finds: 'January', value: '2025-01' },
  { text: 'Output in the October-December period will rise, the bank said.', ref: '1998-07-14', finds: 'October', value: '1998-10' },
  { text: 'The fair is open 1 May - 3 June.', ref: '2026-02-25', finds: '3 June', value: '2026-06-03' },
  { text: 'The storm is expected to make landfall late Tuesday or early Wednesday.', ref: '2026-02-25', finds: 'early Wednesday', value: '2026-03-04' },
  { text: 'The summit runs from Sunday, June 15 to Tuesday in the Rockies.', ref: '2025-06-10', finds: 'Tuesday', value: '2025-06-17' },
  { text: 'The fair will be open from Friday, July 3 to Monday.', ref: '2026-06-10', finds: 'Monday', value: '2026-07-06' },
  { text: 'Voting lasts from March 30 through Thursday.', ref: '2026-03-24', finds: 'Thursday', value: '2026-04-02' },
  // A list is no range: each keeps its own reading.
  { text: 'Statements were released Friday and Thursday by his lawyer.', ref: '1998-02-06', finds: 'Thursday', value: '1998-02-05' },
  { text: 'Data added Friday to December figures showed more jobs.', ref: '1998-02-06', finds: 'December', value: '1997-12' },
];
