/**
 * The named rules, in the order they are tried: on a tie (same start, same length) the
 * earlier wins, and every rule wins a tie with chrono's own parsers. To add a rule: write it
 * (pattern, reading, examples) beside its family in parsers/, list it here; examples.test.ts
 * runs its examples, and vetoes.ts can overrule it by name.
 */
import { anaphora } from './refiners/anaphora.ts';
import { clockInWords, hourOfPartOfDay, twentyFourHourClock } from './parsers/clockTimes.ts';
import { compoundDuration } from './parsers/compoundDurations.ts';
import { duration, finishingTime, rate, recurrence, unitLong, vagueDuration } from './parsers/durations.ts';
import { eventDay } from './parsers/eventDays.ts';
import { besideHoliday, feastSeason, holiday } from './parsers/holidays.ts';
import { weekdayOfMonth, weekdayOfNearWeek, weekdayWeeksOn } from './parsers/weekdays.ts';
import { mayAfterPreposition, mayAfterSuperlative, mayBeforeOccasion, relativeMay, thatMonth } from './parsers/months.ts';
import { dayOfEachMonth, dayOfMonth, monthDayBeforeAmWord } from './parsers/dayOfMonth.ts';
import { elidedPeriod, partOfCurrentPeriod, relativePeriod, seasonAlone, seasonOfYear, theSeason, theWeekReported, theWeekend, weekOfMonth } from './parsers/periods.ts';
import { halfAlone, halfYear, quarter, quarterOfMonths, reportingPeriod, yearEarlier } from './parsers/quarters.ts';
import { dayWord, futureReference, momentOfDay, pastReference, presentReference, sameDay, samePeriodLastYear, sameTimeOtherYear, seasonOfPlay, someDay } from './parsers/references.ts';
import type { Rule } from './parsers/rule.ts';
import { century, decade, decadeWords, fiscalYear, midPeriod, theDecade, theNewYear, theYear, shortYear, splitYear, turnOfCentury, yearAlone, yearEnd, yearSpelled } from './parsers/years.ts';

export const RULES: Rule[] = [
  anaphora, // before the periods and durations: "the following month" is a date here
  weekdayOfMonth, // before chrono's "last Sunday": "the last Sunday in March" is March's
  weekdayWeeksOn, // before duration: "a week on Friday" is one day, not a week's stretch
  weekdayOfNearWeek, // before relative-period: "Friday last week" is one day, not Friday and a week
  compoundDuration,
  someDay, // before duration: "will one day be" is some day to come, not one day's stretch
  rate, // before duration: "$33 million a year" is a rate, not a year's stretch
  duration,
  unitLong,
  finishingTime,
  vagueDuration,
  dayOfEachMonth, // before recurrence: "the 15th of each month" is one SET, not "each month"
  recurrence,
  samePeriodLastYear, // before relative-period: "the same period last year" is the period reported on, a year before
  sameTimeOtherYear, // before relative-period: "this time last year" is one date, not "last year"
  relativePeriod,
  elidedPeriod,
  partOfCurrentPeriod,
  theWeekend,
  theWeekReported,
  quarterOfMonths, // before month: "the April-June quarter" is one quarter
  quarter,
  reportingPeriod,
  yearEarlier,
  halfYear,
  halfAlone,
  seasonOfYear,
  theSeason,
  seasonAlone,
  weekOfMonth,
  eventDay,
  dayOfMonth,
  monthDayBeforeAmWord,
  besideHoliday, // before holiday and duration: "the day after Thanksgiving" is one day
  holiday,
  feastSeason,
  relativeMay,
  mayAfterPreposition,
  mayAfterSuperlative,
  mayBeforeOccasion,
  thatMonth,
  dayWord,
  momentOfDay, // before same-day: "midday Monday" is Monday's noon
  sameDay,
  twentyFourHourClock,
  clockInWords,
  hourOfPartOfDay,
  seasonOfPlay,
  presentReference,
  pastReference,
  futureReference,
  splitYear, // before fiscal-year and year-alone: "fiscal 2025/26" is one period
  fiscalYear,
  theYear,
  theNewYear,
  yearEnd,
  yearSpelled,
  decade,
  decadeWords,
  theDecade,
  midPeriod,
  century,
  turnOfCentury,
  shortYear,
  yearAlone,
];
