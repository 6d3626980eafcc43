import type { CandidateEvent } from '../events/candidate.ts';
import { kindFamily } from '../events/kinds.ts';
import { CARRIED_ON } from './lexicon.ts';
import { countryById } from './places.ts';

/**
 * "Talks will resume on Saturday", "the sides will meet again on Monday": a gathering that
 * carries on one the article reported before, and names no one itself, is held by the same
 * sides (the countries; who sits for them may change), where it was held unless it says otherwise.
 */
export function carryOnSides(candidates: CandidateEvent[], sideOf: (id: string) => string | undefined): void {
  for (const candidate of candidates) {
    const evidence = candidate.evidence[0];
    if (!evidence || kindFamily(candidate.kind) !== 'gathering' || candidate.participants.length > 0 || (candidate.roles?.sides.length ?? 0) > 0 || !CARRIED_ON.test(evidence.text)) continue;
    const before = candidates.filter((c) => c !== candidate && kindFamily(c.kind) === 'gathering' && (c.participants.length > 0 || (c.roles?.sides.length ?? 0) > 0) && c.evidence.some((e) => e.sentence < evidence.sentence));
    const carried = before.sort((a, b) => Math.max(...b.evidence.map((e) => e.sentence)) - Math.max(...a.evidence.map((e) => e.sentence)))[0];
    if (!carried) continue;
    // As sides, which tie reports of the same days only: the next day's session is not the day before's.
    const sides = [...new Set([...carried.participants.map((id) => sideOf(id) ?? id), ...(carried.roles?.sides ?? [])])].filter((id) => countryById(id) !== undefined);
    candidate.roles = { ...(candidate.roles ?? { parties: [], mediators: [], present: [], mentioned: [] }), sides };
    candidate.place ??= carried.place;
  }
}
