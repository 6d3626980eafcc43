import type { EntityType, EventKind, EventStatus } from '../types.ts';
import { capitalise } from './phrase.ts';

export interface HeadlineInput {
  kind: EventKind;
  status: EventStatus;
  participants: { name: string; type: EntityType }[];
  place: string | null;
  /** The noun phrase the best report used ("virtual meeting of allied nations"). */
  phrase: string;
}

/** Surnames read better in headlines: "Trump–Zelenskyy phone call". */
function short(name: string): string {
  return name.split(' ').at(-1) ?? name;
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ø/g, 'o').toLowerCase();
}

function list(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** A short factual headline written from what the pipeline knows, not copied from a source. */
export function writeHeadline({ kind, status, participants, place, phrase }: HeadlineInput): string {
  const people = participants.filter((p) => p.type === 'person').map((p) => p.name);
  const parties = participants.filter((p) => p.type === 'country').map((p) => p.name);
  const at = place ? ` in ${place}` : '';
  switch (kind) {
    case 'call':
      if (people.length >= 2) return `${people.slice(0, 3).map(short).join('–')} phone call`;
      if (people.length === 1) return `${people[0]} holds a phone call`;
      return capitalise(phrase || 'Phone call');
    case 'talks':
    case 'summit': {
      const noun = kind === 'summit' ? 'summit' : 'talks';
      if (parties.length >= 2) return `${parties.slice(0, 3).join('–')} ${noun}${at}`;
      if (people.length >= 2) return `${capitalise(noun)}${at}: ${list(people.slice(0, 4).map(short))}`;
      return `${capitalise(phrase || noun)}${phrase.includes(place ?? '\u0000') ? '' : at}`;
    }
    case 'meeting':
      if (people.length >= 2) return `${short(people[0]!)} ${status === 'planned' ? 'to meet' : 'meets'} ${list(people.slice(1, 4).map(short))}${at}`;
      return `${capitalise(phrase || 'meeting')}${phrase.includes(place ?? '\u0000') ? '' : at}`;
    case 'statement': {
      // The speaker is the one the gist does not already name ("speaks alongside … Støre").
      const gist = fold(phrase);
      const speaker = people.find((p) => !gist.includes(fold(short(p)))) ?? people[0];
      return speaker ? `${speaker} ${phrase}` : capitalise(phrase);
    }
    case 'strike':
      return `${capitalise(phrase || 'strikes')}${place && !phrase.includes(place) ? ` on ${place}` : ''}`;
    case 'other':
      return `${capitalise(phrase)}${place && !phrase.includes(place) ? ` at ${place}` : ''}`;
  }
}
