import type { TimelineEvent } from '../pipeline/types.ts';

/** Code-unit string order: unlike localeCompare it does not depend on the machine's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Timeline order (start day, end day, id), so exports do not depend on input order. */
export function chronological(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(
    (a, b) => compareStrings(a.date.start, b.date.start) || compareStrings(a.date.end, b.date.end) || compareStrings(a.id, b.id),
  );
}
