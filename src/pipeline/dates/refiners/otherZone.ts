/**
 * A day told in another place's reckoning: "ended in the early hours of Saturday Moscow time"
 * from Anchorage, "Sunday Beijing time". Writers name the zone because it is not the story's:
 * the value stays the day written (as TimeML marks it), but it dates nothing on the timeline,
 * whose days are those of the places events happen in. "local time" is the story's own. So is
 * a clock told again in another zone ("at 6.30pm on Tuesday, local time, which was 7.30am here",
 * "which is 2 a.m. Saturday in Madrid"): the same moment, whose day is the one told first.
 */
import type { Refiner } from 'chrono-node';
import { annotate, readingOf } from '../annotation.ts';

const ZONE_AFTER = /^\s+(?!local\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+time\b/;
/** Between a clock and the same moment told again: "…, local time, which was", "… in Lima, which is". */
const TOLD_AGAIN_GAP = /^[^.;!?]{0,40}?,\s*which\s+(?:was|is|will\s+be|would\s+be)\s+(?:about\s+|around\s+)?$/;
const CLOCK = /T\d\d/;

export const dayInAnotherZone: Refiner = {
  refine(context, results) {
    results.forEach((result, i) => {
      const timex = readingOf(result);
      if (timex?.date === undefined) return;
      const before = results[i - 1];
      const toldAgain =
        before !== undefined && CLOCK.test(timex.value) && CLOCK.test(readingOf(before)?.value ?? '') && TOLD_AGAIN_GAP.test(context.text.slice(before.index + before.text.length, result.index));
      const otherZone = timex.date.precision === 'day' && ZONE_AFTER.test(context.text.slice(result.index + result.text.length, result.index + result.text.length + 30));
      if (!toldAgain && !otherZone) return;
      const { date: _anotherZones, ...undated } = timex;
      annotate(result, undated);
    });
    return results;
  },
};
