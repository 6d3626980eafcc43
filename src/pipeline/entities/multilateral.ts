import type { CandidateEvent } from '../events/candidate.ts';
import { peopleOnlyOf } from '../events/kinds.ts';
import { MULTILATERAL } from './lexicon.ts';
import { countryById } from './places.ts';
import { noRoles } from './roles.ts';

/**
 * "The next trilateral meeting", "the three-way talks": a report that says how many sides sat
 * down but names at most one of them points back, like "the three countries", at the sides
 * the article last named together in that number, at or before it ("the Ukraine–Russia–US
 * talks", "talks among Kyiv, Moscow and Washington"); they become its parties. A country it
 * names outside that group means another table: it keeps what it has.
 */
export function completeMultilateral(candidates: CandidateEvent[], groups: { sentence: number; ids: string[] }[]): void {
  for (const candidate of candidates) {
    const evidence = candidate.evidence[0];
    const word = evidence ? MULTILATERAL.exec(evidence.text)?.[1]?.toLowerCase() : undefined;
    if (!evidence || !word || peopleOnlyOf(candidate.kind, candidate.noun)) continue;
    const count = /^(?:quadrilateral|four)/.test(word) ? 4 : 3;
    const roles = candidate.roles ?? noRoles();
    const known = [...new Set([...candidate.participants, ...roles.sides])].filter((id) => countryById(id) !== undefined);
    // A report naming two sides itself is of its own table ("Ukrainian and U.S. officials held talks on the next phase of the trilateral negotiations").
    if (known.length >= 2) continue;
    const group = groups.filter((g) => g.sentence <= evidence.sentence && g.ids.length === count).at(-1);
    if (!group || !known.every((id) => group.ids.includes(id))) continue;
    const added = group.ids.filter((id) => !known.includes(id));
    candidate.participants.push(...added.filter((id) => !candidate.participants.includes(id)));
    roles.parties.push(...added.filter((id) => !roles.parties.includes(id)));
    roles.sides = roles.sides.filter((id) => !added.includes(id));
    candidate.roles = roles;
  }
}
