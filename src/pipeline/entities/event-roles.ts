import type { CandidateEvent } from '../events/candidate.ts';
import { occasionOf, peopleOnlyOf } from '../events/kinds.ts';
import type { EntityRef, EventKind, EventRoles } from '../types.ts';
import type { Entity } from './gazetteer.ts';

const SIDED_KINDS: ReadonlySet<EventKind> = new Set(['call', 'talks', 'meeting', 'summit']);

/**
 * An event's participants and roles from all its reports: people present, the sides they
 * act for (Rubio and Lavrov meeting makes the United States and Russia parties), brokers
 * and hosts apart, and people only spoken of, unless another report has them present.
 */
export function withRoles(
  members: CandidateEvent[],
  participants: string[],
  entities: Map<string, Entity>,
  sides: Map<string, string>,
  ref: (id: string) => EntityRef,
): { participants: EntityRef[]; roles: EventRoles } {
  const isPerson = (id: string): boolean => entities.get(id)?.type === 'person';
  const named = unique(members.flatMap((m) => m.roles?.mediators ?? []));
  // A host who brokers a gathering of others is there, and so is the side they act for, as a broker.
  const mediators = unique([...named, ...named.filter(isPerson).flatMap((id) => sides.get(id) ?? [])]);
  const present = unique([...participants, ...named].filter(isPerson));
  const onlookers = new Set(members.flatMap((m) => m.roles?.onlookers ?? []));
  // Sides sit at calls and gatherings; who makes a statement speaks for no table.
  // So do those who sign or reach an agreement somewhere: told with its place, it is the sides' meeting there (the trigger's occasion).
  const seated = members.some((m) => SIDED_KINDS.has(m.kind) || (m.place !== null && occasionOf(m.kind, m.noun) === 'whenPlaced'));
  const parties = unique([
    ...participants.filter((id) => entities.get(id)?.type !== 'person'),
    // Onlookers sign for no side ("signed …, with Dorn looking on").
    ...(seated ? present.filter((id) => !onlookers.has(id)).flatMap((id) => sides.get(id) ?? []) : []),
    // A statement is one person's, a funeral or a trip someone's (the kinds table's peopleOnly, per trigger).
    ...members.flatMap((m) => (peopleOnlyOf(m.kind, m.noun) ? [] : (m.roles?.sides ?? []))),
  ]).filter((id) => !mediators.includes(id));
  const mentioned = unique(members.flatMap((m) => m.roles?.mentioned ?? [])).filter((id) => !participants.includes(id) && !present.includes(id) && isPerson(id));
  const all = unique([...participants, ...parties, ...mediators]);
  return { participants: all.map(ref), roles: { parties: parties.map(ref), mediators: mediators.map(ref), present: present.map(ref), mentioned: mentioned.map(ref) } };
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
