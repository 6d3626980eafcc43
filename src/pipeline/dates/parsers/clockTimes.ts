/**
 * Clock times written the 24-hour way, as the wires and Europe write them: "0630 GMT", "at
 * 14:30", "22:00 local time" are a TIME of the reference day (TimeML THH:MM), or of the weekday
 * named beside it ("1900 GMT on Sunday", "yesterday at 0630 GMT"). Chrono reads "10:30 a.m." itself.
 */
import { isoDay, shift } from '../calendar.ts';
import { WEEKDAYS, weekdayNumber } from '../lexicon/calendar.ts';
import { onDay } from '../resolved.ts';
import { weekdayDay } from '../refiners/chronoReadings.ts';
import type { Rule } from './rule.ts';

/** Words that mark a number as a clock time: time zones and "local time" ("1200 hours" may be an amount). */
const ZONE = String.raw`GMT|UTC|Z|[ECMP][SD]T|CET|CEST|BST|MSK|local\s+time`;

const DAY_WORDS: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1 };

// Without a zone, "14:30" is a time only after a word of time ("at", "by", "until"); else a score or a verse.
const TIME_WORD_BEFORE = /\b(?:at|by|from|until|till|to|before|after|around|about|since|between|and|approximately)\s+$/i;

export const twentyFourHourClock: Rule = {
  name: '24-hour-clock',
  examples: [
    { text: 'The blast occurred at 0630 GMT.', ref: '1998-08-07', finds: '0630 GMT', value: '1998-08-07T06:30' },
    { text: 'The vote closes at 1900 GMT on Sunday.', ref: '1998-08-07', finds: '1900 GMT on Sunday', value: '1998-08-09T19:00' },
    { text: 'The meeting began at 14:30.', ref: '1998-08-07', finds: '14:30', value: '1998-08-07T14:30' },
    { text: 'The blast came yesterday at 0630 GMT.', ref: '1998-08-07', finds: 'yesterday at 0630 GMT', value: '1998-08-06T06:30' },
  ],
  pattern: new RegExp(
    String.raw`(?:(yesterday|today|tomorrow|${WEEKDAYS.join('|')})\s+at\s+)?` +
      String.raw`(?:([01]\d|2[0-3])([0-5]\d)\s*(?:${ZONE})|([01]?\d|2[0-3]):([0-5]\d)(\s*(?:${ZONE}))?)` +
      String.raw`(?:,?\s+(?:on\s+)?(${WEEKDAYS.join('|')}|yesterday|today|tomorrow))?`,
  ),
  read: ({ groups, before, after, reference, tense }) => {
    const [, dayBefore, zonedHour, zonedMinute, hour = zonedHour, minute = zonedMinute, zone, dayAfter] = groups;
    if (!hour || !minute) return null;
    const colonOnly = zonedHour === undefined && !zone;
    if (colonOnly && !dayBefore && (!TIME_WORD_BEFORE.test(before) || /^\s*[ap]\.?m\b/i.test(after))) return null;
    const dayName = (dayBefore ?? dayAfter)?.toLowerCase();
    const offset = dayName ? DAY_WORDS[dayName] : 0;
    const day =
      offset !== undefined ? shift(reference, 'day', offset) : weekdayDay(reference, weekdayNumber(dayName ?? ''), undefined, tense('sentence'));
    return { type: 'TIME', value: `${isoDay(day)}T${hour.padStart(2, '0')}:${minute}`, date: onDay(day), relative: true };
  },
};
