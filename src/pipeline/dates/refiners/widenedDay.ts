/**
 * A day read, widened over a phrase written right before it: "the night of Oct. 23" (partOfDayOf.ts),
 * "the week of March 16" (weekOfDay.ts). The day is read first, so its year is its own reading's;
 * the phrase only says what stretch of time around it is meant.
 */
import type { Refiner } from 'chrono-node';
import { annotate, readingOf } from '../annotation.ts';
import type { Timex } from '../model.ts';

const ONE_DAY = /^\d{4}-\d\d-\d\d$/;

/**
 * A refiner that widens each plain day read (one DATE day, no mod) over `before`, matched on the
 * `reach` characters before it, to what `widen` makes of the match and the day; where `widen` makes
 * nothing the day stays as read.
 */
export function widenedDay(before: RegExp, reach: number, widen: (match: RegExpExecArray, day: Timex) => Timex | undefined): Refiner {
  return {
    refine(context, results) {
      for (const result of results) {
        const timex = readingOf(result);
        if (timex?.type !== 'DATE' || timex.mod || !ONE_DAY.test(timex.value)) continue;
        const match = before.exec(context.text.slice(Math.max(0, result.index - reach), result.index));
        if (!match) continue;
        const widened = widen(match, timex);
        if (!widened) continue;
        const [written] = match;
        result.index -= written.length;
        result.text = context.text.slice(result.index, result.index + written.length + result.text.length);
        annotate(result, widened);
      }
      return results;
    },
  };
}
