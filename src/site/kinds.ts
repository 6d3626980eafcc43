import { EVENT_KINDS, KINDS } from '../pipeline/events/kinds.ts';
import type { EventKind } from '../pipeline/types.ts';

/** Each kind as a list heading ("Calls") and as a label in a sentence ("call"), from the kinds table. */
export const KIND_NAMES = Object.fromEntries(KINDS.map((kind) => [kind, { plural: EVENT_KINDS[kind].plural, singular: EVENT_KINDS[kind].singular }])) as Record<
  EventKind,
  { plural: string; singular: string }
>;
