import type { TemporalExpression } from '../dates/index.ts';
import { SECOND_CLOCK_AFTER, SECOND_CLOCK_BEFORE } from './lexicon.ts';

/**
 * "spoke at 1 a.m. on Wednesday in Kyiv, which was 6 p.m. on Tuesday in Washington": one moment told in two clocks keeps the
 * first one's day; the second, told for readers in another zone, dates nothing (as a relative clause's own day it would win).
 */
export function withoutSecondClocks(times: TemporalExpression[], text: string): TemporalExpression[] {
  return times.filter((t, i) => {
    const before = times[i - 1];
    // The words between are read first: most dated sentences have no clock, and this runs on every one of them.
    return !(before && SECOND_CLOCK_BEFORE.test(text.slice(before.end, t.start)) && SECOND_CLOCK_AFTER.test(text.slice(t.end)) && times.slice(0, i).some((o) => o.type === 'TIME'));
  });
}
