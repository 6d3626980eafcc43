import type { CalendarDate, EntityType, EventKind } from '../types.ts';
import { compareStrings } from '../order.ts';

/** An event's permanent URL slug: `2026-02-25-trump-zelenskyy-call`. */
export type EventId = string;

export interface IdInput {
  date: CalendarDate;
  kind: EventKind;
  /** Canonical names, in the order the earliest source names them. */
  participants: { name: string; type: EntityType }[];
  place: string | null;
  /** Used only when nothing else tells the event apart ("anniversary"). */
  noun?: string;
}

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[øØ]/g, 'o')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Built from what the event is (when, what, who), never from its position or a counter,
 * so adding or removing unrelated articles cannot change it.
 */
export function eventId({ date, kind, participants, place, noun }: IdInput): EventId {
  const when = date.precision === 'day' || date.precision === 'span' ? date.start : date.value.replace(/~$/, '').toLowerCase();
  // Sorted, so the id does not depend on which report happened to name whom first.
  const people = participants.filter((p) => p.type === 'person').map((p) => p.name.split(' ').at(-1)!).sort(compareStrings).slice(0, 3);
  const parties = participants.filter((p) => p.type !== 'person').map((p) => p.name).sort(compareStrings).slice(0, 3);
  const who = people.length > 0 ? people : parties;
  const what = kind === 'other' && noun ? noun : kind;
  return slugify([when, ...who, who.length === 0 && place ? place : '', what].filter(Boolean).join(' '));
}
