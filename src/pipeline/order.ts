import type { TimelineEvent } from './types.ts';

/**
 * The one string order of the project: Unicode code-point order. Unlike localeCompare it
 * does not depend on the machine's locale; unlike `<` (UTF-16 code units) it puts a
 * character beyond U+FFFF after U+E000–U+FFFF, as UTF-8 bytes and code points do.
 */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) < codePointRank(y) ? -1 : 1;
  }
  return a.length < b.length ? -1 : 1;
}

/** A UTF-16 code unit's place in code-point order: surrogates (astral characters) after U+E000–U+FFFF. */
function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  return unit >= 0xe000 ? unit - 0x800 : unit;
}

/**
 * Timeline order: by first day; of events starting the same day the wider one first (the
 * year 1994 before 1 January 1994, "March 2026" before 1 March), as a reader meets a period
 * before what happened in it; then by id. Every page and export uses this one order.
 */
export function compareChronologically(a: TimelineEvent, b: TimelineEvent): number {
  return compareStrings(a.date.start, b.date.start) || compareStrings(b.date.end, a.date.end) || compareStrings(a.id, b.id);
}

/** The events in timeline order, whatever order they arrive in. */
export function chronological(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(compareChronologically);
}
