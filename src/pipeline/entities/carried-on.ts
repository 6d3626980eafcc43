import type { CandidateEvent } from '../events/candidate.ts';
import { kindFamily } from '../events/kinds.ts';
import { CARRIED_ON } from './lexicon.ts';
import { countryById } from './places.ts';
import { noRoles } from './roles.ts';

/**
 * "Talks will resume on Saturday", "the sides will meet again on Monday": a gathering that
 * carries on one the article reported before is held where that one was unless it says otherwise.
 * When it names no one itself, it is held by the same sides (the countries; who sits for them may
 * change); when it names its sides ("the Russian delegation was due to see the U.S. side again"),
 * it carries on the last gathering of all those sides, and takes only its place.
 */
export function carryOnSides(candidates: CandidateEvent[], sideOf: (id: string) => string | undefined): void {
  const sidesOf = (c: CandidateEvent): string[] => [...new Set([...c.participants.map((id) => sideOf(id) ?? id), ...(c.roles?.sides ?? [])])].filter((id) => countryById(id) !== undefined);
  for (const candidate of candidates) {
    const evidence = candidate.evidence[0];
    if (!evidence || kindFamily(candidate.kind) !== 'gathering' || !CARRIED_ON.test(evidence.text)) continue;
    const own = sidesOf(candidate);
    const named = candidate.participants.length > 0 || own.length > 0;
    if (named && candidate.place !== null) continue;
    const before = candidates.filter((c) => {
      if (c === candidate || kindFamily(c.kind) !== 'gathering' || !c.evidence.some((e) => e.sentence < evidence.sentence)) return false;
      const theirs = sidesOf(c);
      return named ? own.length > 0 && own.every((id) => theirs.includes(id)) : c.participants.length > 0 || (c.roles?.sides.length ?? 0) > 0;
    });
    const carried = before.sort((a, b) => Math.max(...b.evidence.map((e) => e.sentence)) - Math.max(...a.evidence.map((e) => e.sentence)))[0];
    if (!carried) continue;
    // As sides, which tie reports of the same days only: the next day's session is not the day before's.
    if (!named) candidate.roles = { ...(candidate.roles ?? noRoles()), sides: sidesOf(carried) };
    candidate.place ??= carried.place;
  }
}
