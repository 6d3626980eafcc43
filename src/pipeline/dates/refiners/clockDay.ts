/**
 * A clock time takes the day written after it, across its conversion to another zone: in "at
 * 6 a.m. (0400 GMT) Saturday" and "at 10:30 a.m. local time (0730 GMT) on Friday" both times
 * are on Saturday, Friday; in "at 10:40 a.m. Friday (3:40 a.m. EDT)" the converted time is on
 * Friday too. The wires write the zones so; without this, the times fall on the publication day.
 * A time with no day after it is on the day last named when its sentence is told on that side
 * of the publication day: "The plane crashed Monday night. It lost contact at 11:15 p.m." is
 * Monday's 23:15; "The meeting is Saturday. It starts at 10 a.m." Saturday's 10:00. So is
 * "earlier/later in the day", which names no day either. An earlier evening the story went back
 * to lends none to a morning clock after it ("searched Friday for a ferry that capsized Thursday
 * evening. By 9 a.m. …" is Friday's).
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { isQuoted } from '../../parse/quotes.ts';
import { annotate, readingOf } from '../annotation.ts';
import { NEWS_WEEK, daysBetween, isoDay, parseReferenceDay, shift } from '../calendar.ts';
import { referenceDayOf } from '../document.ts';
import { PLACE_TIME, WEEKDAY_NAME } from '../lexicon/calendar.ts';
import type { Example } from '../model.ts';
import { sentenceAround, tenseAt } from '../tense.ts';
import { boundsAStretch, endsItsDay } from './anaphora.ts';
import { isTellingClock, isTellingDay } from './tellingDay.ts';

/** A time of day that names no day: "6 a.m.", "0400 GMT", "around 10:30 a.m. EDT", "nightfall", "midday". */
const NAMES_A_DAY = /(?<!mid)day\b|(?<!mid)night\b|morning|afternoon|evening|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d{1,2}\/\d/i;
// A clock or a moment of the day ("at dawn" is TMO): both take the day last named.
const CLOCK_VALUE = /^\d{4}-\d\d-\d\d(T(?:\d\d(?::\d\d)*|MO|AF|EV|NI))$/;
/** Between a time and the next expression: "local time" or a place's ("11 p.m. Kyiv time on Tuesday"), a conversion in brackets, "on". */
const ZONE_GAP = new RegExp(String.raw`^\s*(?:${PLACE_TIME}\s*)?(?:\(\s*)?(?:[Oo]n\s+)?$`);
const LOCAL_GAP = /^\s*local\s+time\s*(?:on\s+)?$/i;
const OVERNIGHT = /^overnight$/i;
const PARAGRAPH_BREAK = /\n\s*\n/;
const LATE_BEFORE = /\blate[\s-]+$/i;
/** "had left", "had been told": a past perfect, not "had talks" or "had to". */
const PAST_PERFECT = /\bhad\s+(?:(?:\w+ly|not|already|just)\s+)?(?!(?:a|an|the|no|to|his|her|its|their|our|some|more|few|little)\b)[a-z]+\b[^.;]*$/i;

/**
 * Whether a day is named under a past perfect in its sentence: the story's background ("The
 * train had left at 11 p.m. Monday"), not the day its later clock times are of ("Rescue work
 * ended at about 10 a.m." is the derailment's day).
 */
function inPastPerfect(text: string, result: ParsingResult): boolean {
  return PAST_PERFECT.test(text.slice(sentenceAround(text, result.index).start, result.index));
}
/** "after a slide on Wall Street", "before the summit": another event, told beside the story's. */
const OTHER_EVENT_BEFORE = /\b(?:after|before|following)\s+(?:an?|the|its|his|her|their)\s+[^,;.]*$/i;

/**
 * Whether results[j] dates another event than its sentence's news, in an after/before phrase
 * when its sentence named its own day first: in "Stocks fell early Thursday after a slide on Wall
 * Street late yesterday, and the index closed at 3 p.m." the close is Thursday's, not the slide's.
 */
function isOtherEventsDay(text: string, results: ParsingResult[], j: number): boolean {
  const named = results[j]!;
  const sentenceStart = sentenceAround(text, named.index).start;
  const phrase = OTHER_EVENT_BEFORE.exec(text.slice(sentenceStart, named.index));
  if (!phrase) return false;
  const phraseStart = sentenceStart + phrase.index;
  return results.slice(0, j).some((r) => r.index >= sentenceStart && r.index < phraseStart && dayOf(r) !== undefined);
}

/** Where a part of the day begins, in minutes: a night overlaps its evening ("fought Wednesday night … at about 9 p.m."). */
const PART_BEGINS: Record<string, number> = { MO: 0, AF: 12 * 60, EV: 18 * 60, NI: 18 * 60 };

/** Where a time of day begins, in minutes: a clock's own ("T10:30", "T24"), a part's first hour ("TEV"). */
function beginsAt(value: string): number | undefined {
  const part = /T(MO|AF|EV|NI)$/.exec(value)?.[1];
  return part ? PART_BEGINS[part] : minutesOf(value);
}

