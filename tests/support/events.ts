import type { EventDate, TimelineEvent } from '../../src/pipeline/types.ts';

/** A date from its EDTF value, for view tests: `2026-02-25`, `2026-03`, `1994`, `2026-02-17/2026-02-18`. Test-only. */
export function testDate(value: string): EventDate {
  const [first = value, last = first] = value.split('/');
  if (/^\d{4}$/.test(value)) return { value, start: `${value}-01-01`, end: `${value}-12-31`, precision: 'year', text: value };
  if (/^\d{4}-\d{2}$/.test(value)) return { value, start: `${value}-01`, end: `${value}-28`, precision: 'month', text: value };
  return { value, start: first, end: last, precision: first === last ? 'day' : 'span', text: value };
}

/** A minimal event on a date; `fields` override anything. Test-only: never copy into content/. */
export function testEvent(id: string, date: string, fields: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    title: `Event ${id}`,
    summary: `Event ${id} took place, Test Wire reported.`,
    kind: 'meeting',
    status: 'occurred',
    tier: 'key',
    date: testDate(date),
    participants: [],
    place: null,
    sources: [],
    disagreements: [],
    aliases: [],
    datedByPublication: false,
    lifecycle: [],
    statusAsOf: { stage: 'occurred', asOf: '2026-02-26', article: 'wire-b', overdue: false, text: 'occurred (reported 26 February 2026)' },
    ...fields,
  };
}
