/**
 * "Ten years ago today, the two leaders signed the treaty", "Five years ago on Sunday, they met
 * in Oslo", "On this day a decade ago …": the day told is the day named, that many years back.
 * Read apart, "today" is the reference day and the count a bare year; the anniversary itself
 * is the news, not the happening told.
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { annotate, readingOf } from '../annotation.ts';
import { isoDay, parseReferenceDay, shift } from '../calendar.ts';
import { referenceDayOf } from '../document.ts';
import { AGO_JOIN, LONG_AGO, THIS_DAY_BEFORE } from '../lexicon/calendar.ts';
import { parseCount } from '../lexicon/numbers.ts';
import type { Example } from '../model.ts';

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
      const anchor = anchorDay?.precision === 'day' && AGO_JOIN.test(context.text.slice(agoEnd, next!.index)) ? next : undefined;
      // "On this day ten years ago" counts back from the reference day.
      if (!anchor && !THIS_DAY_BEFORE.test(context.text.slice(0, ago.index))) continue;
      const unit = back[2]!.toLowerCase();
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
  // Counted from a day of its own only when joined to one: "ten years after" is no anniversary.
  { text: 'They met today, ten years after the treaty was signed.', ref: '2058-05-08', finds: 'today', value: '2058-05-08' },
];