/**
 * Whether `named` is a time of an earlier day the story went back to ("Rescue teams dug
 * Friday for survivors of a slide that buried the village Thursday evening"; "shares edged
 * higher on Wednesday as talks ran late into Tuesday night"): a later day, not ahead of the
 * publication day, was named before it, and the clock, in a later sentence, comes before that
 * time of day begins ("A police spokesman said at 10:30 a.m.", "up 0.2% by 0915 GMT"). Such a
 * clock is not later in that evening's story but back in the news; "… the village Thursday
 * evening. It struck at 7:40 p.m." stays Thursday's.
 */
function isEarlierHourGoneBackTo(text: string, results: ParsingResult[], named: ParsingResult, time: ParsingResult, reference: string): boolean {
  const day = dayOf(named);
  // "overnight" lends the morning it runs into (morningAfterOvernight), not its night.
  if (!day || OVERNIGHT.test(named.text)) return false;
  // The time of day it is read in: itself, or the one around it (chrono's "Sunday" inside "the
  // early hours of Sunday" stays beside it until the longest reading is kept, overlaps.ts).
  const around = results.find((r) => r.index <= named.index && r.index + r.text.length >= named.index + named.text.length && readingOf(r)?.type === 'TIME' && dayOf(r) === day);
  const [hour, clock] = [around && beginsAt(readingOf(around)!.value), beginsAt(readingOf(time)?.value ?? '')];
  if (!around || hour === undefined || clock === undefined || clock >= hour) return false;
  // Its own sentence goes on with it: "ran aground in the small hours of Sunday and was refloated at 2 p.m." is Sunday's.
  if (sentenceAround(text, time.index).start <= around.index) return false;
  return results.some((r) => {
    const before = dayOf(r);
    return r.index < around.index && before !== undefined && before > day && before <= reference;
  });
}

/**
 * Where the days that can lend themselves to a time to come begin: its sentence and the one
 * before ("The meeting will be held Saturday. It starts at 10 a.m."). A day of the future named
 * further back is another plan's: in "… would reach Guatemala late Saturday. Officials said
 * Thursday night that 30 had died. The next advisory will be issued at 5 p.m." the advisory is
 * the publication day's.
 */
