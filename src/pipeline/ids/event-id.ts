import type { CalendarDate, EntityType, EventKind } from '../types.ts';
import { compareStrings } from '../order.ts';
import { foldLetters } from '../parse/fold.ts';
import { shortName } from '../entities/person-names.ts';

/** An event's permanent URL slug: `2026-02-25-trump-zelenskyy-call`. */
export type EventId = string;

export interface IdInput {
  date: CalendarDate;
  kind: EventKind;
  /** Canonical names (with the other names articles use, for the short one), in the order the earliest source names them. */
  participants: { name: string; type: EntityType; aliases?: readonly string[] }[];
  place: string | null;
  /** Used only when nothing else tells the event apart ("anniversary"). */
  noun?: string;
  /** The best report's words for it ("first direct three-way talks"), when it names no one and no place. */
  phrase?: string;
}

/** A name the gazetteer lacks, read back from the id it was given ("andrii-hnatov" → "andrii hnatov"). */
export function nameFromId(id: string): { name: string; type: EntityType } {
  return { name: id.replace(/-/g, ' '), type: 'organization' };
}

/** Words of a phrase worth keeping in an id, at most four. */
function phraseWords(phrase: string): string[] {
  return slugify(phrase)
    .split('-')
    .filter((w) => w.length > 2 && !['the', 'and', 'for', 'with', 'from'].includes(w))
    .slice(0, 4);
}

export function slugify(text: string): string {
  return foldLetters(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Built from what the event is (when, what, who), never from its position or a counter,
 * so adding or removing unrelated articles cannot change it.
 */
export function eventId({ date, kind, participants, place, noun, phrase }: IdInput): EventId {
  const when = date.precision === 'day' || date.precision === 'span' ? date.start : date.value.replace(/~$/, '').toLowerCase();
  // Sorted, so the id does not depend on which report happened to name whom first.
  const people = participants.filter((p) => p.type === 'person').map(shortName).sort(compareStrings).slice(0, 3);
  const parties = participants.filter((p) => p.type !== 'person').map((p) => p.name).sort(compareStrings).slice(0, 3);
  const who = people.length > 0 ? people : parties;
  const what = kind === 'other' && noun ? noun : kind;
  // With no one and no place to tell it apart, the report's own words do: never a bare "<date>-talks".
  const words = who.length === 0 && !place && phrase && what === kind ? phraseWords(phrase).filter((w) => !slugify(what).split('-').includes(w)) : [];
  return slugify([when, ...who, who.length === 0 && place ? place : '', ...words, what].filter(Boolean).join(' '));
}
