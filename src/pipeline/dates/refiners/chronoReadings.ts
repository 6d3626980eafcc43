/**
 * Gives chrono's own results (month names, numeric dates, weekdays, clock times) a TimeML
 * reading, resolving what chrono leaves open: the year of "October 6" and the week of a bare
 * "Thursday" follow the tense of the clause. Relative phrases chrono also reads ("last week",
 * "in two days") are left to the named rules, which know their precision.
 */
import type { ParsedComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { annotate, isAnnotated } from '../annotation.ts';
import { type Day, daysBetween, isoDay, isoMonth, parseReferenceDay, shift, utcDay, weekday } from '../calendar.ts';
import type { Timex } from '../model.ts';
import { monthYearWords } from '../monthYearWords.ts';
import { weeklyValue } from '../parsers/durations.ts';
import { PARTS_OF_DAY, PART_OF_DAY_NOUNS, PART_OF_DAY_PATTERN, WEEKDAYS, WEEKDAY_STEMS } from '../lexicon/calendar.ts';
import { HABIT_ADVERBS, HABIT_CLAUSE_GAP } from '../lexicon/amounts.ts';
import { isVetoed, vetoesOf } from '../vetoes.ts';
import { yearless } from './narrative.ts';
import { referenceDayOf } from '../document.ts';
import { between, inMonth, inYear, onDay } from '../resolved.ts';
import { type Tense, type TenseRead, pastActAt, signalAt, signalledTense, tenseReader } from '../tense.ts';
import { yearOfMonth, yearOfMonthDay, yearOfWeekday } from '../yearChoice.ts';

const LEADING_PREPOSITION = /^(?:[,(（]\s*)?(?:(?:on|in|at|by|during|since|from|until|of|for)\s+)?/i;
// Also a dangling "of" that chrono keeps when no year follows ("March of the ...").
const TRAILING_NOISE = /(?:[\s,.)）]+|\s+of)+$/i;
// A plan named by a participle, with no "is" or "was" of its own: "originally set for", "a meeting planned for".
const PARTICIPLE_PLAN = /(?<!\b(?:is|are|am|be|been|being|was|were)\s+(?:\w+ly\s+)?)\b(?:set|scheduled|slated|planned|due)\s+(?:for|to)\b[^.;]{0,60}$/i;
const CLOCK_WORDS = /a\.?m\b|p\.?m\b|o['’]clock|noon|midnight/i;
/** A number of three or four digits after a day and a comma: a count or a score, not an hour. */
const COUNT_AFTER_DAY = /(?<=([a-z\d])),\s+(\d{1,4})$/i;
// "gunmen killed 10 Monday night", "the toll rose to 12 Monday": chrono reads a count before a weekday
// as the hour; with no clock word and no word of time before it ("at 10 Monday night" is the rule
// hour-of-part-of-day's) it is a count, cut from the day.
const COUNT_BEFORE_DAY = new RegExp(String.raw`^\d{1,2}\s+(?=(?:${WEEKDAYS.join('|')})\b)`, 'i');
const TIME_WORD_BEFORE_COUNT = /\b(?:at|by|until|till|before|after|around|about|from|since)\s+$/i;
/** Readings whose count before the weekday was cut: the day keeps a part of the day after it ("Monday night"). */
const countCut = new WeakSet<ParsingResult>();
// "So far this year, 20 people have died", "In March, 30 people were hurt", "On March 30, 12
// people died": a number of one or two digits after a comma that a lower-case word follows counts
// that word, not a clock, a day or a year; a clock's or a zone's word would make it a time, but
// hours counted from another time are an amount ("on Aug. 3, 12 hours before the deadline").
const COUNTED_WORD_AFTER = /^\s+(?!(?:a\.?m|p\.?m|o['’]clock|h|hrs?|hours?(?!\s+(?:before|after|later|earlier|ago)\b)|gmt|utc|local|in\s+the)\b)[a-z]/;
// A 24-hour time written with a dot, as British papers write it ("left at 14.30 on Tuesday"),
// when chrono has joined a day to it; not a price ("shares closed at 14.30 on Tuesday").
const DOTTED_CLOCK = /^(?:[01]\d|2[0-3])\.[0-5]\d\b/;
const PRICE_BEFORE = /\b(?:closed|opened|traded|trading|fell|rose|ended|stood|finished|settled|priced|valued|sold|bought|dipped|climbed|jumped|slipped)\s+(?:\w+\s+)?at\s+$/i;
// "09.03.2026": dots write the day first, as in Europe; chrono reads every numeric date month first, as slashes do in the US.
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(?:\d{4}|\d{2})\b/;

/** The day and month of a dotted numeric date, in the order it writes them. */
function dayFirst(result: ParsingResult): void {
  const dotted = DOTTED_DATE.exec(result.text);
  const [day, month] = [Number(dotted?.[1]), Number(dotted?.[2])];
  if (!dotted || month > 12 || result.start.get('day') === day) return;
  result.start.assign('day', day);
  result.start.assign('month', month);
}

// "In July, 3,000 people died", "In July 1,500 fled": a number with a thousands group (or a
// decimal) after a month is a count, not the month's day.
const DAY_OF_A_COUNT = /^(\D*[A-Za-z]\.?),?\s+\d{1,2}$/;
const REST_OF_NUMBER = /^[,.]\d/;
const COMMA_BEFORE_NUMBER = /,\s+\d{1,2}$/;

/** The month alone, when chrono took the first digits of a count after it for its day. */
function countAfterMonth(text: string, result: ParsingResult): void {
  const month = DAY_OF_A_COUNT.exec(result.text)?.[1];
  const rest = text.slice(result.index + result.text.length);
  // The comma stands right before the number ("In March, 30 people"), not after a weekday before the month ("on Sunday, June 15 in Geneva").
  const countsAWord = COMMA_BEFORE_NUMBER.test(result.text) && COUNTED_WORD_AFTER.test(rest);
  if (!month || !result.start.isCertain('day') || !(REST_OF_NUMBER.test(rest) || countsAWord)) return;
  result.text = month;
  result.start.delete('day');
}

/** A bare weekday: "last"/"next"/"this" if written, else the tense; unmarked = the nearest one. */
export function weekdayDay(reference: Day, target: number, modifier: string | undefined, tense: Tense | undefined): Day {
  const ahead = (target - weekday(reference) + 7) % 7;
  const behind = (7 - ahead) % 7;
  switch (modifier?.toLowerCase()) {
    case 'last':
    case 'past':
      return shift(reference, 'day', -(behind || 7));
    case 'next': {
      // "next Thursday" said on a Wednesday is not tomorrow, which "this Thursday" (or "Thursday")
      // names: "next" is of the week after the reference's, where "this" is of its own (Mon–Sun).
      const leftThisWeek = 6 - ((weekday(reference) + 6) % 7);
      return shift(reference, 'day', ahead === 0 || ahead <= leftThisWeek ? ahead + 7 : ahead);
    }
    case 'this': {
      const monday = shift(reference, 'day', -((weekday(reference) + 6) % 7));
      const day = shift(monday, 'day', (target + 6) % 7);
      // "will be announced this Thursday" on a Friday: the Thursday to come.
      return tense === 'future' && day.getTime() < reference.getTime() ? shift(day, 'week', 1) : day;
    }
  }
  if (tense === 'past') return shift(reference, 'day', -behind);
  if (tense === 'future') return shift(reference, 'day', ahead);
  return shift(reference, 'day', ahead <= behind ? ahead : -behind);
}

/** "tonight", "in two days": left to the named rules. A weekday's part ("Friday night") is ours. */
function isRelativeToReference(result: ParsingResult): boolean {
  let casualReference = false;
  for (const tag of result.tags()) {
    if (tag.startsWith('result/relative')) return true;
    casualReference ||= tag.startsWith('casualReference/');
  }
  // A named weekday or date keeps its part ("Friday night", "noon on Feb. 3").
  return casualReference && !result.start.isCertain('weekday') && !/\d/.test(result.text);
}

const CHRONO_VETOES = vetoesOf('chrono');

// "on Monday and Tuesday nights": the plural that follows makes both weekdays repeat.
const COORDINATED_REPETITION = new RegExp(String.raw`^,?\s+(?:and|or)\s+(?:${WEEKDAY_STEMS.join('|')})day(?:s|\s+(${PART_OF_DAY_PATTERN})s)\b`, 'i');

// "Museums are usually closed on Monday", "the council normally meets on Tuesday evening": a
// weekday in the singular after an adverb of habit in its clause is any such day, as the plural
// ("on Mondays") is: TIDES and TimeML value a generic weekday as repeating, XXXX-WXX-1. Not across
// a comma, a clause's end or another clause's word ("which usually closes on Friday, opened on
// Monday"; "regularly visits Gaza and will go there on Tuesday").
const HABITUAL_WEEKDAY = new RegExp(String.raw`^(?:${WEEKDAYS.join('|')})(?:\s+(${PART_OF_DAY_PATTERN}))?$`, 'i');
const HABIT_BEFORE = new RegExp(
  String.raw`\b(?:${HABIT_ADVERBS.join('|')})\b${HABIT_CLAUSE_GAP}\bon\s+$`,
  'i',
);

const PART_OF_DAY = new RegExp(String.raw`\b(${PART_OF_DAY_PATTERN})\b`, 'i');
const PART_OF_DAY_AFTER = new RegExp(String.raw`^\s+(?:${PART_OF_DAY_PATTERN})\b(?!\s+(?:${PART_OF_DAY_NOUNS.join('|')})\b)`, 'i');

const WRITTEN_SECONDS = /\b\d{1,2}:\d\d:\d\d\b/;

function clockTime(start: ParsedComponents, text: string): string {
  const pad = (n: number | null) => String(n ?? 0).padStart(2, '0');
  // "midnight Friday" ends Friday: TimeML writes it T24 of that day.
  if (/midnight/i.test(text) && !start.get('hour') && !start.get('minute')) return 'T24';
  // A value keeps the precision written (TimeML's ISO 8601 values): "14:05:00" is T14:05:00, "14:05" T14:05.
  const seconds = WRITTEN_SECONDS.test(text) ? `:${pad(start.get('second'))}` : '';
  return `T${pad(start.get('hour'))}:${pad(start.get('minute'))}${seconds}`;
}

function dateReading(start: ParsedComponents, reference: Day, text: string, tense: TenseRead, exactDay: () => boolean, namedYear?: number): Timex | null {
  const known = (c: Parameters<ParsedComponents['isCertain']>[0]) => start.isCertain(c);
  const month = start.get('month');
  const year = namedYear ?? (known('year') ? start.get('year') : null);
  const relative = !known('year'); // "last April" is read against the reference too
  if (known('month') && month !== null) {
    if (known('day')) {
      const dayOfMonth = start.get('day') ?? 1;
      const weekdayWritten = known('weekday') ? start.get('weekday') : null;
      const chosen = year ?? yearOfWeekday(yearOfMonthDay(reference, month, dayOfMonth, tense('clause'), exactDay()), month, dayOfMonth, weekdayWritten);
      const day = utcDay(chosen, month, dayOfMonth);
      return { type: 'DATE', value: isoDay(day), date: onDay(day), relative };
    }
    const y = year ?? yearOfMonth(reference, month, tense('clause'));
    return { type: 'DATE', value: isoMonth(y, month), date: inMonth(y, month), relative };
  }
  if (known('weekday')) {
    const modifier = /\b(last|past|next|this)\b/i.exec(text)?.[1];
    // A wrong guess costs a whole week: only a firm future marker moves a weekday ahead.
    const day = weekdayDay(reference, start.get('weekday') ?? 0, modifier, tense('sentence', true));
    return { type: 'DATE', value: isoDay(day), date: onDay(day), relative: true };
  }
  if (known('year') && year !== null) return { type: 'DATE', value: String(year), date: inYear(year) };
  if (known('hour')) {
    // A clock time alone happens on the reference day.
    return CLOCK_WORDS.test(text) ? { type: 'DATE', value: isoDay(reference), date: onDay(reference), relative: true } : null;
  }
  return null;
}

/** Days a range of days may span ("March 28-April 2"); a longer one is two dates, not a range. */
const LONGEST_DAY_RANGE = 31;

/**
 * "Feb. 17-18", "March 5 to 9": the days from the first to the last. TimeML has no value for
 * a range, so the value stays the first day; the calendar date spans them all.
 */
function withDayRange(reading: Timex, end: ParsedComponents | null | undefined): Timex {
  if (!end || !reading.date || reading.date.precision !== 'day' || !end.isCertain('day') || end.isCertain('hour')) return reading;
  const first = parseReferenceDay(reading.date.start);
  const [month, dayOfMonth] = [end.get('month') ?? first.getMonth() + 1, end.get('day') ?? 0];
  const last = utcDay(first.getFullYear() + (month < first.getMonth() + 1 ? 1 : 0), month, dayOfMonth);
  const days = daysBetween(last, first);
  return days > 0 && days <= LONGEST_DAY_RANGE ? { ...reading, date: between(first, last) } : reading;
}

function readChronoResult(context: ParsingContext, result: ParsingResult): ParsingResult | null {
  const leading = LEADING_PREPOSITION.exec(result.text)?.[0].length ?? 0;
  const trimmed = result.text.slice(leading).replace(TRAILING_NOISE, '');
  // The dot of "a.m." is the abbreviation's own.
  const dotted = /\b[ap]\.m$/i.test(trimmed) && result.text[leading + trimmed.length] === '.' ? `${trimmed}.` : trimmed;
  // "passed Wednesday night, 333 to 95": chrono reads the count as a clock (3:33) and joins it to
  // the day; a clock has a colon, "a.m." or "o'clock", so the count is cut and the day keeps its night.
  const count = COUNT_AFTER_DAY.exec(dotted);
  const [, before = '', digits = ''] = count ?? [];
  const counts = count && (/[a-z]/i.test(before) && digits.length >= 3 ? true : digits.length <= 2 && COUNTED_WORD_AFTER.test(context.text.slice(result.index + leading + dotted.length)));
  const text = counts && !CLOCK_WORDS.test(dotted) && !/\d:\d\d/.test(dotted) ? dotted.slice(0, count.index) : dotted;
  if (!text || isRelativeToReference(result)) return null;
  const countBefore = !CLOCK_WORDS.test(text) ? COUNT_BEFORE_DAY.exec(text) : null;
  if (countBefore && result.start.isCertain('weekday') && !TIME_WORD_BEFORE_COUNT.test(context.text.slice(Math.max(0, result.index + leading - 20), result.index + leading))) {
    result.start.delete(['hour', 'minute']);
    result.index += leading + countBefore[0].length;
    result.text = result.text.slice(leading + countBefore[0].length);
    countCut.add(result);
    return readChronoResult(context, result);
  }
  if (text !== dotted) {
    result.start.delete(['hour', 'minute']);
    // The count was read as the day ("March, 30") or the year's last digits ("March 30, 12").
    if (result.start.isCertain('day') && result.start.get('day') === Number(digits) && !/\d/.test(text)) result.start.delete('day');
    if (result.start.isCertain('year') && (result.start.get('year') ?? 0) % 100 === Number(digits)) result.start.delete('year');
  }
  const at = result.index + leading;
  if (isVetoed(CHRONO_VETOES, { text: context.text, start: at, end: at + text.length, chrono: result.start })) return null;
  result.index += leading;
  result.text = text;
  dayFirst(result);
  countAfterMonth(context.text, result);
  const reference = referenceDayOf(context);
  const month = result.start.get('month');
  const yearWords =
    result.start.isCertain('month') && !result.start.isCertain('year') && month !== null
      ? monthYearWords(context.text, result.index, result.index + text.length, reference, month)
      : undefined;
  if (yearWords) {
    result.index = yearWords.start;
    result.text = context.text.slice(yearWords.start, yearWords.end);
  }
  // "at 10:30 Tuesday morning": chrono stops at the weekday; TimeML's TIME holds the part of the day too.
  const partAfter = (result.start.isCertain('hour') || countCut.has(result)) && result.start.isCertain('weekday') ? PART_OF_DAY_AFTER.exec(context.text.slice(result.index + result.text.length)) : null;
  if (partAfter) result.text = context.text.slice(result.index, result.index + result.text.length + partAfter[0].length);
  const repeated = COORDINATED_REPETITION.exec(context.text.slice(result.index + result.text.length, result.index + result.text.length + 40));
  if (repeated && result.start.isCertain('weekday') && !result.start.isCertain('day') && /^[a-z]+$/i.test(text)) {
    return annotate(result, { type: 'SET', value: weeklyValue(result.start.get('weekday') ?? 0, repeated[1]) });
  }
  const habitual = HABITUAL_WEEKDAY.exec(text);
  if (habitual && result.start.isCertain('weekday') && !result.start.isCertain('day') && HABIT_BEFORE.test(context.text.slice(Math.max(0, result.index - 120), result.index))) {
    return annotate(result, { type: 'SET', value: weeklyValue(result.start.get('weekday') ?? 0, habitual[1]) });
  }
  const end = result.index + result.text.length;
  const signal = signalAt(context.text, result.index, end);
  const clauseTense = tenseReader(context.text, result.index, end);
  const tense = signalledTense(signal, clauseTense);
  // A signal says what the day is: behind ("since", "most recently") or not ("by", "until", "effective").
  // Else a past act's day ("met on March 3") or a plan's a firm future verb sets ("will be sworn in on
  // Jan. 20") is that day exactly, with none of a deadline's slack; not a plan a participle names,
  // which may have slipped ("talks, originally set for March 5-6, were put off").
  const exactDay = () =>
    signal
      ? signal.reads === 'past'
      : pastActAt(context.text, result.index, end) ||
        (clauseTense('clause', true) === 'future' && !PARTICIPLE_PLAN.test(context.text.slice(Math.max(0, result.index - 80), result.index)));
  const readIn = (year: number | undefined): Timex | null => {
    const reading = dateReading(result.start, reference, result.text, tense, exactDay, year);
    if (!reading) return null;
    const part = PART_OF_DAY.exec(result.text)?.[1];
    if (part && !result.start.isCertain('hour') && reading.date?.precision === 'day') {
      return { ...reading, type: 'TIME', value: `${reading.value}T${PARTS_OF_DAY[part.toLowerCase()]}` };
    }
    if (result.start.isCertain('hour') && reading.date?.precision === 'day') {
      const dottedClock = DOTTED_CLOCK.test(text) && !PRICE_BEFORE.test(context.text.slice(Math.max(0, result.index - 30), result.index));
      if (!CLOCK_WORDS.test(text) && !/\d:\d\d/.test(text) && !dottedClock) return reading;
      return { ...reading, type: 'TIME', value: reading.value + clockTime(result.start, text) };
    }
    return withDayRange(reading, result.end);
  };
  const reading = readIn(yearWords?.year);
  if (!reading) return null;
  if (month !== null && result.start.isCertain('month') && !result.start.isCertain('year') && !yearWords) {
    // A weekday written beside the day fixes its year (yearOfWeekday): a scene or a range told in
    // the past ("has been moved from Saturday 4 July") moves it only to a year where it still fits.
    const fits = (year: number) => !result.start.isCertain('weekday') || !result.start.isCertain('day') || weekday(utcDay(year, month, result.start.get('day') ?? 1)) === result.start.get('weekday');
    yearless(result, { tense: tense('clause'), readIn: (year) => (fits(year) ? readIn(year) : null) ?? reading });
  }
  return annotate(result, reading);
}

// "from 9 a.m. to 5 p.m.": the two clock times of a range and what parts them.
const CLOCK_RANGE = /^(.*?\S)(\s*(?:-|–|to|until|till|and)\s*)(\d.*)$/i;

/**
 * A range of clock times ("open from 7 a.m. to 7 p.m.") as TimeML marks it: a TIME for each
 * end. Chrono reads the range as one result with an end; its start stays, its end is its own.
 */
function clockRangeEnds(context: ParsingContext, result: ParsingResult): ParsingResult[] {
  if (!result.end || !result.start.isCertain('hour') || !result.end.isCertain('hour')) return [result];
  const range = CLOCK_RANGE.exec(result.text);
  if (!range) return [result];
  const [, first = '', gap = '', last = ''] = range;
  // Each end a clock as written ("7 a.m.", "10:30"), not "rose 1/4 to 12 3/4".
  const isClock = (part: string) => CLOCK_WORDS.test(part) || /\d:\d\d/.test(part);
  if (!isClock(first) || !isClock(last)) return [result];
  const second = context.createParsingResult(result.index + first.length + gap.length, last, result.end);
  result.text = first;
  result.end = undefined;
  return [result, second];
}

export const chronoReadings: Refiner = {
  refine(context, results) {
    return results.flatMap((result) => (isAnnotated(result) ? [result] : clockRangeEnds(context, result).flatMap((r) => readChronoResult(context, r) ?? [])));
  },
};
