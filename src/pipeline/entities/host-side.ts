import type { CandidateEvent } from '../events/candidate.ts';
import type { Sentence } from '../types.ts';
import { kindFamily } from '../events/kinds.ts';
import { HOST_VERB_AFTER, HOST_VERB_WRITTEN, MET_BEFORE, MET_WRITTEN, VISIT_TOLD } from './lexicon.ts';
import { placeChain, type Within } from './place-chain.ts';
import { capitalOf, countryById } from './places.ts';
import type { EntityMention } from './recognise.ts';
import { noRoles } from './roles.ts';

/**
 * "His Majesty King Siaosi welcomed the Prime Minister of Tuvalu, Penitusi Lauti, to Nuku'alofa", "Minister of Tourism
 * Carmen Villalobos received Jamaica's tourism minister, Delroy Whitfield, in Santo Domingo": a host whose office names
 * no state receives a guest of another state in a town of the host's own. The office alone never says whose ("King",
 * "Minister of Tourism", "Speaker of the National Council"); the article's cue does: the gathering's town lies in a state
 * no one else at it acts for, while a guest acts for another. That state is the host's side at this gathering.
 * So is the one a guest "met with" on a visit to that state's capital ("after the visit to Minsk of the Special Envoy of
 * the President of the United States, John Coale, who met with Alexander Lukashenko"): a capital a guest travels to is
 * the host's, where a third state's town may be anyone's venue.
 */
export function hostSides(candidates: CandidateEvent[], sentences: readonly Sentence[], read: (text: string) => EntityMention[], sideOf: (id: string) => string | undefined, within: Within): void {
  for (const gathering of candidates) {
    const text = sentences[gathering.evidence[0]?.sentence ?? -1]?.text;
    if (text === undefined || gathering.place === null || kindFamily(gathering.kind) !== 'gathering') continue;
    const country = placeChain(gathering.place, within).map(countryById).find((c) => c !== undefined);
    if (!country) continue;
    const state = country.id;
    const visitedCapital = capitalOf(country.code)?.id === gathering.place && VISIT_TOLD.test(text);
    // A host is told by a verb after a name or, on a visit, a meeting before one: a sentence with neither has none, and its
    // names (read again here, after the article's last sentence) are not asked for: most gatherings' sentences have neither.
    if (!HOST_VERB_WRITTEN.test(text) && !(visitedCapital && MET_WRITTEN.test(text))) continue;
    const named = read(text).filter((m) => m.entity.type === 'person' && gathering.participants.includes(m.entity.id));
    const people = named.map((m) => m.entity.id);
    // The sides already at the table: the people's, the states named ("Jamaica's tourism minister") and named only as sides.
    const seated = [...people.map(sideOf), ...gathering.participants.filter((id) => countryById(id) !== undefined), ...(gathering.roles?.sides ?? [])].filter((side) => side !== undefined);
    // A guest of another state, and no one yet for the host's: else the town says nothing of who hosted.
    if (seated.length === 0 || seated.includes(state)) continue;
    const host = named.find((m) => sideOf(m.entity.id) === undefined && (HOST_VERB_AFTER.test(text.slice(m.end)) || (visitedCapital && MET_BEFORE.test(text.slice(0, m.start)))));
    if (!host) continue;
    gathering.roles = { ...(gathering.roles ?? noRoles()), sides: [...(gathering.roles?.sides ?? []), state] };
  }
}
