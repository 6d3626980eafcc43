/**
 * Words that qualify a date. Inside the expression (TimeML puts them in the TIMEX3 with a
 * mod): "early March" (START), "mid-1998" (MID), "late November" (END), "late on Saturday"
 * (END, a day only), "around the first week of March" (APPROX), "the early part of the decade" (START), "the latter
 * part of next year" (END): a part of a period, as the TIMEX3 guidelines mark it, over the whole phrase. Outside it, as signals the reader still needs: "as early as March",
 * "since February 2022", "by June", "until 2030".
 *
 * "early"/"mid"/"late" narrow the days covered: a month splits at the 10th and 20th, a year
 * into Jan–Apr, May–Aug, Sep–Dec; other precisions keep their days. The value keeps the
 * precision written ("early March" stays 2026-03).
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { annotate, readingOf } from '../annotation.ts';
import type { Example, Timex } from '../model.ts';
import type { CalendarDate } from '../../types.ts';
import { LIGHT_OF_DAY_PATTERN } from '../lexicon/calendar.ts';

const QUALIFIER = String.raw`early|mid|late|around|about|approximately|roughly|circa|the\s+(?:beginning|start|middle|end|close|(?:early|earlier|first|middle|latter|later|last|final)\s+part)\s+of`;
const INSIDE = new RegExp(String.raw`\b(${QUALIFIER})(?:\s+|-)$`, 'i');
// The same words opening an expression already widened to them ("late the following year").
const LEADING = new RegExp(String.raw`^(${QUALIFIER})(?:\s+|-)`, 'i');
const ANAPHORA_TAG = 'dateline/rule:anaphora';
// "late on Saturday", "early on Tuesday" (Reuters' and AFP's way): the day with its mod, as "late Saturday".
const EARLY_OR_LATE_ON = /\b(early|late)\s+on\s+$/i;
const OUTSIDE = /\b(as\s+(?:early|soon|late)\s+as|no\s+(?:earlier|later)\s+than|since|by|until|till|before|after)\s+$/i;

const PART: Record<string, { mod: string; qualifier: string }> = {
  early: { mod: 'START', qualifier: 'early' },
  'the beginning of': { mod: 'START', qualifier: 'early' },
  'the start of': { mod: 'START', qualifier: 'early' },
  mid: { mod: 'MID', qualifier: 'mid' },
  'the middle of': { mod: 'MID', qualifier: 'mid' },
  late: { mod: 'END', qualifier: 'late' },
  'the end of': { mod: 'END', qualifier: 'late' },
  // A market's and a book-keeper's end of a period: "by the close of 2025" (TimeBank leaves its one, an index's base, unmarked).
  'the close of': { mod: 'END', qualifier: 'late' },
  'the early part of': { mod: 'START', qualifier: 'early' },
  'the earlier part of': { mod: 'START', qualifier: 'early' },
  'the first part of': { mod: 'START', qualifier: 'early' },
  'the middle part of': { mod: 'MID', qualifier: 'mid' },
  'the latter part of': { mod: 'END', qualifier: 'late' },
  'the later part of': { mod: 'END', qualifier: 'late' },
  'the last part of': { mod: 'END', qualifier: 'late' },
  'the final part of': { mod: 'END', qualifier: 'late' },
  around: { mod: 'APPROX', qualifier: 'around' },
  about: { mod: 'APPROX', qualifier: 'around' },
  approximately: { mod: 'APPROX', qualifier: 'around' },
  roughly: { mod: 'APPROX', qualifier: 'around' },
  circa: { mod: 'APPROX', qualifier: 'around' },
};

export const PART_OF_A_PERIOD_EXAMPLES: Example[] = [
  { text: 'The mayor won two races in the early part of the decade.', ref: '1999-06-14', finds: 'the early part of the decade', value: '199' },
  { text: 'The lease runs out in the latter part of next year.', ref: '1999-10-04', finds: 'the latter part of next year', value: '2000' },
  { text: 'Ferry traffic fell through the latter part of the 1990s.', ref: '2000-05-08', finds: 'the latter part of the 1990s', value: '199' },
  { text: 'The port expects trade to grow in the early part of next decade.', ref: '1999-10-04', finds: 'the early part of next decade', value: '200' },
  { text: 'Prices slipped in the later part of 1999.', ref: '2001-03-01', finds: 'the later part of 1999', value: '1999' },
  { text: 'The first homes could be connected by the close of 2025.', ref: '2025-09-30', finds: 'the close of 2025', value: '2025' },
  { text: 'Rail freight had halved by the close of the 1990s.', ref: '2001-03-01', finds: 'the close of the 1990s', value: '199' },
  { text: 'Stocks were weak at the close of March, dealers said.', ref: '2001-04-03', finds: 'the close of March', value: '2001-03' },
];

const pad = (n: number) => String(n).padStart(2, '0');

/** The days an early/mid/late part of a month or year covers. */
export function narrow(date: CalendarDate, qualifier: string): CalendarDate {
  if (date.precision !== 'month' && date.precision !== 'year') return date;
  const part = ['early', 'mid', 'late'].indexOf(qualifier);
  if (part < 0) return date;
  const year = date.start.slice(0, 4);
  if (date.precision === 'month') {
    const month = date.start.slice(0, 7);
    const ends = ['10', '20', date.end.slice(8)];
    return { ...date, start: `${month}-${part === 0 ? '01' : String(Number(ends[part - 1]) + 1)}`, end: `${month}-${ends[part]}` };
  }
  const lastDays = ['30', '31', '31'];
  return { ...date, start: `${year}-${pad(part * 4 + 1)}-01`, end: `${year}-${pad(part * 4 + 4)}-${lastDays[part]}` };
}

