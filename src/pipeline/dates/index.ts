/**
 * The date resolver: finds temporal expressions in news text and resolves them against the
 * publication date, following news conventions (see README and the tests beside this file).
 */
import { readingOf } from './annotation.ts';
import { isoDay, parseReferenceDay } from './calendar.ts';
import { datelineChrono } from './chrono.ts';
import { documentOption } from './document.ts';
import type { TemporalExpression } from './model.ts';

export type { TemporalExpression, TimexType } from './model.ts';

/**
 * @param text a sentence or a whole document
 * @param reference the publication date, ISO date or date-time (its written calendar day is used)
 */
export function findTemporalExpressions(text: string, reference: string): TemporalExpression[] {
  const day = parseReferenceDay(reference);
  // Noon UTC on the reference day: chrono sees the same calendar day in every time zone.
  const instant = new Date(`${isoDay(day)}T12:00:00Z`);
  const expressions: TemporalExpression[] = [];
  for (const result of datelineChrono.parse(text, { instant, timezone: 0 }, documentOption({ reference: day }))) {
    const timex = readingOf(result);
    if (!timex) continue;
    expressions.push({ start: result.index, end: result.index + result.text.length, text: result.text, ...timex });
  }
  return expressions;
}
