/**
 * A day told in another place's reckoning: "ended in the early hours of Saturday Moscow time"
 * from Anchorage, "Sunday Beijing time". Writers name the zone because it is not the story's:
 * the value stays the day written (as TimeML marks it), but it dates nothing on the timeline,
 * whose days are those of the places events happen in. "local time" is the story's own. So is
 * a clock told again in another zone ("at 6.30pm on Tuesday, local time, which was 7.30am here",
 * "which is 2 a.m. Saturday in Madrid"): the same moment, whose day is the one told first.
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { annotate, readingOf } from '../annotation.ts';

const ZONE_AFTER = /^\s+(?!local\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+time\b/;
/**
 * Between a clock and the same moment told again: "…, local time, which was", "… in Lima, which is", or a bare comma ("8.30pm on Sunday, 1.30am
 * in Lagos", "9pm local time, 2am on Monday in London") when the second clock's zone or place follows it (ZONE_OF_THE_CLOCK_TOLD_AGAIN); a list of
 * clocks ("at 7pm on Friday, 6pm on Saturday") names none.
 */
const TOLD_AGAIN_GAP = /^(?:[^.;!?]{0,40}?,\s*which\s+(?:was|is|will\s+be|would\s+be)\s+(?:about\s+|around\s+)?|(?<comma>(?:\s+local\s+time)?\s*,\s*))$/;
/**
 * The zone or place right after a clock told again after a bare comma ("…, 1.30am in Lagos", "…, 4am London time", "…, 7.30am here"). A second clock
 * with a day of its own ("…, 2am on Monday in London") is the same moment only after one told in local time: "at 7pm on Friday, 6pm on Saturday in
 * Lusk" is two times.
 */
const ZONE_OF_THE_CLOCK_TOLD_AGAIN = /^(?<ownDay>\s+on\s+\p{Lu}\p{Ll}+)?\s+(?:in\s+\p{Lu}|here\b|\p{Lu}\p{Ll}+\s+time\b|(?:GMT|UTC)\b)/u;
const DAY_OF_ITS_OWN = /\bon\s+\p{Lu}/u;
const LOCAL_TIME = /\blocal\s+time\b/i;
const CLOCK = /T\d\d/;

/** Whether `result`, a clock, tells again the moment of the clock `before` it in another zone. */
function toldAgain(text: string, before: ParsingResult | undefined, result: ParsingResult, value: string): boolean {
  if (before === undefined || !CLOCK.test(value) || !CLOCK.test(readingOf(before)?.value ?? '')) return false;
  const between = text.slice(before.index + before.text.length, result.index);
  const gap = TOLD_AGAIN_GAP.exec(between);
  if (!gap?.groups?.['comma']) return gap !== null;
  const after = text.slice(result.index + result.text.length, result.index + result.text.length + 40);
  const zone = ZONE_OF_THE_CLOCK_TOLD_AGAIN.exec(after);
  return zone !== null && ((zone.groups?.['ownDay'] === undefined && !DAY_OF_ITS_OWN.test(result.text)) || LOCAL_TIME.test(before.text + between));
}

export const dayInAnotherZone: Refiner = {
  refine(context, results) {
    results.forEach((result, i) => {
      const timex = readingOf(result);
      if (timex?.date === undefined) return;
      const otherZone = timex.date.precision === 'day' && ZONE_AFTER.test(context.text.slice(result.index + result.text.length, result.index + result.text.length + 30));
      if (!otherZone && !toldAgain(context.text, results[i - 1], result, timex.value)) return;
      const { date: _anotherZones, ...undated } = timex;
      annotate(result, undated);
    });
    return results;
  },
};
