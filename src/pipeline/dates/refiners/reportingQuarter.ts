/**
 * Business news compares a period with the same period a year before. Once a text reports on
 * a quarter ("third-quarter profit rose"), "a year ago", "a year earlier", "year-earlier
 * results" and "the year-ago quarter" mean that quarter a year before; "the quarter", "the
 * latest period" and "that quarter" mean the quarter itself; "the 1988 period" its 1988 twin.
 * The quarter reported on is the last finished one named before (else the first named after),
 * unless an earlier one: a report on the third quarter tells the second beside it ("After a flat
 * second quarter, the company attributed the gain to …"), and "the year-earlier period" is still
 * the third's. A fiscal quarter counts in a company's own year and may follow a later one.
 * A longer period named in the same sentence ("in the first nine months") takes the comparison
 * back to plain years, and "a year earlier" after a month or half of its sentence compares that
 * period (reportingMonth.ts: "Sales fell in December from a year earlier. They fell in the
 * October-December quarter" is December's). "For the year", "the full year" is the reported quarter's year: a report
 * in January on the fourth quarter gives the results of the year just ended (TimeBank marks
 * "For the year" in a report as the quarter's year, 1989).
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { annotate, readingOf } from '../annotation.ts';
import { type Day, isoDay } from '../calendar.ts';
import { ORDINAL_PATTERN, parseOrdinal } from '../lexicon/numbers.ts';
import { quarterTimex } from '../parsers/periods.ts';
import { COMPARISON } from '../parsers/quarters.ts';
import { referenceDayOf } from '../document.ts';
import { inYear } from '../resolved.ts';
import { YEAR_BEFORE } from './reportingMonth.ts';

const READ_AGAINST_REPORT = new Set(['dateline/rule:quarter', 'dateline/rule:reporting-period', 'dateline/rule:year-earlier', 'dateline/rule:duration']);
const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/;
const LONGER_PERIOD = /^P(?:[6-9]M|1[0-2]M|1Y)$/;
const MONTH_OR_HALF = /^\d{4}-(?:\d\d|H[12])$/;
const SENTENCE_END = /[.!?]["”’]*\s/;
const PLACEHOLDER = /^(?:the|that)\s+(?:(?:latest|most\s+recent)\s+)?(?:quarter|period)$/i;
const ORDINAL = new RegExp(String.raw`\b(${ORDINAL_PATTERN})\b`, 'i');
const WRITTEN_YEAR = /\b((?:19|20)\d\d)\b/;
const YEAR_OF_REPORT = /^the\s+(?:full\s+)?year$/i;
const FISCAL = /\bfiscal\b/i;

interface Quarter {
  year: number;
  number: number;
}

/** The quarter `text` means when the text reports on `reported`; undefined when it names its own. */
function againstReport(text: string, reported: Quarter): Quarter | undefined {
  const comparison = COMPARISON.test(text);
  const ordinalWord = ORDINAL.exec(text)?.[1];
  const ordinal = ordinalWord === undefined ? undefined : parseOrdinal(ordinalWord);
  const written = WRITTEN_YEAR.exec(text)?.[1];
  if (!comparison && !PLACEHOLDER.test(text) && !(written && ordinal === undefined)) return undefined;
  const year = written ? Number(written) : reported.year - (comparison ? 1 : 0);
  return { year, number: ordinal !== undefined && ordinal > 0 ? ordinal : reported.number };
}

function readsAgainstReport(result: ParsingResult): boolean {
  for (const tag of result.tags()) if (READ_AGAINST_REPORT.has(tag)) return true;
  return false;
}

/** A quarter the text reports on ("the third quarter", "this quarter"): not read against another, not another year's. */
function reportedQuarter(result: ParsingResult, reference: Day): Quarter | undefined {
  const referenceYear = reference.getFullYear();
  const timex = readingOf(result);
  const match = QUARTER_VALUE.exec(timex?.value ?? '');
  // Results are reported once a quarter is over: "fourth-quarter earnings will fall" is a forecast. A fiscal quarter
  // runs in the company's own year and may be over before its calendar namesake ("its fiscal third quarter, which ended June 29",
  // told on Aug. 1): begun by the day of the news, it may be reported.
  const over = timex?.date && (FISCAL.test(result.text) ? timex.date.start : timex.date.end) < isoDay(reference);
  if (!match || !timex?.date || !over) return undefined;
  const written = WRITTEN_YEAR.exec(result.text)?.[1];
  if (written && Number(written) !== referenceYear) return undefined;
  if (readsAgainstReport(result) && againstReport(result.text, { year: referenceYear, number: 1 })) return undefined;
  return { year: Number(match[1]), number: Number(match[2]) };
}

/** Whether `quarter`, named at `result`, is the one reported on from there instead of `reported`. */
function takesOverReport(quarter: Quarter, reported: Quarter, result: ParsingResult): boolean {
  return FISCAL.test(result.text) || quarter.year * 4 + quarter.number >= reported.year * 4 + reported.number;
}

export const reportingQuarter: Refiner = {
  refine(context, results) {
    const reference = referenceDayOf(context);
    let reported = results.map((r) => reportedQuarter(r, reference)).find((q) => q !== undefined);
    if (!reported) return results;
    let longerPeriod = false;
    let monthOrHalf = false;
    let previousEnd = 0;
    for (const result of results) {
      if (SENTENCE_END.test(context.text.slice(previousEnd, result.index))) [longerPeriod, monthOrHalf] = [false, false];
      previousEnd = result.index + result.text.length;
      const quarter = reportedQuarter(result, reference);
      if (quarter && takesOverReport(quarter, reported, result)) [reported, longerPeriod] = [quarter, false];
      const timex = readingOf(result);
      if (timex?.type === 'DURATION' && LONGER_PERIOD.test(timex.value)) longerPeriod = true;
      if (timex?.type === 'DATE' && MONTH_OR_HALF.test(timex.value)) monthOrHalf = true;
      if (timex?.type === 'DATE' && result.tags().has('dateline/rule:the-year') && YEAR_OF_REPORT.test(result.text)) {
        annotate(result, { ...timex, value: String(reported.year), date: inYear(reported.year), relative: true });
        continue;
      }
      const meant = timex && !longerPeriod && !(monthOrHalf && YEAR_BEFORE.test(result.text)) && readsAgainstReport(result) ? againstReport(result.text, reported) : undefined;
      if (!timex?.date || !meant) continue;
      const { value, date } = quarterTimex(meant.year, meant.number);
      annotate(result, { ...timex, value, date: { ...date!, ...(timex.date.qualifier ? { qualifier: timex.date.qualifier } : {}) }, relative: true });
    }
    return results;
  },
};
