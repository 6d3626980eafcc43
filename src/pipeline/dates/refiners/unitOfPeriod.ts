/**
 * "the last year of the century", "the first year of the 1990s", "the final decade of the
 * century": a year or a decade counted within the decade or century read right after it, one
 * DATE over the whole phrase (TimeML 1999, 199). The period is read first (the century at hand,
 * the decade its sentence named), so its reading decides which; the bare "the last year" inside
 * the phrase is then covered by the longer reading (refiners/overlaps.ts). A unit of an event's
 * span ("the last year of his life") is event-day's.
 */
import type { Refiner } from 'chrono-node';
import { annotate, readingOf } from '../annotation.ts';
import type { Example, Timex } from '../model.ts';
import { ORDINAL_PATTERN, parseOrdinal } from '../lexicon/numbers.ts';
import { inYear } from '../resolved.ts';
import { decadeReading } from '../parsers/years.ts';

const UNIT_OF_BEFORE = new RegExp(String.raw`\bthe\s+(${ORDINAL_PATTERN})\s+(year|decade)\s+of\s+$`, 'i');

/** TimeML's values of a decade ("199") and a century ("19"): the years they cover. */
const SPAN_YEARS: Record<number, number> = { 3: 10, 2: 100 };

function unitOf(period: string, unit: string, ordinal: number): Timex | undefined {
  const years = SPAN_YEARS[period.length];
  const unitYears = unit === 'decade' ? 10 : 1;
  if (!years || unitYears >= years) return undefined;
  const count = years / unitYears;
  const place = ordinal === -1 ? count - 1 : ordinal - 1;
  if (place >= count) return undefined;
  const first = Number(period) * years + place * unitYears;
  if (unit === 'year') return { type: 'DATE', value: String(first), date: inYear(first) };
  return decadeReading(String(first / 10));
}

export const unitOfPeriod: Refiner = {
  refine(context, results) {
    for (const result of results) {
      const timex = readingOf(result);
      if (timex?.type !== 'DATE' || timex.mod || !/^\d{2,3}$/.test(timex.value)) continue;
      const match = UNIT_OF_BEFORE.exec(context.text.slice(Math.max(0, result.index - 30), result.index));
      const ordinal = match?.[1] ? parseOrdinal(match[1]) : undefined;
      const unit = match && ordinal !== undefined ? unitOf(timex.value, (match[2] ?? '').toLowerCase(), ordinal) : undefined;
      if (!match || !unit) continue;
      result.index -= match[0].length;
      result.text = context.text.slice(result.index, result.index + match[0].length + result.text.length);
      annotate(result, unit);
    }
    return results;
  },
};

export const UNIT_OF_PERIOD_EXAMPLES: Example[] = [
  { text: 'The league hopes to crown a new champion in the last year of the century.', ref: '1999-06-14', finds: 'the last year of the century', value: '1999' },
  { text: 'The harbor was dredged in the first year of the 1980s.', ref: '1999-06-14', finds: 'the first year of the 1980s', value: '1980' },
  { text: 'Most of the mills closed in the final decade of the 19th century.', ref: '1999-06-14', finds: 'the final decade of the 19th century', value: '189' },
  // A unit of an event's span is no calendar period's.
  { text: 'In the last year of his life the painter rarely left Arles.', ref: '1999-12-20', finds: 'the last year', value: 'XXXX' },
];
