/**
 * "Ten years ago today, the two leaders signed the treaty", "Five years ago on Sunday, they met
 * in Oslo", "On this day a decade ago …": the day told is the day named, that many years back.
 * Read apart, "today" is the reference day and the count a bare year; the anniversary itself
 * is the news, not the happening told. "Five years ago this week", "fifty years ago this month",
 * "25 years ago this spring" tell the week, month or season of the anniversary: that one, that
 * many years back.
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { annotate, readingOf } from '../annotation.ts';
import { isoDay, isoMonth, isoWeek, parseReferenceDay, shift } from '../calendar.ts';
import { referenceDayOf } from '../document.ts';
import { AGO_JOIN, ANNIVERSARY_PERIOD_JOIN, LONG_AGO, SEASONS, THIS_DAY_BEFORE, THIS_PERIOD_OF_AN_ANNIVERSARY } from '../lexicon/calendar.ts';
import { parseCount } from '../lexicon/numbers.ts';
import type { Example } from '../model.ts';
import { inMonth, inWeek } from '../resolved.ts';

/** Counts that reach back no further than a day named beside them does. */
const SHORT_UNITS = new Set(['day', 'week', 'month']);

export const sameDayLongAgo: Refiner = {
  refine(context, results) {
    const joined = new Set<ParsingResult>();
    for (const [i, ago] of results.entries()) {
      const timex = readingOf(ago);
      const back = LONG_AGO.exec(ago.text.trim());
      const count = back ? parseCount(back[1]!) : undefined;
      if (!timex || !back || count === undefined) continue;
      const next = results[i + 1];
      const anchorDay = next && readingOf(next)?.date;
      const agoEnd = ago.index + ago.text.length;
      const unit = back[2]!.toLowerCase();
      const years = unit === 'decade' ? count * 10 : unit === 'year' ? count : 0;
      const period = next && years && ANNIVERSARY_PERIOD_JOIN.test(context.text.slice(agoEnd, next.index)) ? THIS_PERIOD_OF_AN_ANNIVERSARY.exec(next.text.trim()) : null;
      if (period) {
        const day = shift(referenceDayOf(context), 'year', -years);
        const [y, m] = [day.getFullYear(), day.getMonth() + 1];
        const unitOf = period[1]!.toLowerCase();
        const season = SEASONS[unitOf];
        ago.text = context.text.slice(ago.index, next!.index + next!.text.length);
        joined.add(next!);
        // A season names no calendar days (periods.ts): its year's code alone, "2001-SP".
        if (season) annotate(ago, { type: 'DATE', value: `${y}-${season.code}`, relative: true });
        else if (unitOf === 'week') annotate(ago, { ...timex, value: isoWeek(day), date: inWeek(day), relative: true });
        else annotate(ago, { ...timex, value: isoMonth(y, m), date: inMonth(y, m), relative: true });
        continue;
      }
      const anchor = anchorDay?.precision === 'day' && AGO_JOIN.test(context.text.slice(agoEnd, next!.index)) ? next : undefined;
      // "On this day ten years ago" counts back from the reference day.
      if (!anchor && !THIS_DAY_BEFORE.test(context.text.slice(0, ago.index))) continue;
      // "the vote, two days ago on Friday": a short count before another day names that day twice.
      if (anchor && SHORT_UNITS.has(unit) && anchorDay!.start !== isoDay(referenceDayOf(context))) continue;
      const from = anchor ? parseReferenceDay(anchorDay!.start) : referenceDayOf(context);
      const day = isoDay(shift(from, unit === 'decade' ? 'year' : (unit as 'day' | 'week' | 'month' | 'year'), -(unit === 'decade' ? count * 10 : count)));
      if (anchor) {
        ago.text = context.text.slice(ago.index, anchor.index + anchor.text.length);
        joined.add(anchor);
      }
      annotate(ago, { ...timex, value: day, date: { value: day, start: day, end: day, precision: 'day' }, relative: true });
    }
    return joined.size ? results.filter((r) => !joined.has(r)) : results;
  },
};

export const LONG_AGO_EXAMPLES: Example[] = [
  { text: 'Ten years ago today, the two leaders signed the treaty.', ref: '2058-05-08', finds: 'Ten years ago today', value: '2048-05-08' },
  { text: 'It was exactly 25 years ago today that the accord was signed.', ref: '2058-05-08', finds: '25 years ago today', value: '2033-05-08' },
  { text: 'On this day a decade ago, the presidents met in Oslo.', ref: '2058-05-08', finds: 'a decade ago', value: '2048-05-08' },
  { text: 'Five years ago on Sunday, the ministers signed the fisheries accord.', ref: '2058-05-08', finds: 'Five years ago on Sunday', value: '2053-05-05' },
  { text: 'A week ago today, the border reopened.', ref: '2058-05-08', finds: 'A week ago today', value: '2058-05-01' },
  { text: 'Thirty years ago this week, the miners walked out for the last time.', ref: '2058-05-08', finds: 'Thirty years ago this week', value: '2028-W19' },
  { text: 'The bridge, which opened twenty years ago this month, will close for repairs.', ref: '2058-05-08', finds: 'twenty years ago this month', value: '2038-05' },
  { text: 'It was a decade ago this month that the two clubs merged.', ref: '2058-11-30', finds: 'a decade ago this month', value: '2048-11' },
  { text: 'Forty years ago this summer, the pit closed for good.', ref: '2058-07-02', finds: 'Forty years ago this summer', value: '2018-SU' },
  // After a comma the week, month or season of writing opens a clause of its own.
  { text: 'Built forty years ago, this spring the bridge will be repainted.', ref: '2058-03-13', finds: 'this spring', value: '2058-SP' },
  { text: 'The plant closed ten years ago, this week it reopens as a museum.', ref: '2058-03-13', finds: 'this week', value: '2058-W11' },
  { text: 'The mill shut two decades ago, this month its owners plan to sell it.', ref: '2058-03-13', finds: 'this month', value: '2058-03' },
  // Counted from a day of its own only when joined to one: "ten years after" is no anniversary.
  { text: 'They met today, ten years after the treaty was signed.', ref: '2058-05-08', finds: 'today', value: '2058-05-08' },
];
