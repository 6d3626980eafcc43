/**
 * Amounts of time in more than one piece: a fraction ("2 1/2 years", "two and a half
 * hours", "a minute and a half") or several units ("2 hours 14 minutes", "one year and
 * three months"). Each is one DURATION (P2Y6M, PT2H30M, PT1M30S, PT2H14M, P1Y3M); a
 * single whole count is the duration rule's.
 */
import { type Unit, isoDay, isoMonth, shift } from '../calendar.ts';
import type { Timex } from '../model.ts';
import { BOUND_PATTERN, SMALLER_UNIT, UNIT_CODES, UNIT_PATTERN } from '../lexicon/amounts.ts';
import { FRACTION_PATTERN, NUMBER_PATTERN, parseCount, parseFraction } from '../lexicon/numbers.ts';
import { inMonth, onDay } from '../resolved.ts';
import { DASH, modOf } from './durations.ts';
import type { Rule } from './rule.ts';
import { everyMatch } from '../../gated-matches.ts';

const PART = String.raw`(${NUMBER_PATTERN})(?:[\s-]*(${FRACTION_PATTERN}))?${DASH}(${UNIT_PATTERN})s?(?:${DASH}(${FRACTION_PATTERN}))?`;
const PARTS = new RegExp(PART, 'gi');
const uncaptured = (pattern: string) => pattern.replace(/\((?!\?)/g, '(?:');
// After a comma, an amount counted from an event is no further piece of the one before:
// "within 20 years, a month after taking office", "for five years, two days before the vote".
const COUNTED_FROM_AN_EVENT = String.raw`\s+(?:after|before|later|earlier|since)\b`;

/** ISO 8601 designators in the order a duration writes them; T marks the time part. */
const DESIGNATORS = ['Y', 'M', 'W', 'D', 'TH', 'TM', 'TS'];
const BASE_UNIT: Record<string, string> = { Y: 'year', M: 'month', W: 'week', D: 'day', TH: 'hour', TM: 'minute', TS: 'second' };

const designatorOf = (unit: string) => {
  const spec = UNIT_CODES[unit];
  return spec && { designator: `${spec.time ? 'T' : ''}${spec.code}`, factor: spec.factor };
};
const singular = (unit: string) => unit.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');

/** The amounts of each designator, or undefined unless the pieces go from larger units to smaller. */
function amountsOf(text: string): Map<string, number> | undefined {
  const amounts = new Map<string, number>();
  let last = -1;
  let pieces = 0;
  let fractional = false;
  for (const [, countText = '', before, unit = '', after] of everyMatch(PARTS, text)) {
    const count = parseCount(countText);
    const at = designatorOf(singular(unit));
    if (count === undefined || !at) return undefined;
    const order = DESIGNATORS.indexOf(at.designator);
    if (order <= last) return undefined;
    last = order;
    pieces++;
    const fraction = parseFraction(before ?? '') + parseFraction(after ?? '');
    fractional ||= fraction > 0;
    const amount = (count + fraction) * at.factor;
    const whole = Math.floor(amount);
    amounts.set(at.designator, (amounts.get(at.designator) ?? 0) + whole);
    const rest = amount - whole;
    if (rest === 0) continue;
    const smaller = SMALLER_UNIT[BASE_UNIT[at.designator] ?? ''];
    const inSmaller = smaller && rest * smaller.per;
    const smallerAt = smaller && designatorOf(smaller.unit);
    if (inSmaller && smallerAt && Number.isInteger(+inSmaller.toFixed(6))) {
      amounts.set(smallerAt.designator, (amounts.get(smallerAt.designator) ?? 0) + Math.round(inSmaller));
    } else amounts.set(at.designator, +((amounts.get(at.designator) ?? 0) + rest).toFixed(3));
  }
  return pieces > 1 || fractional ? amounts : undefined;
}

function isoDuration(amounts: Map<string, number>): string {
  const written = DESIGNATORS.filter((d) => amounts.get(d));
  const date = written.filter((d) => !d.startsWith('T')).map((d) => `${amounts.get(d)}${d}`);
  const time = written.filter((d) => d.startsWith('T')).map((d) => `${amounts.get(d)}${d.slice(1)}`);
  return `P${date.join('')}${time.length ? `T${time.join('')}` : ''}`;
}

/** "a year and a half ago": the month (or day) that far from the reference, when it is a whole number of them. */
function countedFromReference(amounts: Map<string, number>, sign: number, reference: Parameters<typeof shift>[0]): Timex {
  const months = (amounts.get('Y') ?? 0) * 12 + (amounts.get('M') ?? 0);
  const days = (amounts.get('W') ?? 0) * 7 + (amounts.get('D') ?? 0);
  const whole = [...amounts.values()].every(Number.isInteger);
  const shifted = (unit: Unit, amount: number) => shift(reference, unit, sign * amount);
  if (whole && days === 0 && [...amounts.keys()].every((d) => d === 'Y' || d === 'M')) {
    const day = shifted('month', months);
    return { type: 'DATE', value: isoMonth(day.getFullYear(), day.getMonth() + 1), date: inMonth(day.getFullYear(), day.getMonth() + 1), relative: true };
  }
  if (whole && months === 0 && [...amounts.keys()].every((d) => d === 'W' || d === 'D')) {
    const day = shifted('day', days);
    return { type: 'DATE', value: isoDay(day), date: onDay(day), relative: true };
  }
  return { type: 'DATE', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' };
}

/** A fraction the lexicon knows ("1/2", "and a half"): one of a compound's two kinds. */
const FRACTION = new RegExp(FRACTION_PATTERN, 'i');
/** A unit of time where PART reads one: after a space or a dash ("two-day", not "Monday"). */
const UNIT = new RegExp(String.raw`(?<=${DASH})(?:${UNIT_PATTERN})`, 'gi');

/**
 * Whether two units of time start at two places in the text ("2 hours 14 minutes"; so do
 * "a two-day visit next week", which the pattern then reads as nothing): the second search
 * starts one character after the first match's start, not its end, so every second unit
 * the pattern could read is found.
 */
function holdsTwoUnits(text: string): boolean {
  UNIT.lastIndex = 0;
  const first = UNIT.exec(text);
  if (!first) return false;
  UNIT.lastIndex = first.index + 1;
  return UNIT.test(text);
}

export const compoundDuration: Rule = {
  name: 'compound-duration',
  examples: [
    { text: 'He served 2 1/2 years in prison.', ref: '1998-02-27', finds: '2 1/2 years', value: 'P2Y6M' },
    { text: 'The standing ovation lasted a minute and a half.', ref: '1998-01-14', finds: 'a minute and a half', value: 'PT1M30S' },
    { text: 'The talks ran for two and a half hours.', ref: '2026-02-25', finds: 'two and a half hours', value: 'PT2H30M' },
    { text: 'She won the marathon in 2 hours 14 minutes.', ref: '2026-02-25', finds: '2 hours 14 minutes', value: 'PT2H14M' },
    { text: 'The siege lasted one year and three months.', ref: '2026-02-25', finds: 'one year and three months', value: 'P1Y3M' },
    { text: 'The plant closed a year and a half ago.', ref: '2026-02-25', finds: 'a year and a half ago', value: '2024-08' },
    { text: 'The plan ends nuclear power within 20 years, a month after taking office.', ref: '1998-11-24', finds: '20 years', value: 'P20Y' },
    { text: 'He had led the party for five years, two days before the vote.', ref: '1998-11-24', finds: 'five years', value: 'P5Y' },
    { text: 'The siege lasted five years, three months and 10 days.', ref: '2026-02-25', finds: 'five years, three months and 10 days', value: 'P5Y3M10D' },
  ],
  pattern: new RegExp(
    String.raw`(?:(${BOUND_PATTERN})\s+)?(${uncaptured(PART)}(?:(?:,\s*(?!${uncaptured(PART)}${COUNTED_FROM_AN_EVENT})|\s+and\s+|\s+)${uncaptured(PART)})*)(?:${DASH}(?:long|old))?(?:\s+(ago|from\s+now|hence))?`,
  ),
  // amountsOf reads something only of two pieces (two units) or a fraction: a sentence with one
  // unit ("for two days", 3,945 tries and no reading in 1,000 synthetic articles) has neither.
  mayRead: (text) => FRACTION.test(text) || holdsTwoUnits(text),
  read: ({ groups, reference }) => {
    const [, bound, amountText = '', anchor] = groups;
    const amounts = amountsOf(amountText);
    if (!amounts) return null;
    if (anchor) return countedFromReference(amounts, /^ago$/i.test(anchor) ? -1 : 1, reference);
    const mod = modOf(bound);
    return { type: 'DURATION', value: isoDuration(amounts), ...(mod ? { mod } : {}) };
  },
};
