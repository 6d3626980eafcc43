/**
 * The day a line of an article is news of, when the article says so itself: a live blog's day
 * heading above its entries, a wire dateline before a story's first sentence.
 */
import { findTemporalExpressions } from '../dates/index.ts';
import { datelineLength } from './dateline.ts';
import { DAY_LINE } from './lexicon.ts';
import { shiftDay } from './shift-day.ts';

/** The day a day heading names, when it is one of the month up to the article's (a live blog runs backwards from it). */
export function dayHeading(text: string, published: string, day: string): string | undefined {
  return DAY_LINE.test(text.trim()) ? recentDay(text, published, day, 31) : undefined;
}

/** The day a story's wire dateline gives ("ABU DHABI, 9th March, 2026 (WAM) --"), when it is one of the week up to its publication. */
export function datelineDay(text: string, published: string, day: string): string | undefined {
  const length = datelineLength(text);
  return length === 0 ? undefined : recentDay(text.slice(0, length), published, day, 7);
}

/** The day the text's first date names, when it is one of the `days` up to `day`: a day further off is no day the story is news of. */
function recentDay(text: string, published: string, day: string, days: number): string | undefined {
  const date = findTemporalExpressions(text, published)[0]?.date;
  return date?.precision === 'day' && date.start <= day && date.start >= shiftDay(day, -days) ? date.start : undefined;
}
