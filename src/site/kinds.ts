import type { EventKind } from '../pipeline/types.ts';

/** Each kind as a list heading ("Calls") and as a label in a sentence ("call"). */
export const KIND_NAMES: Record<EventKind, { plural: string; singular: string }> = {
  call: { plural: 'Calls', singular: 'call' },
  talks: { plural: 'Talks', singular: 'talks' },
  meeting: { plural: 'Meetings', singular: 'meeting' },
  summit: { plural: 'Summits', singular: 'summit' },
  statement: { plural: 'Statements', singular: 'statement' },
  strike: { plural: 'Strikes', singular: 'strike' },
  other: { plural: 'Other events', singular: 'other event' },
};
