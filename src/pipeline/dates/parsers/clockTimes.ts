/**
 * Clock times written the 24-hour way, as the wires and Europe write them: "0630 GMT", "at
 * 14:30", "22:00 local time" are a TIME of the reference day (TimeML THH:MM), or of the weekday
 * named beside it ("1900 GMT on Sunday", "yesterday at 0630 GMT"). Chrono reads "10:30 a.m." itself.
 */
import { isoDay, shift } from '../calendar.ts';
import { PART_OF_DAY_PATTERN, WEEKDAYS, weekdayNumber, ZONE_ABBREVIATION } from '../lexicon/calendar.ts';
import { onDay } from '../resolved.ts';
import { weekdayDay } from '../refiners/chronoReadings.ts';
import type { Rule } from './rule.ts';

/** Words that mark a number as a clock time: time zones and "local time" ("1200 hours" may be an amount). */
const ZONE = String.raw`${ZONE_ABBREVIATION}|local\s+time`;

const DAY_WORDS: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1 };

// Without a zone, "14:30" is a time only after a word of time ("at", "by", "until"); else a score or a verse.
const TIME_WORD_BEFORE = /\b(?:at|by|from|until|till|to|before|after|around|about|since|between|and|approximately)\s+$/i;
// Or a live page's entry stamp: the clock opens its paragraph (or line) and a dash or colon sets it off from the
// entry on its line ("09:30 - About 4,000 homes are without power"), or bold does ("**09:30** About …"). A stamp on a
// line of its own is left unread: read as the entry's time, it joins or parts the page's events
// (src/pipeline/events and merge) the wrong way on the own corpora's live pages.
const STAMP_BEFORE = /(?:^|\n)[ \t*_>]*$/;
const STAMP_AFTER = /^(?:[*_]+[ \t]|[*_]*[ \t]*[-–—:|][ \t])/;
// A two-digit stamp may be set off by the space alone when its entry opens with a capital, a sentence of its own
// ("09:12 The coastguard says …"); "14:30 was when the dam gave way" goes on with the clock as its subject.
const STAMP_AFTER_BARE = /^[ \t]+["“‘]?[A-Z]/;
// So only on a page whose heading calls it live: a timetable ("09:12 Lusk to Tarn"), an agenda or a race's
// results ("21:05 Dann of Estmark") open their lines the same way.
const LIVE_PAGE_HEADING = /\b(?:live|latest|updates|as\s+it\s+happened|minute[- ]by[- ]minute)\b/i;
// Of those, the words that do not lead a count ("rose to 12", "about 10", "by 9" may be amounts).
const TIME_WORD_BEFORE_NO_COUNT = /\b(?:at|until|till|since)\s+$/i;

// The words by which a part of the day names its day ("last night", "yesterday afternoon", "Monday night").
const DAY_OF_A_PART = ['last', 'yesterday', 'tomorrow', ...WEEKDAYS].join('|');
const DAY_OF_A_PART_OPENING = new RegExp(String.raw`^(${DAY_OF_A_PART})\s`, 'i');

export const twentyFourHourClock: Rule = {
  name: '24-hour-clock',
  examples: [
    { text: 'The blast occurred at 0630 GMT.', ref: '1998-08-07', finds: '0630 GMT', value: '1998-08-07T06:30' },
    { text: 'The vote closes at 1900 GMT on Sunday.', ref: '1998-08-07', finds: '1900 GMT on Sunday', value: '1998-08-09T19:00' },
    { text: 'The meeting began at 14:30.', ref: '1998-08-07', finds: '14:30', value: '1998-08-07T14:30' },
    { text: 'The blast came yesterday at 0630 GMT.', ref: '1998-08-07', finds: 'yesterday at 0630 GMT', value: '1998-08-06T06:30' },
    // Midnight's clock too, which chrono reads from "at" as a day's time and would leave a day alone.
    { text: 'The truce takes effect at 0000 GMT on Saturday.', ref: '2026-03-06', finds: '0000 GMT on Saturday', value: '2026-03-07T00:00' },
    { text: 'Markets in Tokyo reopened at 0000 GMT on Monday.', ref: '2026-03-10', finds: '0000 GMT on Monday', value: '2026-03-09T00:00' },
    // A value keeps the precision written (TimeML's ISO 8601 values): seconds when given.
    { text: 'The quake struck at 14:05:30 GMT.', ref: '1998-08-07', finds: '14:05:30 GMT', value: '1998-08-07T14:05:30' },
    // A live page's entry stamp, a time of the day of the page.
    { text: 'Flood warnings: live.\n\n17:40 - The river has burst its banks at Lowmoor.', ref: '2026-01-12', finds: '17:40', value: '2026-01-12T17:40' },
  ],
  pattern: new RegExp(
    String.raw`(?:(yesterday|today|tomorrow|${WEEKDAYS.join('|')})\s+at\s+)?` +
      String.raw`(?:([01]\d|2[0-3])([0-5]\d)\s*(?:${ZONE})|([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(\s*(?:${ZONE}))?)` +
      String.raw`(?:,?\s+(?:on\s+)?(${WEEKDAYS.join('|')}|yesterday|today|tomorrow))?`,
  ),
  read: ({ groups, before, after, reference, tense, heading }) => {
    const [, dayBefore, zonedHour, zonedMinute, hour = zonedHour, minute = zonedMinute, second, zone, dayAfter] = groups;
    if (!hour || !minute) return null;
    const colonOnly = zonedHour === undefined && !zone;
    const stamp = STAMP_BEFORE.test(before) && (STAMP_AFTER.test(after) || (hour.length === 2 && STAMP_AFTER_BARE.test(after) && LIVE_PAGE_HEADING.test(heading())));
    if (colonOnly && !dayBefore && !stamp && (!TIME_WORD_BEFORE.test(before) || /^\s*[ap]\.?m\b/i.test(after))) return null;
    const dayName = (dayBefore ?? dayAfter)?.toLowerCase();
    const offset = dayName ? DAY_WORDS[dayName] : 0;
    const day =
      offset !== undefined ? shift(reference, 'day', offset) : weekdayDay(reference, weekdayNumber(dayName ?? ''), undefined, tense('sentence'));
    return { type: 'TIME', value: `${isoDay(day)}T${hour.padStart(2, '0')}:${minute}${second ? `:${second}` : ''}`, date: onDay(day), relative: true };
  },
};

const HOUR_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const MINUTES_SAID: Record<string, number> = { quarter: 15, 'a quarter': 15, half: 30, five: 5, ten: 10, twenty: 20, 'twenty-five': 25, 'twenty five': 25 };

/**
 * A clock time said in words, as quotes and British copy give it: "at half past four", "a
 * quarter to nine in the evening", "ten past six this morning". A TIME of the reference day
 * (or of the day the text names by the clock-day and anaphora stages), in the afternoon when
 * the words say so.
 */
export const clockInWords: Rule = {
  name: 'clock-in-words',
  examples: [
    { text: 'The meeting ended at half past four.', ref: '2026-02-25', finds: 'half past four', value: '2026-02-25T04:30' },
    { text: 'He was found at a quarter to nine in the evening.', ref: '2026-02-25', finds: 'a quarter to nine in the evening', value: '2026-02-25T20:45' },
  ],
  pattern: new RegExp(
    String.raw`(a\s+quarter|quarter|half|five|ten|twenty(?:[-\s]five)?)\s+(past|to|after)\s+(${HOUR_WORDS.join('|')}|1[0-2]|[1-9])` +
      String.raw`(?:\s+(?:(in\s+the\s+(?:morning|afternoon|evening)|at\s+night|this\s+(?:morning|afternoon|evening)|tonight)|([ap])\.?m\b\.?))?`,
  ),
  read: ({ groups, before, reference }) => {
    const [, minutesWord = '', direction = '', hourWord = '', dayPart, meridiem] = groups;
    // "half past" needs a time word before it, or a part of the day after: "at half past four".
    if (!TIME_WORD_BEFORE.test(before) && !dayPart && !meridiem) return null;
    const said = MINUTES_SAID[minutesWord.toLowerCase().replace(/\s+/g, ' ')];
    const hourSaid = HOUR_WORDS.indexOf(hourWord.toLowerCase()) + 1 || Number(hourWord);
    if (said === undefined || !hourSaid) return null;
    const toward = direction.toLowerCase() === 'to';
    let hour = toward ? hourSaid - 1 : hourSaid;
    const minute = toward ? 60 - said : said;
    const afternoon = (meridiem?.toLowerCase() === 'p' || /afternoon|evening|night/i.test(dayPart ?? '')) && hourSaid !== 12;
    if (afternoon) hour += 12;
    return { type: 'TIME', value: `${isoDay(reference)}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`, date: onDay(reference), relative: true };
  },
};

/**
 * A bare hour said with the part of the day it falls in, as quotes and features give it: "we
 * opened at 10 this morning", "until six this evening", "by 9 tonight", and with its day after
 * it, "at 2 in the morning on Sunday", "at 10 at night Tuesday", "at seven in the evening
 * yesterday": a TIME of that day ("in the morning", "at night" say only which half of the day the
 * hour is in), else of the reference day (of the day the text names, by the clock-day and
 * anaphora stages). Only after a time word, so that "killed 10 this morning" stays a count.
 * A part of the day that names its own day ("last night", "yesterday afternoon", "Monday
 * night") sets the half of the day of a clock written without a.m. or p.m. the same way, as 1990s
 * wire copy writes it: "at 11:45 last night" T23:45, "at 10:20 Monday night" T22:20, "at 10
 * Monday morning" T10:00; a bare hour there only after a word that cannot lead a count ("at",
 * "until"), since "the toll rose to 12 Monday night" is a count.
 */
export const hourOfPartOfDay: Rule = {
  name: 'hour-of-part-of-day',
  examples: [
    { text: '"We opened at 10 this morning," the manager said.', ref: '2025-04-02', finds: '10 this morning', value: '2025-04-02T10:00' },
    { text: 'The polls stay open until six this evening.', ref: '2026-02-25', finds: 'six this evening', value: '2026-02-25T18:00' },
    { text: 'The result is expected by 9 tonight.', ref: '2026-02-25', finds: '9 tonight', value: '2026-02-25T21:00' },
    { text: 'Police were called at 2 in the morning on Sunday.', ref: '2026-01-07', finds: '2 in the morning on Sunday', value: '2026-01-04T02:00' },
    { text: 'The blast hit at 10 at night Tuesday.', ref: '2026-01-07', finds: '10 at night Tuesday', value: '2026-01-06T22:00' },
    { text: "He left at 6 o'clock in the evening yesterday.", ref: '2026-01-07', finds: "6 o'clock in the evening yesterday", value: '2026-01-06T18:00' },
    { text: 'Shops will open at 9 in the morning on Monday.', ref: '2026-01-07', finds: '9 in the morning on Monday', value: '2026-01-12T09:00' },
    { text: 'The bus left at 7 in the evening Tuesday.', ref: '2026-01-07', finds: '7 in the evening Tuesday', value: '2026-01-06T19:00' },
    // A clock with its minutes and no a.m. or p.m., the part of the day after it naming the half and the day.
    { text: 'The first ferry left at 6:05 this morning.', ref: '1998-03-10', finds: '6:05 this morning', value: '1998-03-10T06:05' },
    { text: 'The warehouse fire started at 11:45 last night.', ref: '1998-03-10', finds: '11:45 last night', value: '1998-03-09T23:45' },
    // The small hours of a night named by its evening fall on the next day, 12 among them as midnight.
    { text: 'The shooting began at 12:30 last night.', ref: '1998-03-10', finds: '12:30 last night', value: '1998-03-10T00:30' },
    { text: 'The last train left at 2:40 last night.', ref: '1998-03-10', finds: '2:40 last night', value: '1998-03-10T02:40' },
    { text: 'The dam gave way at 12:10 Monday night.', ref: '1998-03-10', finds: '12:10 Monday night', value: '1998-03-10T00:10' },
    { text: 'The bomb went off at 10:20 Monday night outside the depot.', ref: '1998-03-10', finds: '10:20 Monday night', value: '1998-03-09T22:20' },
    { text: 'The tremor hit at 2:14 yesterday afternoon.', ref: '1998-03-10', finds: '2:14 yesterday afternoon', value: '1998-03-09T14:14' },
    { text: 'The bridge reopened at 10 Monday morning.', ref: '1998-03-10', finds: '10 Monday morning', value: '1998-03-09T10:00' },
    { text: 'Talks resume at 7:30 tomorrow evening.', ref: '1998-03-10', finds: '7:30 tomorrow evening', value: '1998-03-11T19:30' },
  ],
  pattern: new RegExp(
    String.raw`(${HOUR_WORDS.join('|')}|1[0-2]|[1-9])(?::([0-5]\d))?(?:\s*o['’]clock)?\s+` +
      String.raw`(this\s+(?:morning|afternoon|evening)|tonight|in\s+the\s+(?:morning|afternoon|evening)|at\s+night|(?:${DAY_OF_A_PART})\s+(?:${PART_OF_DAY_PATTERN}))` +
      String.raw`(?:(?<!this\s+\w+|tonight|(?:${DAY_OF_A_PART})\s+\w+),?\s+(?:on\s+)?(yesterday|today|tomorrow|${WEEKDAYS.join('|')}))?`,
  ),
  read: ({ groups, text, before, reference, tense }) => {
    const [, hourWord = '', minuteWritten, dayPart = '', dayAfter] = groups;
    const minute = minuteWritten ?? '00';
    const dayOfPart = DAY_OF_A_PART_OPENING.exec(dayPart)?.[1]?.toLowerCase();
    const dayName = dayOfPart === 'last' ? 'yesterday' : (dayOfPart ?? dayAfter);
    const clockWritten = minuteWritten !== undefined || /o['’]clock/i.test(text);
    if (dayOfPart && !clockWritten && !TIME_WORD_BEFORE_NO_COUNT.test(before)) return null;
    // Said "in" a part with no day after it, the hour's day is the story's, which a bare part of
    // the day finds better (refiners/anaphora.ts: "signed it at about seven in the evening" after
    // "late last night" is last night's): left to it.
    if (!TIME_WORD_BEFORE.test(before) || (!dayName && !/this|tonight/i.test(dayPart))) return null;
    const hourSaid = HOUR_WORDS.indexOf(hourWord.toLowerCase()) + 1 || Number(hourWord);
    const morning = /morning/i.test(dayPart);
    // "at night" is the evening's hours ("10 at night") or those after midnight ("2 at night", "12:30 at night").
    const afterMidnight = /night$/i.test(dayPart) && !/tonight/i.test(dayPart) && (hourSaid < 5 || hourSaid === 12);
    const hour = morning || afterMidnight ? hourSaid % 12 : hourSaid === 12 ? 12 : hourSaid + 12;
    const name = dayName?.toLowerCase();
    const offset = name ? DAY_WORDS[name] : 0;
    const dayNamed = offset !== undefined ? shift(reference, 'day', offset) : weekdayDay(reference, weekdayNumber(name ?? ''), undefined, tense('sentence'));
    // A night named by its evening ("last night", "Monday night") runs past midnight: its small hours are the next day's.
    const day = afterMidnight && dayOfPart ? shift(dayNamed, 'day', 1) : dayNamed;
    return { type: 'TIME', value: `${isoDay(day)}T${String(hour).padStart(2, '0')}:${minute}`, date: onDay(day), relative: true };
  },
};