function planReach(text: string, offset: number): number {
  const own = sentenceAround(text, offset).start;
  return own > 0 ? sentenceAround(text, own - 1).start : own;
}
const CONVERSION_GAP = /^\s*(?:local\s+time\s*)?\(\s*$/i;
// "7pm local time on Saturday, 6am in Ostrand": the same moment told in a second zone after a comma.
// Chrono reads the day with the clock after it; the day is the first clock's.
const DAY_BEFORE_ANOTHER_CLOCK = new RegExp(String.raw`^${WEEKDAY_NAME},\s+(?=\d)`);

/** Gives `time` the weekday chrono read with the clock after it ("7pm on Saturday, 6am in London"), and leaves the later clock alone; whether it did. */
function dayOfTheClockBefore(text: string, time: ParsingResult, clock: string, next: ParsingResult | undefined): boolean {
  const between = next ? gap(text, time, next) : '';
  const lent = next && readingOf(next)?.type === 'TIME' && (LOCAL_GAP.test(between) || /^\s*on\s+$/i.test(between)) ? DAY_BEFORE_ANOTHER_CLOCK.exec(next.text) : null;
  const day = lent && dayOf(next!);
  if (!lent || !day) return false;
  moveTo(time, day, clock);
  // A reading holds to the text it was made for: each is made again for the new extents.
  const [reading, later] = [readingOf(time)!, readingOf(next!)!];
  time.text = text.slice(time.index, next!.index + lent[0].length).replace(/,\s*$/, '');
  next!.index += lent[0].length;
  next!.text = next!.text.slice(lent[0].length);
  annotate(time, reading);
  annotate(next!, later);
  return true;
}

// "earlier in the day", "later in the day": a day that names none, the story's day as a bare
// clock time's ("Police arrested three men Tuesday. Earlier in the day …" is Tuesday).
const STORY_DAY = /^(?:earlier|later)\s+in\s+the\s+day$/i;

/** The clock of a time that names no day ('' for a whole day so told), or undefined. */
export function clockOnly(result: ParsingResult): string | undefined {
  const timex = readingOf(result);
  if (timex?.type === 'DATE' && STORY_DAY.test(result.text)) return '';
  const clock = timex?.type === 'TIME' ? CLOCK_VALUE.exec(timex.value)?.[1] : undefined;
  return clock && !NAMES_A_DAY.test(result.text) ? clock : undefined;
}

/** The day a result names, if it names a single day. */
function dayOf(result: ParsingResult): string | undefined {
  const date = readingOf(result)?.date;
  return date?.precision === 'day' ? date.start : undefined;
}

function moveTo(result: ParsingResult, day: string, clock: string): void {
  const timex = readingOf(result);
  if (timex) annotate(result, { ...timex, value: `${day}${clock}`, date: { value: day, start: day, end: day, precision: 'day' } });
}

const gap = (text: string, a: ParsingResult, b: ParsingResult) => text.slice(a.index + a.text.length, b.index);

/**
 * The day last named before `results[i]` on the side of `reference` that the time's tense says
 * (a clock time's own day excluded; "overnight" counts as the morning it runs into), or the
 * reference day named itself. A day named on the other side is passed
 * over: in "… will sign it at 11:30 a.m. Friday. Stocks closed at 4 p.m." the close is on the
 * day the story told before, not Friday's.
 */
function dayLastNamed(text: string, results: ParsingResult[], i: number, reference: string): string | undefined {
  const time = results[i]!;
  const tense = tenseAt(text, time.index, time.index + time.text.length);
  const onItsSide = (day: string) => day === reference || (tense === 'past' && day < reference) || (tense === 'future' && day > reference);
  const reach = tense === 'future' ? planReach(text, time.index) : 0;
  const sentenceStart = sentenceAround(text, time.index).start;
  // One pass reads which days before the time could lend theirs; a day of telling ("witnesses
  // said Thursday") lends only to a clock timing a telling of the news, as does a day of its own sentence.
  const lending = results.slice(0, i).filter((r, j) => {
    const lends =
      r.index >= reach &&
      r.index + r.text.length <= time.index &&
      clockOnly(r) === undefined &&
      !inPastPerfect(text, r) &&
      !boundsAStretch(text, r.index) &&
      !isOtherEventsDay(text, results, j) &&
      !isQuotedApart(text, r, time);
    const day = lends ? dayOf(r) : undefined;
    return day !== undefined && onItsSide(day);
  });
  const storyDays = lending.filter((r) => !isTellingDay(text, r));
  const candidates = isTellingOfTheNews(text, time, storyDays.at(-1), reference) ? lending.filter((r) => isTellingDay(text, r) || r.index >= sentenceStart) : storyDays;
  const last = candidates.at(-1);
  // A background passage between the news and the clock ("Rebels seized the town on Thursday. It
  // was captured in March 1996 after a siege that lasted until June 30. At 10 a.m., the rebels
  // raised their flag."): a day far from the publication day, named in an earlier sentence, lends
  // no day when the story named a day of its own week before it; the clock is back in the news.
  // The news day must be told in the background's paragraph: a paragraph that goes back to a past day tells that day's story
  // on ("… climbed it again last Saturday.\n\nHe fell on Aug. 30, 1984. … reached him at about 9 p.m." is 1984's), as the
  // pipeline, reading a sentence with its paragraph alone, reads it.
  const backInTheNews =
    last && isBackground(text, last, time, reference)
      ? candidates.findLast((r) => Math.abs(daysBetween(parseReferenceDay(dayOf(r)!), parseReferenceDay(reference))) <= NEWS_WEEK && !PARAGRAPH_BREAK.test(text.slice(r.index, last.index)))
      : undefined;
  const picked = backInTheNews ?? last;
  // An earlier hour the story went back to lends none: the clock is on the story's day before it, else the publication day.
  const goneBack = (r: ParsingResult) => isEarlierHourGoneBackTo(text, results, r, time, reference);
  const named = picked && goneBack(picked) ? candidates.slice(0, candidates.indexOf(picked)).findLast((r) => !goneBack(r)) : picked;
  const day = named && dayOf(named);
  const anchor = day && named && OVERNIGHT.test(named.text) ? morningAfterOvernight(text, day, candidates.slice(0, candidates.indexOf(named)).at(-1)) : day;
  return anchor === reference ? undefined : anchor;
}

/**
 * The morning "overnight" runs into. Its own day is not read yet (the anaphora stage reads it
 * last): it is the night before the day named before it, or that day's own night when the
 * story was already at its end (anaphora.ts endsItsDay). So "Stocks fell Tuesday. Bonds slid
 * overnight in Tokyo. The selling began at midday" is Tuesday's midday; with no day before
 * it, "overnight" is the night before the publication day, and its morning is that day.
 */
function morningAfterOvernight(text: string, overnightDay: string, before: ParsingResult | undefined): string {
  const beforeDay = before && dayOf(before);
  const timex = before && readingOf(before);
  if (!beforeDay || !timex?.date) return isoDay(shift(parseReferenceDay(overnightDay), 'day', 1));
  // "late Sunday": "late" joins the reading after this stage (qualifiers.ts), so it is read here.
  return LATE_BEFORE.test(text.slice(Math.max(0, before.index - 6), before.index)) || endsItsDay({ ...timex, date: timex.date }) ? isoDay(shift(parseReferenceDay(beforeDay), 'day', 1)) : beforeDay;
}

/**
 * Whether a clock times a telling of the news ("the premier told reporters at midday", "a
 * spokesman said at 10:30 a.m."), its sentence naming no day: it is on the day of telling last
 * named, else the publication day, not on the day of the story told before it ("… pulled a boy
 * alive late Wednesday. … the premier told reporters at midday" is the publication day's). A
 * story far from the news ("The ferry sank on June 30, 1996. … the captain told the crew at 10
 * a.m.") keeps its day: its tellings are of then.
 */
function isTellingOfTheNews(text: string, time: ParsingResult, storyDay: ParsingResult | undefined, reference: string): boolean {
  if (!isTellingClock(text, time)) return false;
  const day = storyDay && dayOf(storyDay);
  return !day || Math.abs(daysBetween(parseReferenceDay(day), parseReferenceDay(reference))) <= NEWS_WEEK;
}

/**
 * Whether a day is named inside a quotation and the time outside it: the speaker's day, not the narration's ("“We lost the bridge on
 * Tuesday,” the mayor said. At 3.15 p.m. the minister resigned" is the paper's 3.15). A day the narration names itself ("…,” the mayor
 * said on Tuesday") lends its own; a time in the same quotation takes the speaker's day.
 */
function isQuotedApart(text: string, named: ParsingResult, time: ParsingResult): boolean {
  return isQuoted(text, named.index) && !isQuoted(text, time.index);
}

/** A day named in an earlier sentence than the time and further than a week from the publication day. */
function isBackground(text: string, named: ParsingResult, time: ParsingResult, reference: string): boolean {
  const far = Math.abs(daysBetween(parseReferenceDay(dayOf(named)!), parseReferenceDay(reference))) > NEWS_WEEK;
  return far && sentenceAround(text, time.index).start > named.index;
}

const minutesOf = (clock: string) => {
  const [hours, minutes] = /T(\d\d)(?::(\d\d))?/.exec(clock)?.slice(1) ?? [];
  return hours === undefined ? undefined : Number(hours) * 60 + Number(minutes ?? 0);
};

/** An evening or night: a clock from 6 p.m., "midnight", "Wednesday night". */
const EVENING = 18 * 60;
const NOON = 12 * 60;
const isEvening = (value: string) => /T(?:EV|NI)$/.test(value) || (minutesOf(value) ?? 0) >= EVENING;

/**
 * A morning clock, or noon, after an evening or a night of the same day in its sentence is the
 * next day's: "fought Wednesday night … until 3 a.m.", "started at 9 p.m. and went on until 3
 * a.m." end on Thursday; "Snow began falling at 6 p.m. Wednesday, and the airport hoped to
 * reopen by noon" is Thursday's noon, as no noon of Wednesday comes after its evening.
 */
function morningAfter(text: string, results: ParsingResult[], i: number, clock: string): string | undefined {
  const time = results[i]!;
  const day = dayOf(time);
  const minutes = minutesOf(clock);
  if (!day || minutes === undefined || minutes > NOON) return undefined;
  const sentenceStart = sentenceAround(text, time.index).start;
  const evening = results.slice(0, i).findLast((r) => {
    const timex = readingOf(r);
    return r.index >= sentenceStart && timex?.type === 'TIME' && dayOf(r) === day && isEvening(timex.value);
  });
  return evening ? isoDay(shift(parseReferenceDay(day), 'day', 1)) : undefined;
}

// What parts the two clocks of a range: "to", "until", a dash; "and" only after "between" (else a list). Not
// chronoReadings' CLOCK_RANGE, which splits one result chrono already read as a range inside its own text
// (its "and" is chrono's "between … and"); here the gap between two results is read, so "through" and every dash count.
const RANGE_GAP = /^\s*(?:[-‐‑–—]|to|until|till|through)\s*$/i;
const BETWEEN_GAP = /^\s*and\s*$/i;
const BETWEEN_BEFORE = /\bbetween\s+$/i;

/** The day of the end of a range of clocks `time` starts, when that end is a time of a day named with it ("3 a.m. Friday", "Friday morning"). */
function rangeEndOf(text: string, time: ParsingResult, end: ParsingResult | undefined): string | undefined {
  const endReading = end && readingOf(end);
  if (!end || endReading?.type !== 'TIME' || clockOnly(end) !== undefined) return undefined;
  const between = gap(text, time, end);
  const ranged = RANGE_GAP.test(between) || (BETWEEN_GAP.test(between) && BETWEEN_BEFORE.test(text.slice(Math.max(0, time.index - 12), time.index)));
  return ranged ? dayOf(end) : undefined;
}

/** The day of a clock that comes before `end` in one stretch of time: `end`'s, or the day before when the clock is later in the day than `end` begins. */
function startDayOf(clock: string, end: ParsingResult): string {
  const day = dayOf(end)!;
  const runsPastMidnight = (minutesOf(clock) ?? 0) > (beginsAt(readingOf(end)!.value) ?? 24 * 60);
  return runsPastMidnight ? isoDay(shift(parseReferenceDay(day), 'day', -1)) : day;
}

// Between two clocks of one happening told by two verbs: "open at 7 a.m. and close at 8 p.m. Sunday";
// a comma opens another clause ("close at 8 p.m., and results are expected late tonight").
const COORDINATED_GAP = /^[^.,;:!?()]{0,50}$/;
const CLOCK_OF_A_DAY = /T\d\d/;
const AND = /\band\b/i;
// A new subject after "and" opens a second clause, another happening with its own time ("A fire
// broke out at 2 p.m. and the inquest will open at 10 a.m. Friday"): a determiner, a pronoun or a name.
const AND_A_NEW_SUBJECT = /\band\s+(?:(?:the|an?|its|his|her|their|our|this|that|these|those|he|she|it|they|we|i|you)\b|(?-i:[A-Z]))/i;

/**
 * A clock with no day before it, its sentence's next time a clock of a day joined to it by "and"
 * ("Polls open at 7 a.m. and close at 8 p.m. Sunday", "The fire started at 11 p.m. and was put out
 * at 4 a.m. Tuesday"): one stretch, so the first is on that day (or the day before, past
 * midnight), not the publication day. Not a clock that times a telling ("said at 9 a.m. …").
 */
function coordinatedClockAfter(text: string, results: ParsingResult[], i: number): ParsingResult | undefined {
  const time = results[i]!;
  const end = results[i + 1];
  const endReading = end && readingOf(end);
  if (!end || isTellingClock(text, time) || endReading?.type !== 'TIME' || !CLOCK_OF_A_DAY.test(endReading.value) || clockOnly(end) !== undefined || !dayOf(end)) return undefined;
  const between = gap(text, time, end);
  return COORDINATED_GAP.test(between) && AND.test(between) && !AND_A_NEW_SUBJECT.test(between) ? end : undefined;
}

/**
 * "struck at 4:31 a.m. (2131 GMT Tuesday)": the local day is the conversion's day moved by the
 * zone between the two clocks (a zone lies 12 hours behind to 14 ahead): Wednesday here.
 */
function localDay(clock: string, conversion: ParsingResult): string | undefined {
  const written = readingOf(conversion)?.value ?? '';
  const day = dayOf(conversion);
  const [local, other] = [minutesOf(clock), minutesOf(written)];
  if (!day || local === undefined || other === undefined) return undefined;
  const offset = [local - other - 1440, local - other, local - other + 1440].find((m) => m >= -720 && m <= 840);
  return offset === undefined ? undefined : isoDay(shift(parseReferenceDay(day), 'day', Math.floor((other + offset) / 1440)));
}

export const clockTakesDay: Refiner = {
  refine(context, results) {
    const reference = isoDay(referenceDayOf(context));
    const joined = new Set<ParsingResult>();
    // The second zone's clock of "7pm on Saturday, 6am in London" is the same moment: no morning after the evening.
    const sameMoment = new Set<ParsingResult>();
    for (const [i, time] of results.entries()) {
      if (joined.has(time)) continue;
      const clock = clockOnly(time);
      if (clock === undefined) continue;
      // "10:40 a.m. Friday (3:40 a.m. EDT)": the conversion is on the day just named.
      const previous = results[i - 1];
      const previousDay = previous && readingOf(previous)?.type === 'TIME' ? dayOf(previous) : undefined;
      if (previous && previousDay && !clockOnly(previous) && CONVERSION_GAP.test(gap(context.text, previous, time))) {
        moveTo(time, previousDay, clock);
        continue;
      }
      // "from 8 p.m. until 3 a.m. Friday", "between 11 p.m. and 4 a.m. Tuesday": the start of a
      // range of clocks is on its end's day, the day before when the range runs past midnight
      // (chrono lends the start its end's day, or none when it reads no range).
      if (rangeEndOf(context.text, time, results[i + 1])) {
        moveTo(time, startDayOf(clock, results[i + 1]!), clock);
        continue;
      }
      if (dayOfTheClockBefore(context.text, time, clock, results[i + 1])) {
        sameMoment.add(results[i + 1]!);
        continue;
      }
      // "6 a.m. (0400 GMT) Saturday": this time and its conversion are on the day after them.
      const conversion = results[i + 1] && clockOnly(results[i + 1]!) && CONVERSION_GAP.test(gap(context.text, time, results[i + 1]!)) ? results[i + 1] : undefined;
      // "1:47 a.m. (1747 GMT Monday) on Tuesday": a conversion with a day of its own is another zone's day; the local time's is the one after.
      const ownDay = !conversion && results[i + 1] && readingOf(results[i + 1]!)?.type === 'TIME' && CONVERSION_GAP.test(gap(context.text, time, results[i + 1]!)) ? results[i + 1] : undefined;
      const last = conversion ?? ownDay ?? time;
      // The next result after it (chrono may still hold "Monday" inside "2300 GMT Monday").
      const next = results.slice(i + 1).find((r) => r.index >= last.index + last.text.length);
      const day = next && readingOf(next)?.type === 'DATE' ? dayOf(next) : undefined;
      if (!next || !day || !ZONE_GAP.test(gap(context.text, last, next).replace(/^\s*\)/, ''))) {
        const local = ownDay && localDay(clock, ownDay);
        if (local) {
          moveTo(time, local, clock);
          continue;
        }
        const named = dayLastNamed(context.text, results, i, reference);
        const laterInItsAct = named ? undefined : coordinatedClockAfter(context.text, results, i);
        if (named) moveTo(time, named, clock);
        else if (laterInItsAct) moveTo(time, startDayOf(clock, laterInItsAct), clock);
        const nextMorning = sameMoment.has(time) ? undefined : morningAfter(context.text, results, i, clock);
        if (nextMorning) moveTo(time, nextMorning, clock);
        continue;
      }
      moveTo(time, day, clock);
      if (conversion) moveTo(conversion, day, clockOnly(conversion)!);
      // "midnight local time on Sunday" is one expression, as chrono makes "midnight on Sunday"
      // and TimeBank marks "5 p.m. EST, Nov. 6": the time, its zone and its day.
      else if (LOCAL_GAP.test(gap(context.text, time, next))) {
        const reading = readingOf(time)!;
        time.text = context.text.slice(time.index, next.index + next.text.length);
        annotate(time, reading);
        joined.add(next);
      }
    }
    return joined.size ? results.filter((r) => !joined.has(r)) : results;
  },
};

