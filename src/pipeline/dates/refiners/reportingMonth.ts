/**
 * A month's figure compared with "a year earlier" is compared with that month a year before:
 * "Exports in October rose 14 percent from a year earlier" means October of the year before
 * (TimeML gives the comparison the granularity of what it is compared with); a half's the same
 * ("Output in the first half rose 6 percent from a year earlier" is the first half before). Only the
 * comparison of its own sentence, and only when no quarter was read for it (reportingQuarter.ts
 * comes first); "a year ago" counts back from the day of writing and stays a year.
 */
import type { Refiner } from 'chrono-node';
import { annotate, readingOf } from '../annotation.ts';
import type { Example } from '../model.ts';
import { utcDay } from '../calendar.ts';
import { between, inMonth } from '../resolved.ts';
import { sentenceAround } from '../tense.ts';

export const YEAR_BEFORE = /^(?:a|one)\s+year\s+(?:earlier|before)$/i;
const MONTH_VALUE = /^(\d{4})-(\d\d)$/;
const HALF_VALUE = /^(\d{4})-H([12])$/;
const YEAR_VALUE = /^\d{4}$/;

export const REPORTING_MONTH_EXAMPLES: Example[] = [
  { text: 'Exports in October alone reached 17.3 billion U.S. dollars, up 14 percent from a year earlier.', ref: '1999-11-16', finds: 'a year earlier', value: '1998-10' },
  { text: 'Unemployment fell to 4.6 percent in March from 5.2 percent a year earlier.', ref: '1998-04-03', finds: 'a year earlier', value: '1997-03' },
  // Another sentence's month is no comparison: the year before the reference.
  { text: 'Exports rose in October. Wages were 3 percent higher than a year earlier.', ref: '1999-11-16', finds: 'a year earlier', value: '1998' },
  // A half the same way.
  { text: 'Grain imports in the first half of 2000 were 12 percent below a year earlier, customs said.', ref: '2000-08-22', finds: 'a year earlier', value: '1999-H1' },
  { text: 'Net profit for the first half rose to 1.2 billion yuan from 900 million yuan a year earlier.', ref: '1999-08-30', finds: 'a year earlier', value: '1998-H1' },
  // Its own sentence's month, not the quarter a later sentence reports on.
  { text: 'Car sales in Norland fell 4 percent in November from a year earlier. They rose 2 percent in the July-September quarter.', ref: '1999-12-10', finds: 'a year earlier', value: '1998-11' },
];

export const reportingMonth: Refiner = {
  refine(context, results) {
    let period: { year: number; number: number; half: boolean; at: number } | undefined;
    for (const result of results) {
      const timex = readingOf(result);
      if (!timex) continue;
      const month = MONTH_VALUE.exec(timex.value);
      const half = HALF_VALUE.exec(timex.value);
      const named = month ?? half;
      if (named && timex.type === 'DATE') {
        period = { year: Number(named[1]), number: Number(named[2]), half: !month, at: result.index };
        continue;
      }
      if (!period || !YEAR_VALUE.test(timex.value) || !YEAR_BEFORE.test(result.text)) continue;
      // Sentences as tense.ts cuts them: "U.S. dollars" ends none.
      if (sentenceAround(context.text, result.index).start > period.at) continue;
      const year = period.year - 1;
      const date = period.half ? between(utcDay(year, period.number * 6 - 5, 1), utcDay(year, period.number * 6 + 1, 0)) : inMonth(year, period.number);
      annotate(result, { ...timex, value: period.half ? `${year}-H${period.number}` : date.value, date, relative: true });
    }
    return results;
  },
};
