import type { CandidateEvent } from '../events/candidate.ts';
import { kindFamily } from '../events/kinds.ts';
import type { Sentence } from '../types.ts';
import { JOURNEY_TO, JOURNEY_VERB } from './lexicon.ts';
import type { EntityMention } from './recognise.ts';

/** How many sentences back a journey may be told and still place the gathering after it. */
const JOURNEY_LOOK_BACK = 2;

/**
 * "Emre Doğanay arrived in Basra on Sunday. On Monday Doğanay met Iraqi officials", "… travelled
 * to Ankara on Monday. / He held talks with his Turkish counterpart": a gathering told with no
 * place, one of whose people the nearest journey told just before it (in its paragraph or the one
 * before) took somewhere, is held where they went. Only the traveller carries the place: a
 * journey by someone not at the gathering says nothing of where it was.
 */
export function placeAtJourneyEnd(candidates: CandidateEvent[], sentences: readonly Sentence[], read: (text: string) => EntityMention[]): void {
  for (const gathering of candidates) {
    if (gathering.place !== null || kindFamily(gathering.kind) !== 'gathering' || gathering.participants.length === 0) continue;
    const first = Math.min(...gathering.evidence.map((e) => e.sentence));
    const told = sentences[first];
    if (!told) continue;
    for (let i = first - 1; i >= Math.max(0, first - JOURNEY_LOOK_BACK); i -= 1) {
      const sentence = sentences[i]!;
      if (told.blockIndex - sentence.blockIndex > 1 || !JOURNEY_VERB.test(sentence.text)) continue;
      const named = read(sentence.text);
      const end = named.find((m) => (m.entity.type === 'place' || m.entity.type === 'country') && !m.byAdjective && JOURNEY_TO.test(sentence.text.slice(0, m.start)));
      if (!end) continue;
      const travellers = named.filter((m) => m.entity.type === 'person' && m.end <= end.start).map((m) => m.entity.id);
      if (travellers.some((id) => gathering.participants.includes(id))) gathering.place = end.entity.id;
      break;
    }
  }
}