export const CLOCK_DAY_EXAMPLES: Example[] = [
  { text: 'The ceasefire went into effect at 6 a.m. (0400 GMT) Saturday.', ref: '1998-08-07', finds: '6 a.m.', value: '1998-08-01T06:00' },
  { text: 'The ceasefire went into effect at 6 a.m. (0400 GMT) Saturday.', ref: '1998-08-07', finds: '0400 GMT', value: '1998-08-01T04:00' },
  { text: 'The blast occurred at 10:30 a.m. local time (0730 GMT) on Thursday.', ref: '1998-08-07', finds: '10:30 a.m.', value: '1998-08-06T10:30' },
  { text: 'The quake struck at 1:47 a.m. (1747 GMT Monday) on Tuesday.', ref: '1999-09-24', finds: '1:47 a.m.', value: '1999-09-21T01:47' },
  { text: 'The quake struck at 4:31 a.m. (2131 GMT Tuesday).', ref: '1999-09-24', finds: '4:31 a.m.', value: '1999-09-22T04:31' },
  { text: 'The plane landed at 9:15 p.m. (0215 GMT Friday).', ref: '1999-09-24', finds: '9:15 p.m.', value: '1999-09-23T21:15' },
  { text: 'The ceasefire will take effect at midnight local time on Sunday.', ref: '2000-01-12', finds: 'midnight local time on Sunday', value: '2000-01-16T24' },
  { text: 'The curfew begins at 10 p.m. local time Friday.', ref: '2026-03-12', finds: '10 p.m. local time Friday', value: '2026-03-13T22:00' },
  { text: 'The match kicks off at 7pm local time on Saturday, 6am in London.', ref: '2026-02-06', finds: '7pm local time on Saturday', value: '2026-02-07T19:00' },
  { text: 'The match kicks off at 7pm local time on Saturday, 6am in London.', ref: '2026-02-06', finds: '6am', value: '2026-02-07T06:00' },
  // A zone told by its place is one too: the day after it is the clock's.
  { text: 'The two presidents spoke at 11 p.m. Kyiv time on Tuesday.', ref: '2026-03-12', finds: '11 p.m.', value: '2026-03-10T23:00' },
  { text: 'The ceasefire took effect at 6 a.m. New York time Sunday.', ref: '2026-03-12', finds: '6 a.m.', value: '2026-03-08T06:00' },
  { text: 'The ceasefire took effect at midnight local time.', ref: '2000-01-24', finds: 'midnight', value: '2000-01-23T24' },
  { text: 'The bomb went off at 10:40 a.m. Thursday (3:40 a.m. EDT).', ref: '1998-08-07', finds: '3:40 a.m. EDT', value: '1998-08-06T03:40' },
  { text: 'The plane crashed Monday night. It lost contact at 11:15 p.m.', ref: '1998-02-12', finds: '11:15 p.m.', value: '1998-02-09T23:15' },
  { text: 'The meeting will be held Saturday. It starts at 10 a.m.', ref: '1998-02-12', finds: '10 a.m.', value: '1998-02-14T10:00' },
  { text: 'The House passed it Wednesday. Clinton will sign it at 11:30 a.m. Friday. Stocks closed at 4 p.m.', ref: '1998-10-22', finds: '4 p.m.', value: '1998-10-21T16:00' },
  { text: 'Asian shares fell overnight. By 1015 GMT the index was down 0.8%.', ref: '2026-03-06', finds: '1015 GMT', value: '2026-03-06T10:15' },
  { text: 'Clinton flew in late Sunday. Clashes went on overnight, and a man was killed at dawn.', ref: '2000-10-16', finds: 'dawn', value: '2000-10-16TMO' },
  // A day after "since" bounds a stretch and lends no day.
  { text: 'The index closed Tuesday at its lowest since Aug. 11. Selling had begun at midday.', ref: '1999-09-29', finds: 'midday', value: '1999-09-28T12:00' },
  // "overnight" after a day named runs into that day's morning, or the next one's after a late hour.
  { text: 'Stocks fell Tuesday. Bond prices slid overnight in Tokyo. The selling began at midday.', ref: '1999-09-29', finds: 'midday', value: '1999-09-28T12:00' },
  { text: 'Shares slumped on Monday in Frankfurt; futures had dropped overnight in Asia, and trading was halted at 11 a.m.', ref: '2024-08-07', finds: '11 a.m.', value: '2024-08-05T11:00' },
  { text: 'Firefighters were called late Wednesday and fought the blaze overnight. It was out by 6 a.m.', ref: '2025-12-15', finds: '6 a.m.', value: '2025-12-11T06:00' },
  { text: 'A train derailed at 3:15 a.m. Tuesday. It had left at 11 p.m. Monday. Rescue work ended at about 10 a.m.', ref: '2000-07-04', finds: 'about 10 a.m.', value: '2000-07-04T10:00' },
  // A moment whose word holds "day" or "night" names no day for all that: "nightfall", "daybreak", "midday".
  { text: 'Troops moved in before dawn Tuesday, and by nightfall the town was quiet.', ref: '1998-02-19', finds: 'nightfall', value: '1998-02-17TEV' },
  { text: 'Rebels attacked on Monday and withdrew at midday.', ref: '1998-02-19', finds: 'midday', value: '1998-02-16T12:00' },
  // "earlier/later in the day" is the story's day, as a bare clock is; ahead of the news, the publication day's.
  { text: 'Police arrested three men on Tuesday. Later in the day, the mayor called for calm.', ref: '1999-03-17', finds: 'Later in the day', value: '1999-03-16' },
  { text: 'Shares rose on Monday. Price data is due later in the day.', ref: '2025-06-11', finds: 'later in the day', value: '2025-06-11' },
  // The start of a range of clocks is on its end's day, the day before when the range runs past midnight.
  { text: 'The square will be closed to cars from 8 p.m. until 3 a.m. Friday.', ref: '1998-12-31', finds: '8 p.m.', value: '1998-12-31T20:00' },
  { text: 'A curfew runs from 10 p.m. to 5 a.m. Sunday.', ref: '1998-12-31', finds: '10 p.m.', value: '1999-01-02T22:00' },
  { text: 'Police closed the bridge between 11 p.m. and 4 a.m. Tuesday.', ref: '1998-12-31', finds: '11 p.m.', value: '1998-12-28T23:00' },
  { text: 'The office is open from 9 a.m. to 5 p.m. Saturday.', ref: '1998-12-31', finds: '9 a.m.', value: '1999-01-02T09:00' },
  { text: 'Troops patrolled the town from 9 p.m. to Sunday morning.', ref: '2026-03-11', finds: '9 p.m.', value: '2026-03-07T21:00' },
  // Two clocks of one happening joined by "and": the first has the second's day when none comes before it.
  { text: 'Polls open at 7 a.m. and close at 8 p.m. Sunday.', ref: '1998-11-18', finds: '7 a.m.', value: '1998-11-22T07:00' },
  { text: 'The fire started at 11 p.m. and was put out at 4 a.m. Tuesday.', ref: '1998-11-18', finds: '11 p.m.', value: '1998-11-16T23:00' },
  { text: 'Voting will start at 7 a.m. and end at 8 p.m. on Sunday.', ref: '1998-11-18', finds: '7 a.m.', value: '1998-11-22T07:00' },
  { text: 'The plane crashed Monday night. Rescuers arrived at 11 p.m. and found survivors at 6 a.m. Wednesday.', ref: '1998-11-18', finds: '11 p.m.', value: '1998-11-16T23:00' },
  { text: 'A spokesman said at 9 a.m. that the vote would be held at 8 p.m. Sunday.', ref: '1998-11-18', finds: '9 a.m.', value: '1998-11-18T09:00' },
  { text: 'Polls open at 7 a.m. and close at 8 p.m., and results are expected late tonight.', ref: '1998-11-03', finds: '8 p.m.', value: '1998-11-03T20:00' },
  // "and" with a new subject after it joins two clauses, two happenings: the first clock keeps the publication day.
  { text: 'A fire broke out at 2 p.m. and the inquest will open at 10 a.m. Friday.', ref: '2026-03-16', finds: '2 p.m.', value: '2026-03-16T14:00' },
  { text: 'The ferry docked at 6 p.m. and Captain Orlek will speak at 9 a.m. Friday.', ref: '2026-03-16', finds: '6 p.m.', value: '2026-03-16T18:00' },
  // Past midnight: a morning clock after an evening of the same day in its sentence.
  { text: 'They fought Wednesday night. The shooting started at about 9 p.m. and did not stop until 3 a.m.', ref: '1998-02-19', finds: '3 a.m.', value: '1998-02-19T03:00' },
  { text: 'Rescuers worked through Monday night and pulled him out at 4 a.m.', ref: '1998-02-19', finds: '4 a.m.', value: '1998-02-17T04:00' },
  { text: 'Snow began falling at about 6 p.m. Monday, and the airport hoped to reopen by noon.', ref: '2001-01-09', finds: 'noon', value: '2001-01-09T12:00' },
  { text: 'Snow began falling at about 6 p.m. Monday, and the airport closed at 5 p.m.', ref: '2001-01-09', finds: '5 p.m.', value: '2001-01-08T17:00' },
  // A day of telling lends none: the story's clocks are on the story's day.
  { text: 'Gunmen fought Wednesday night, witnesses said Thursday. The shooting started at about 9 p.m.', ref: '1998-02-19', finds: 'about 9 p.m.', value: '1998-02-18T21:00' },
  { text: 'The leader told reporters Monday evening that members had 48 hours. When the House met again at 10 a.m., few were there.', ref: '1999-06-08', finds: '10 a.m.', value: '1999-06-08T10:00' },
  // A clock that times a telling of the news, its sentence naming no day: the telling's day, else the publication day's.
  { text: 'Rescuers pulled a boy alive from the rubble late Wednesday. Power is back in the capital. The premier told reporters at midday that schools would reopen.', ref: '1999-09-23', finds: 'midday', value: '1999-09-23T12:00' },
  { text: 'Gunmen stormed the embassy on Monday, the ministry said. Talks go on. A spokesman said at about 9 a.m. that two hostages were freed.', ref: '2003-05-14', finds: 'about 9 a.m.', value: '2003-05-14T09:00' },
  { text: 'Floods cut the road on Sunday, officials said Monday. An aide told journalists around noon that the army would help.', ref: '2003-05-14', finds: 'around noon', value: '2003-05-12T12:00' },
  { text: 'Fighting broke out on Tuesday, and the mayor told reporters at midday that the town was calm.', ref: '2003-05-14', finds: 'midday', value: '2003-05-13T12:00' },
  { text: 'The ferry sank on June 30, 1996. At dawn the sea rose, and the captain told the crew at 10 a.m. to abandon ship.', ref: '1998-11-20', finds: '10 a.m.', value: '1996-06-30T10:00' },
  // A plan further back than the sentence before lends no day to a time to come.
  { text: 'The storm would reach Guatemala late Saturday. Officials said Thursday night that 30 had died. The next advisory will be issued at 5 p.m.', ref: '1998-10-30', finds: '5 p.m.', value: '1998-10-30T17:00' },
  // Back in the news after a background passage: the story's own day, not the background's.
  { text: 'Rebels seized the town on Thursday. It was captured by the army in March 1996 after a siege that lasted until June 30. At 10 a.m., the rebels raised their flag.', ref: '1998-11-20', finds: '10 a.m.', value: '1998-11-19T10:00' },
  // The news told in a paragraph before calls no clock back: a paragraph gone back to a past day tells that day on.
  { text: 'Rescuers who saved a climber 30 years ago met her again on Sunday.\n\nShe fell on June 14, 1994. A helicopter lifted her off at 7:15 p.m.', ref: '2024-06-19', finds: '7:15 p.m.', value: '1994-06-14T19:15' },
  { text: 'The old pier burned down on Monday.\n\nIt opened on the afternoon of July 1, 1899. Its lights came on at 9 p.m.', ref: '2025-05-14', finds: '9 p.m.', value: '1899-07-01T21:00' },
  // A story told in the past alone: its clocks stay on its day.
  { text: 'The ferry sank on June 30, 1996. It had left port at dawn. At 10 a.m., it sent a distress call.', ref: '1998-11-20', finds: '10 a.m.', value: '1996-06-30T10:00' },
  // A day told in an after/before phrase, once its sentence named its own, is another event's.
  { text: 'Stocks fell early Thursday after a slide on Wall Street late yesterday, and the index closed at 3 p.m.', ref: '1998-11-19', finds: '3 p.m.', value: '1998-11-19T15:00' },
  { text: 'Talks resumed Monday, two days after the bombing on Saturday. They broke up at 6 p.m.', ref: '1998-11-19', finds: '6 p.m.', value: '1998-11-16T18:00' },
  // An earlier evening or night the story went back to lends no day to a clock of a later sentence before it begins: back in the news.
  { text: 'Divers searched the lake on Friday for a ferry that capsized Thursday evening. By 9 a.m. two bodies had been found.', ref: '2001-05-11', finds: '9 a.m.', value: '2001-05-11T09:00' },
  { text: 'Bond yields fell on Tuesday after budget talks dragged on into Monday night. The 10-year note stood at 4.1% at 1030 GMT.', ref: '2026-03-10', finds: '1030 GMT', value: '2026-03-10T10:30' },
  { text: 'The mayor announced Wednesday that the levee broke Tuesday night. Crews began sandbagging at 6 a.m.', ref: '1999-04-28', finds: '6 a.m.', value: '1999-04-28T06:00' },
  { text: 'Flights resumed on Sunday at the airport, which a storm shut on Saturday evening. The first plane left at 7:15 a.m.', ref: '2025-02-09', finds: '7:15 a.m.', value: '2025-02-09T07:15' },
  // A clock within that evening or night, or in the sentence that tells it, is of its day.
  { text: 'Divers searched the lake on Friday for a ferry that capsized Thursday evening. It had left the pier at 7:40 p.m.', ref: '2001-05-11', finds: '7:40 p.m.', value: '2001-05-10T19:40' },
  { text: 'Crews cleared the line on Monday. A freight train derailed in the early hours of Sunday and the track reopened at 3 p.m.', ref: '2024-08-13', finds: '3 p.m.', value: '2024-08-11T15:00' },
  // Told in the present, or on the other side of the publication day: the publication day's.
  { text: 'The vote was held on Monday. Results are due at 10 a.m.', ref: '1998-02-12', finds: '10 a.m.', value: '1998-02-12T10:00' },
];
