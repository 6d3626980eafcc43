/**
 * Rules for expressions anchored at the reference day: "now", "recently", "the future",
 * "today", "yesterday", "tomorrow", "earlier in the day", "this morning", "tonight".
 */
import { type Day, isoDay, shift } from '../calendar.ts';
import type { Timex } from '../model.ts';
import { PARTS_OF_DAY } from '../lexicon/calendar.ts';
import { onDay } from '../resolved.ts';
import type { Rule } from './rule.ts';

const dayTimex = (day: Day): Timex => ({ type: 'DATE', value: isoDay(day), date: onDay(day), relative: true });

const PART_OF_DAY: Record<string, string> = { ...PARTS_OF_DAY, tonight: PARTS_OF_DAY.night! };

const DAY_OFFSET: Record<string, number> = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 };

export const presentReference: Rule = {
  name: 'present-reference',
  // "current" as TimeML reads it: "current market conditions" hold at the reference time.
  pattern: /now|currently|(?<!\bthen\s)current|at present|presently|at the moment|nowadays|these days|the present/,
  read: () => ({ type: 'DATE', value: 'PRESENT_REF' }),
};

export const pastReference: Rule = {
  name: 'past-reference',
  // Not "previously"/"formerly": they date a state against another ("previously reported"), not the past.
  // Nor "recent" alone: like "future", the adjective says what ("a recent filing"), not when;
  // "recent weeks" is a stretch of time (see vagueDuration). TimeML leaves "in" outside.
  pattern: /recently|lately|recent\s+times|the past/,
  // "the past three summers", "the past century": an adjective on a stretch of time, not the past itself.
  // "most recently last October": the date that follows says when; "recently" only orders.
  read: ({ text, after }) => {
    if (/^the past$/i.test(text) && PERIOD_AFTER.test(after)) return null;
    if (/^recently$/i.test(text) && DATE_AFTER.test(after)) return null;
    return { type: 'DATE', value: 'PAST_REF' };
  },
};

const DATE_AFTER =
  /^,?\s+(?:(?:[Ll]ast|[Tt]his|on|in)\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:week|month|year)\b|\d{4}\b)/;

const PERIOD_AFTER = /^\s+(?:[\w-]+\s+)?(?:centur|decades?\b|years?\b|months?\b|weeks?\b|days?\b|nights?\b|hours?\b|quarters?\b|seasons?\b|summers?\b|winters?\b|springs?\b|falls?\b|autumns?\b|generations?\b)/i;

export const futureReference: Rule = {
  name: 'future-reference',
  // The noun only: the adjective ("future earnings") and "eventually" say what, not when.
  // "soon" in "as soon as", "soon after" or a past clause ("was soon released") is relative to another event.
  // "for the foreseeable future" says how long (open-ended), not when.
  pattern: /the (?:near |distant |immediate )?future|in future|the (?:near|short) term|(?<!\bas\s)soon(?!\s+(?:as|after|afterwards?|thereafter)\b)|someday/,
  read: ({ text, after, tense }) => {
    if (/soon/i.test(text) && tense() === 'past') return null;
    if (/^the future$/i.test(text) && FUTURE_AS_TOPIC.test(after)) return null;
    return { type: 'DATE', value: 'FUTURE_REF' };
  },
};

// "the future of our peoples", "the future looks bleak": what lies ahead as a topic, not a time.
const FUTURE_AS_TOPIC = /^\s+(?:of|looks?|seems?)\b/i;

// "today's youth", "in today's world": the present age, not the publication day.
const TODAY_AS_AGE = /^['’]s\s+(?:[\w-]+\s+)?(?:world|society|youth|young|generations?|children|kids|teenagers|families|computers|technology|culture)\b/i;

/**
 * "the day before yesterday", "yesterday", "today", "tomorrow", optionally with a part of the
 * day; "last night" is the night before the publication day (ours, not chrono's, whose
 * reading depends on the machine's time zone).
 */
export const dayWord: Rule = {
  name: 'day-word',
  pattern: /(?:the day (before|after) )?(yesterday|today|tomorrow|tonight)(?:\s+(morning|afternoon|evening|night))?|last (night)/,
  read: ({ groups, text, after, reference }) => {
    if (/^today$/i.test(text) && TODAY_AS_AGE.test(after)) return null;
    const [, around, dayName, dayPart, lastNight] = groups;
    const [word, part] = lastNight ? ['yesterday', 'night'] : [dayName ?? '', dayPart];
    const offset = (DAY_OFFSET[word.toLowerCase()] ?? 0) + (around ? (around.toLowerCase() === 'before' ? -1 : 1) : 0);
    const day = shift(reference, 'day', offset);
    const partCode = PART_OF_DAY[(part ?? (word.toLowerCase() === 'tonight' ? 'tonight' : '')).toLowerCase()];
    if (partCode) return { type: 'TIME', value: `${isoDay(day)}T${partCode}`, date: onDay(day), relative: true };
    return dayTimex(day);
  },
};

/**
 * "this morning", "earlier in the day", "later today": the reference day itself. So is a part
 * of the day named alone, as a clock time is ("by mid-afternoon", "at midday").
 */
export const sameDay: Rule = {
  name: 'same-day',
  pattern: /(?:this|that) (morning|afternoon|evening)|(?:earlier|later) (?:in the day|today|this (?:morning|afternoon|evening))|(?:mid[- ]?(morning|afternoon)|(midday))(?:\s+(yesterday|today|tomorrow))?/,
  read: ({ groups, reference }) => {
    const [, part, midPart, midday, dayName] = groups;
    const day = shift(reference, 'day', DAY_OFFSET[(dayName ?? 'today').toLowerCase()] ?? 0);
    if (midday) return { type: 'TIME', value: `${isoDay(day)}T12:00`, date: onDay(day), relative: true };
    const partCode = PART_OF_DAY[(part ?? midPart ?? '').toLowerCase()];
    if (partCode) return { type: 'TIME', value: `${isoDay(day)}T${partCode}`, date: onDay(day), relative: true };
    return dayTimex(reference);
  },
};
