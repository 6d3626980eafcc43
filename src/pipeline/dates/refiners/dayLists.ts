/**
 * A list of days shares one month name: "on 23 and 24 January", "on 5, 6 and 7 March",
 * "December 9 and 10". Chrono reads only the day written beside the month; the other days of
 * the list are dates of their own, in the same month and year (the TimeML way: one expression
 * a day). Stage after the readings, so the month's year is already chosen.
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { annotate, readingOf } from '../annotation.ts';
import { isoDay, shift, utcDay, weekday } from '../calendar.ts';
import { referenceDayOf } from '../document.ts';
import type { Example } from '../model.ts';
import { onDay } from '../resolved.ts';

// Not the first digits of a count ("May 3, 2,000 troops").
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?(?![,.]\d)`;
const JOIN = String.raw`(?:\s*,\s*|\s*,?\s+(?:and|&)\s+|\s*&\s*)`;
// The days before a day-first date: "5, 6 and " before "7 March".
const DAYS_BEFORE = new RegExp(String.raw`(?<![\d.,$£€%-]|[\d.,]\s)\b(?:${DAY}${JOIN})+$`);
// The days after a month-first date: " and 10" after "December 9", ending where no noun
// follows ("March 3 and 10 people" counts people).
const DAYS_AFTER = new RegExp(String.raw`^(?:${JOIN}${DAY}\b)+(?=\s*(?:[.,;:)]|$)|\s+(?:in|at|on|to|for|when|and|but|with|after|before|during|while|as|if|of)\b)`);
const DAY_FIRST = /^\d{1,2}(?:st|nd|rd|th)?\s/;
const MONTH_FIRST = /^[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?$/;
const ISO_DAY = /^(\d{4})-(\d\d)-(\d\d)$/;

/** One result for each day number in text[offset, offset + written.length), in the anchor's month. */
function listedDays(context: Parameters<Refiner['refine']>[0], written: string, offset: number, year: number, month: number): ParsingResult[] {
  const results: ParsingResult[] = [];
  for (const match of written.matchAll(/\d{1,2}(?:st|nd|rd|th)?/g)) {
    const dayOfMonth = Number.parseInt(match[0], 10);
    const day = utcDay(year, month, dayOfMonth);
    if (dayOfMonth < 1 || day.getUTCMonth() + 1 !== month) return [];
    results.push(annotate(context.createParsingResult(offset + match.index, match[0]), { type: 'DATE', value: onDay(day).value, date: onDay(day), relative: true }));
  }
  return results;
}

export const dayListsShareMonth: Refiner = {
  refine(context, results) {
    const added: ParsingResult[] = [];
    for (const result of results) {
      const reading = readingOf(result);
      const iso = reading?.type === 'DATE' ? ISO_DAY.exec(reading.value) : null;
      if (!iso) continue;
      const [year, month] = [Number(iso[1]), Number(iso[2])];
      const end = result.index + result.text.length;
      if (DAY_FIRST.test(result.text)) {
        const days = DAYS_BEFORE.exec(context.text.slice(Math.max(0, result.index - 40), result.index));
        if (days) added.push(...listedDays(context, days[0], result.index - days[0].length, year, month));
      } else if (MONTH_FIRST.test(result.text)) {
        const days = DAYS_AFTER.exec(context.text.slice(end, end + 40));
        if (days) added.push(...listedDays(context, days[0], end, year, month));
      }
    }
    if (added.length === 0) return results;
    const taken = (r: ParsingResult) => results.some((o) => o.index < r.index + r.text.length && r.index < o.index + o.text.length);
    return [...results, ...added.filter((r) => !taken(r))].sort((a, b) => a.index - b.index);
  },
};

const WEEKDAY_ALONE = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
const LIST_JOIN = /^\s*(?:,\s*|,?\s+(?:and|or|&)\s+)$/;
const dayOf = (iso: string) => utcDay(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

/**
 * A list of weekdays goes one way: "Games 3 and 4 on Wednesday and Friday" are both ahead
 * when the first is. A second weekday read behind the reference after a first read ahead of
 * it is the first such day after the first (lists out of order, "released Friday and
 * Thursday", stay as read when both lie the same side).
 */
export const weekdayListsGoOneWay: Refiner = {
  refine(context, results) {
    const reference = isoDay(referenceDayOf(context));
    for (let i = 1; i < results.length; i++) {
      const [a, b] = [results[i - 1]!, results[i]!];
      if (!WEEKDAY_ALONE.test(a.text) || !WEEKDAY_ALONE.test(b.text) || !LIST_JOIN.test(context.text.slice(a.index + a.text.length, b.index))) continue;
      const [first, second] = [readingOf(a)?.value ?? '', readingOf(b)?.value ?? ''];
      if (!ISO_DAY.test(first) || !ISO_DAY.test(second) || first <= reference || second >= reference) continue;
      const from = dayOf(first);
      const ahead = (weekday(dayOf(second)) - weekday(from) + 7) % 7 || 7;
      const day = shift(from, 'day', ahead);
      annotate(b, { type: 'DATE', value: isoDay(day), date: onDay(day), relative: true });
    }
    return results;
  },
};

export const DAY_LIST_EXAMPLES: Example[] = [
  { text: 'The series moves to Indianapolis for Games 3 and 4 on Wednesday and Friday.', ref: '2025-06-09', finds: 'Friday', value: '2025-06-13' },
  { text: 'The union has warned of walkouts on 23 and 24 January.', ref: '2000-01-12', finds: '23', value: '2000-01-23' },
  { text: 'The meetings took place on 5, 6 and 7 March.', ref: '2026-03-12', finds: '6', value: '2026-03-06' },
  { text: 'The bank meets again on December 9 and 10.', ref: '1998-12-03', finds: '10', value: '1998-12-10' },
  { text: 'The summit will be held on 23 and 24 January.', ref: '2026-03-12', finds: '23', value: '2027-01-23' },
];
