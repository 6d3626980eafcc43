import type { TimelineEvent } from './types.ts';

/** Code-unit string order: unlike localeCompare it does not depend on the machine's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
