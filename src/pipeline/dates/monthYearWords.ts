/**
 * A month whose year the text gives relative to the reference: "last April" (the latest April
 * before this month, and before the month just ended), "next January", "this September", "June last year"; or says aloud
 * ("January nineteen ninety-seven"). TimeML puts those words inside the expression, so the
 * span grows to hold them.
 */
import type { Day } from './calendar.ts';
import { SPELLED_YEAR, spelledYear } from './parsers/years.ts';

const BEFORE = /\b(last|past|this|next)\s+$/i;
const AFTER = new RegExp(String.raw`^,?\s+(?:(?:of\s+)?(last|this|next)\s+year\b|(${SPELLED_YEAR})\b)`, 'i');
export const YEAR_STEP: Record<string, number> = { last: -1, this: 0, next: 1 };

export interface YearWords {
  year: number;
  start: number;
  end: number;
}

/** month is 1-based; [start, end) is the month expression in text. */
export function monthYearWords(text: string, start: number, end: number, reference: Day, month: number): YearWords | undefined {
  const now = reference.getFullYear();
  const after = AFTER.exec(text.slice(end, end + 40));
  if (after) {
    const year = after[2] ? spelledYear(after[2]) : now + (YEAR_STEP[after[1]!.toLowerCase()] ?? 0);
    return { year, start, end: end + after[0].length };
  }
  const before = BEFORE.exec(text.slice(Math.max(0, start - 10), start));
  if (!before) return undefined;
  return { year: yearOfMonthAfter(before[1]!, month, reference), start: start - before[0].length, end };
}

/** The year of a month after "last", "past", "this" or "next", read against the reference. */
export function yearOfMonthAfter(word: string, month: number, reference: Day): number {
  const now = reference.getFullYear();
  const thisMonth = reference.getMonth() + 1;
  const lower = word.toLowerCase();
  if (lower === 'this') return now;
  if (lower === 'next') return month > thisMonth ? now : now + 1;
  const latest = month < thisMonth ? now : now - 1;
  // The month just ended is "last month": "crashed last February" written on March 1 is a year before.
  const justEnded = (thisMonth - month + 12) % 12 === 1;
  return lower === 'last' && justEnded ? latest - 1 : latest;
}
