/**
 * The configured chrono-node instance: the named rules run first (they win ties), then
 * chrono's casual English parsers. Chrono's refiners only see chrono's own results (they
 * would merge or filter the rules' readings: "1994" alone looks like a bare number to them),
 * and two of them are left out (see CHRONO_REFINERS_LEFT_OUT).
 */
import { type Parser, type Refiner, casual } from 'chrono-node';
import { isAnnotated } from './annotation.ts';
import { duration, recurrence, vagueDuration } from './parsers/durations.ts';
import { partOfCurrentPeriod, relativePeriod, seasonOfYear, theSeason, theWeekend, weekOfMonth } from './parsers/periods.ts';
import { halfYear, quarter, reportingPeriod, yearEarlier } from './parsers/quarters.ts';
import { holiday } from './parsers/holidays.ts';
import { relativeMay } from './parsers/months.ts';
import { dayWord, futureReference, pastReference, presentReference, sameDay } from './parsers/references.ts';
import { type Rule, ruleParser } from './parsers/rule.ts';
import { century, decade, decadeWords, fiscalYear, theYear, yearAlone, yearEnd, yearSpelled } from './parsers/years.ts';
import { anaphora, anaphoraRefiner } from './refiners/anaphora.ts';
import { chronoReadings } from './refiners/chronoReadings.ts';
import { longestReading } from './refiners/overlaps.ts';
import { partOfDayBeforeOf } from './refiners/partOfDayOf.ts';
import { qualifiers } from './refiners/qualifiers.ts';
import { reportingQuarter } from './refiners/reportingQuarter.ts';
import { Chrono } from 'chrono-node';

const RULES: Rule[] = [
  anaphora, // before the periods and durations: "the following month" is a date here
  duration,
  vagueDuration,
  recurrence,
  relativePeriod,
  partOfCurrentPeriod,
  theWeekend,
  quarter,
  reportingPeriod,
  yearEarlier,
  halfYear,
  seasonOfYear,
  theSeason,
  weekOfMonth,
  holiday,
  relativeMay,
  dayWord,
  sameDay,
  presentReference,
  pastReference,
  futureReference,
  fiscalYear,
  theYear,
  yearEnd,
  yearSpelled,
  decade,
  decadeWords,
  century,
  yearAlone,
];

function onChronoResultsOnly(refiner: Refiner): Refiner {
  return {
    refine(context, results) {
      const ruled = results.filter(isAnnotated);
      const refined = refiner.refine(context, results.filter((r) => !isAnnotated(r)));
      // Rules first, so they win ties in longestReading.
      return [...ruled, ...refined].sort((a, b) => a.index - b.index);
    },
  };
}

// Range merging: "March 3 to 5" holds two expressions. End of period: "the end of November" is
// November at its end (mod END, see qualifiers.ts), not the 30th.
const CHRONO_REFINERS_LEFT_OUT = new Set(['ENMergeDateRangeRefiner', 'ENEndOfPeriodRefiner']);

function buildChrono(): Chrono {
  const base = casual.clone();
  // "end of the month" as chrono reads it is its last day: precision invented (see partOfCurrentPeriod).
  const parsers: Parser[] = [...RULES.map(ruleParser), ...base.parsers.filter((p) => p.constructor.name !== 'ENEndOfCurrentMonthParser')];
  const refiners: Refiner[] = [
    partOfDayBeforeOf,
    ...base.refiners.filter((r) => !CHRONO_REFINERS_LEFT_OUT.has(r.constructor.name)).map(onChronoResultsOnly),
    chronoReadings,
    qualifiers,
    longestReading,
    reportingQuarter,
    anaphoraRefiner,
  ];
  return new Chrono({ parsers, refiners });
}

export const datelineChrono = buildChrono();