function approximate(date: CalendarDate): CalendarDate {
  return { ...date, value: date.value.split('/').map((side) => `${side}~`).join('/') };
}

const CLOCK = /T\d\d/;
// Midnight written as the day's end ("T24") borders the next day: what came after it is the next day's, what came before it still its own.
const CLOCK_WITHIN_ITS_DAY = /T(?!24)\d\d/;
const CLOCK_ENDING_ITS_DAY = /T24/;
// The light of a day bounds a time of it as its clock does ("detained him before dawn on Wednesday", "shelled the town after dusk on Friday").
const LIGHT_OF_ITS_DAY = new RegExp(String.raw`^(?:${LIGHT_OF_DAY_PATTERN})\b`, 'i');

// A season, or a decade counted from the reference ("next decade"), is read with no days of its
// own (no date): "early last summer", "the early part of next decade" only take the mod.
const WITHOUT_DAYS = /^\d{4}-(?:SP|SU|FA|WI)$|^\d{3}$/;

function qualifyInside(timex: Timex, word: string): Timex | undefined {
  const part = PART[word.toLowerCase().replace(/\s+/g, ' ')];
  // "around" may wrap an already qualified date ("around the first week of March").
  if (!part || (timex.mod && part.mod !== 'APPROX')) return undefined;
  // "at about 10 a.m." is TimeML's APPROX as "around" is; "talked about March" is no qualifier.
  if (word.toLowerCase() === 'about' && !CLOCK.test(timex.value)) return undefined;
  if (!timex.date) return WITHOUT_DAYS.test(timex.value) ? { ...timex, mod: part.mod } : undefined;
  const date = part.mod === 'APPROX' ? approximate(timex.date) : narrow(timex.date, part.qualifier);
  return { ...timex, mod: part.mod, date: { ...date, qualifier: part.qualifier } };
}

/**
 * A date counted from the story ("the following year", "that night") is read after the
 * qualifiers (anaphora.ts), so its qualifier is taken into its expression here and its mod
 * given once the date is known: "late the following year" is the story's next year, as "the
 * following year" is, not the reference's. Not "around"/"about" (a clock's words).
 */
function widenAnaphor(result: ParsingResult, textBefore: string): void {
  const inside = INSIDE.exec(textBefore);
  const part = inside?.[1] && PART[inside[1].toLowerCase().replace(/\s+/g, ' ')];
  if (!inside || !part || part.mod === 'APPROX') return;
  result.index -= inside[0].length;
  result.text = inside[0] + result.text;
}

/** An anaphor's reading with the qualifier that opens its expression, once the anaphor is resolved. */
export function qualifiedAnaphor(text: string, timex: Timex): Timex {
  const word = LEADING.exec(text)?.[1];
  return (word && qualifyInside(timex, word)) || timex;
}

/**
 * "touched down a little after 1:30 p.m. yesterday", "left shortly before 9 a.m. on Friday": before or after a time of a day is
 * still that day; the signal bounds the clock, not the day (after a day, "after Tuesday's vote", it is no day of the event's). So is a time
 * just before the midnight that ends a day ("lifted the order just before midnight on Monday"); one after it is the next day's, which the
 * reading does not name.
 */
function boundsItsClockOnly(signal: string, timex: Timex, text: string): boolean {
  const side = signal.toLowerCase();
  if (timex.date?.precision !== 'day') return false;
  return ((side === 'before' || side === 'after') && (CLOCK_WITHIN_ITS_DAY.test(timex.value) || LIGHT_OF_ITS_DAY.test(text))) || (side === 'before' && CLOCK_ENDING_ITS_DAY.test(timex.value));
}

export const qualifiers: Refiner = {
  refine(context, results) {
    for (const result of results) {
      let timex = readingOf(result);
      const anaphor = !timex?.date && result.tags().has(ANAPHORA_TAG);
      if (!anaphor && (!timex || (!timex.date && !WITHOUT_DAYS.test(timex.value)))) continue;
      // "get around Wednesday's ruling": "around" goes with the verb, not the day.
      const possessive = /^['’]s\b/.test(context.text.slice(result.index + result.text.length));
      const textBefore = context.text.slice(Math.max(0, result.index - 30), result.index);
      if (anaphor) {
        if (!possessive) widenAnaphor(result, textBefore);
        continue;
      }
      if (!timex) continue;
      const inside = possessive ? null : (INSIDE.exec(textBefore) ?? (timex.date?.precision === 'day' ? EARLY_OR_LATE_ON.exec(textBefore) : null));
      const qualified = inside?.[1] ? qualifyInside(timex, inside[1]) : undefined;
      if (inside && qualified) {
        result.index -= inside[0].length;
        result.text = context.text.slice(result.index, result.index + inside[0].length + result.text.length);
        timex = qualified;
      }
      // "After Tuesday's meeting", "since Monday's vote": the signal governs the noun the day is said of, and the day is that noun's own.
      const outside = possessive ? null : OUTSIDE.exec(context.text.slice(Math.max(0, result.index - 30), result.index));
      if (outside?.[1] && timex.date && !timex.date.qualifier && !boundsItsClockOnly(outside[1], timex, result.text)) {
        timex = { ...timex, date: { ...timex.date, qualifier: outside[1].toLowerCase().replace(/\s+/g, ' ') } };
      }
      annotate(result, timex);
    }
    return results;
  },
};
