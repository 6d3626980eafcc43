/**
 * The days of a running event: "the 30th day of the strike", "its eighth week". They count
 * from the event's start, which the text seldom dates, so they stay underspecified
 * (XXXX-XX-XX: a day, not a wrong date), unless the clause says the day is today ("today is
 * the eighth day of the blockade", "it's the second day of an offensive"): then it is the
 * reference day, as TimeML annotates it. When the text has dated the start of that event
 * before ("The strike began on March 3, 2025"), the day is counted from it (stage
 * `countedFromStart`: the 30th day is April 1). Its last or final unit ("the last year of his
 * life", "the final week of the campaign") is as underspecified, not the year or week before
 * the reference that "the last year" alone names.
 */
import type { Refiner } from 'chrono-node';
import { annotate, readingOf } from '../annotation.ts';
import { isoDay, parseReferenceDay, shift } from '../calendar.ts';
import type { Example, Timex } from '../model.ts';
import { STOPPAGES, STOPPAGE_VERBS } from '../lexicon/incidents.ts';
import { COUNTING_ORDINAL_PATTERN, END_ORDINAL_PATTERN, countingOrdinal } from '../lexicon/numbers.ts';
import { inWeek, onDay } from '../resolved.ts';
import type { Rule } from './rule.ts';

const UNDERSPECIFIED: Record<string, string> = { day: 'XXXX-XX-XX', week: 'XXXX-WXX', month: 'XXXX-XX', year: 'XXXX' };
// "the first day of the month" is the calendar's, not an event's.
const CALENDAR_UNIT = String.raw`(?:the|this|that|next|last|each|every)\s+(?:new\s+)?(?:year|month|week|quarter|decade|century)\b`;
// "the third day in a row" counts a streak, as "the third straight day" does: no event's day.
const IN_A_ROW = String.raw`a\s+row\b`;
const OF_AN_EVENT = String.raw`\s+(?:of|in)\s+(?!${CALENDAR_UNIT}|${IN_A_ROW})(?:the|an?|its|their|his|her|this|that|["“\`'])`;
/** "of the campaign", "of his life" after a unit: a unit of that event's span, whose place in it the ordinal before says. */
export const OF_AN_EVENT_AFTER = new RegExp(String.raw`^(?=\s+of\b)${OF_AN_EVENT}`, 'i');
const IS_TODAY = /(?:\b(?:today|tonight|it|this)\s+(?:is|marks)|\b(?:it|today)['’]s)\s+$/i;

export const eventDay: Rule = {
  name: 'event-day',
  examples: [
    { text: 'On the 30th day of the strike the union met the owners.', ref: '1998-11-20', finds: 'the 30th day', value: 'XXXX-XX-XX' },
    { text: 'In the capital, today is the eighth day of the blockade.', ref: '1998-11-20', finds: 'the eighth day', value: '1998-11-20' },
    { text: "It's the second day of an offensive by the army.", ref: '1998-03-06', finds: 'the second day', value: '1998-03-06' },
    { text: 'In the last year of his life the painter rarely left Arles.', ref: '1999-12-20', finds: 'the last year', value: 'XXXX' },
    { text: 'Turnout polls tightened in the final week of the campaign.', ref: '1999-12-20', finds: 'the final week', value: 'XXXX-WXX' },
  ],
  pattern: new RegExp(
    String.raw`(?:the|its|their)\s+(${COUNTING_ORDINAL_PATTERN}|${END_ORDINAL_PATTERN})\s+(day|week|month|year)(?=${OF_AN_EVENT})`,
  ),
  read: ({ groups, before, reference }): Timex | null => {
    const unit = (groups[2] ?? '').toLowerCase();
    if (unit === 'day' && IS_TODAY.test(before)) return { type: 'DATE', value: isoDay(reference), date: onDay(reference), relative: true };
    const value = UNDERSPECIFIED[unit];
    return value ? { type: 'DATE', value } : null;
  },
};

const RULE_TAG = 'dateline/rule:event-day';
/** The event the count is of: "of the strike", "of the hunger strike", "in its siege". */
const EVENT_AFTER = /^\s+(?:of|in)\s+(?:the|an?|its|their|his|her|this|that)\s+(?:[\w-]+\s+){0,2}?([a-z][\w-]+)\b(?!\s+(?:of|by)\b)/i;
function ordinalOf(text: string): number | undefined {
  const word = /(\d{1,3}(?:st|nd|rd|th))|([a-z]+)\s+(?:day|week)$/i.exec(text);
  return word ? countingOrdinal(word[1] ?? word[2] ?? '') : undefined;
}

// "walked out on Feb. 10": a verb of the stoppage, then at most a few words, before the date.
const STOPPAGE_TOLD = new RegExp(String.raw`\b(?:${STOPPAGE_VERBS.join('|')})\b(?:\s+[\w'’-]+){0,3}?\s+(?:on\s+)?$`, 'i');

/**
 * Whether the text just before a date says the event began on it: "The strike began on", or
 * the verb the event is named from ("Students occupied the office on April 2" for "the
 * occupation", "protested on" for "the protest"), or for a stoppage of work its verbs
 * ("walked out on", "downed tools on").
 */
const startedBefore = (event: string): RegExp => {
  const began = String.raw`\b${event}s?\b[^.;!?]{0,40}?\b(?:began|started|broke\s+out|erupted|opened|was\s+launched|got\s+under\s*way|went\s+on)\s+(?:on\s+)?$`;
  const named = String.raw`\b${event.slice(0, 5)}\w*ed\b(?:\s+[\w'’-]+){0,3}?\s+(?:on\s+)?$`;
  if (STOPPAGES.includes(event.toLowerCase())) return new RegExp(`${began}|${STOPPAGE_TOLD.source}|${named}`, 'i');
  return new RegExp(`${began}|${named}`, 'i');
};

export const countedFromStart: Refiner = {
  refine(context, results) {
    for (const [i, result] of results.entries()) {
      const timex = readingOf(result);
      if (!result.tags().has(RULE_TAG) || !timex?.value.startsWith('XXXX')) continue;
      const event = EVENT_AFTER.exec(context.text.slice(result.index + result.text.length))?.[1];
      const count = ordinalOf(result.text);
      if (!event || !count) continue;
      const started = startedBefore(event.replace(/[^\w-]/g, ''));
      const start = results
        .slice(0, i)
        .reverse()
        .find((r) => readingOf(r)?.date?.precision === 'day' && started.test(context.text.slice(Math.max(0, r.index - 80), r.index)));
      const first = start && readingOf(start)?.date?.start;
      if (!first) continue;
      const week = timex.value === 'XXXX-WXX';
      const day = shift(parseReferenceDay(first), week ? 'week' : 'day', count - 1);
      if (week) annotate(result, { type: 'DATE', value: inWeek(day).value, date: inWeek(day), relative: true });
      else if (timex.value === 'XXXX-XX-XX') annotate(result, { type: 'DATE', value: isoDay(day), date: onDay(day), relative: true });
    }
    return results;
  },
};

export const COUNTED_FROM_START_EXAMPLES: Example[] = [
  { text: 'The strike began on March 3, 2025. On the 30th day of the strike, workers marched.', ref: '2026-02-25', finds: 'the 30th day', value: '2025-04-01' },
  { text: 'The siege of the city started on 1 May. By the tenth day of the siege, food ran out.', ref: '2026-06-20', finds: 'the tenth day', value: '2026-05-10' },
  // Another event's start says nothing of this one's.
  { text: 'The trial began on March 3. On the 30th day of the strike, workers marched.', ref: '2026-06-20', finds: 'the 30th day', value: 'XXXX-XX-XX' },
  // A stoppage told by its verbs, an event by the verb it is named from.
  { text: 'Nurses walked out on March 3. On the 10th day of the strike, the hospital closed a ward.', ref: '2025-06-01', finds: 'the 10th day', value: '2025-03-12' },
  { text: 'Miners downed tools on Jan. 8, and by the fifth day of the stoppage coal stocks were low.', ref: '2025-02-01', finds: 'the fifth day', value: '2025-01-12' },
  { text: "Students occupied the rector's office on April 2; on the third day of the occupation police moved in.", ref: '2025-06-01', finds: 'the third day', value: '2025-04-04' },
  { text: 'Nurses walked out of the meeting on March 3. On the 10th day of the strike, the hospital closed a ward.', ref: '2025-06-01', finds: 'the 10th day', value: 'XXXX-XX-XX' },
];
