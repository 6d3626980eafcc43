/**
 * A month's figure compared with "a year earlier" is compared with that month a year before:
 * "Exports in October rose 14 percent from a year earlier" means October of the year before
 * (TimeML gives the comparison the granularity of what it is compared with). Only the
 * comparison of its own sentence, and only when no quarter was read for it (reportingQuarter.ts
 * comes first); "a year ago" counts back from the day of writing and stays a year.
 */
import type { Refiner } from 'chrono-node';
import { annotate, readingOf } from '../annotation.ts';
import type { Example } from '../model.ts';
import { inMonth } from '../resolved.ts';
import { sentenceAround } from '../tense.ts';

const YEAR_BEFORE = /^(?:a|one)\s+year\s+(?:earlier|before)$/i;
const MONTH_VALUE = /^(\d{4})-(\d\d)$/;
const YEAR_VALUE = /^\d{4}$/;

export const REPORTING_MONTH_EXAMPLES: Example[] = [
  { text: 'Exports in October alone reached 17.3 billion U.S. dollars, up 14 percent from a year earlier.', ref: '1999-11-16', finds: 'a year earlier', value: '1998-10' },
  { text: 'Unemployment fell to 4.6 percent in March from 5.2 percent a year earlier.', ref: '1998-04-03', finds: 'a year earlier', value: '1997-03' },
  // Another sentence's month is no comparison: the year before the reference.
  { text: 'Exports rose in October. Wages were 3 percent higher than a year earlier.', ref: '1999-11-16', finds: 'a year earlier', value: '1998' },
];

export const reportingMonth: Refiner = {
  refine(context, results) {
    let month: { year: number; number: number; at: number } | undefined;
    for (const result of results) {
      const timex = readingOf(result);
      if (!timex) continue;
      const named = MONTH_VALUE.exec(timex.value);
      if (named && timex.type === 'DATE') {
        month = { year: Number(named[1]), number: Number(named[2]), at: result.index };
        continue;
      }
      if (!month || !YEAR_VALUE.test(timex.value) || !YEAR_BEFORE.test(result.text)) continue;
      // Sentences as tense.ts cuts them: "U.S. dollars" ends none.
      if (sentenceAround(context.text, result.index).start > month.at) continue;
      const year = month.year - 1;
      const date = inMonth(year, month.number);
      annotate(result, { ...timex, value: date.value, date, relative: true });
    }
    return results;
  },
};
