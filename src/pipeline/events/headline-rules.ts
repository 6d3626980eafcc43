import type { EntityType, EventStatus } from '../types.ts';
import { capitalise } from './phrase.ts';

export interface HeadlineInput {
  status: EventStatus;
  participants: { name: string; type: EntityType }[];
  place: string | null;
  /** The noun phrase the best report used ("virtual meeting of allied nations"). */
  phrase: string;
}

/** How one kind of event is titled from what the pipeline knows (see kinds.ts). */
export type HeadlineRule = (input: HeadlineInput) => string;

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

const people = (input: HeadlineInput): string[] => input.participants.filter((p) => p.type === 'person').map((p) => p.name);
const parties = (input: HeadlineInput): string[] => input.participants.filter((p) => p.type === 'country').map((p) => p.name);
const placed = (phrase: string, place: string | null, word: string): string => (place && !phrase.includes(place) ? ` ${word} ${place}` : '');

export const callHeadline: HeadlineRule = (input) => {
  const names = people(input);
  if (names.length >= 2) return `${names.slice(0, 3).map(short).join('–')} phone call`;
  if (names.length === 1) return `${names[0]} holds a phone call`;
  return capitalise(input.phrase || 'Phone call');
};

/** Talks and summits: "Russia–Ukraine talks in Geneva", "Talks in Geneva: Umerov and Witkoff". */
export function gatheringHeadline(noun: string): HeadlineRule {
  return (input) => {
    const at = input.place ? ` in ${input.place}` : '';
    const states = parties(input);
    const names = people(input);
    if (states.length >= 2) return `${states.slice(0, 3).join('–')} ${noun}${at}`;
    if (names.length >= 2) return `${capitalise(noun)}${at}: ${list(names.slice(0, 4).map(short))}`;
    return `${capitalise(input.phrase || noun)}${placed(input.phrase, input.place, 'in')}`;
  };
}

export const meetingHeadline: HeadlineRule = (input) => {
  const names = people(input);
  const at = input.place ? ` in ${input.place}` : '';
  if (names.length >= 2) return `${short(names[0]!)} ${input.status === 'planned' ? 'to meet' : 'meets'} ${list(names.slice(1, 4).map(short))}${at}`;
  return `${capitalise(input.phrase || 'meeting')}${placed(input.phrase, input.place, 'in')}`;
};

export const statementHeadline: HeadlineRule = (input) => {
  // The speaker is the one the gist does not already name ("speaks alongside … Støre").
  const names = people(input);
  const gist = fold(input.phrase);
  const speaker = names.find((p) => !gist.includes(fold(short(p)))) ?? names[0];
  return speaker ? `${speaker} ${input.phrase}` : capitalise(input.phrase);
};

export const strikeHeadline: HeadlineRule = (input) => `${capitalise(input.phrase || 'strikes')}${placed(input.phrase, input.place, 'on')}`;

/** "Russia–Ukraine prisoner exchange": the two sides, whatever the report's wording. */
export const exchangeHeadline: HeadlineRule = (input) => {
  const states = parties(input);
  return states.length >= 2 ? `${states.slice(0, 2).join('–')} prisoner exchange` : capitalise(input.phrase || 'prisoner exchange');
};

export const otherHeadline: HeadlineRule = (input) => `${capitalise(input.phrase)}${placed(input.phrase, input.place, 'at')}`;
