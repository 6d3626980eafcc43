import type { CandidateEvent } from '../events/candidate.ts';
import { kindFamily } from '../events/kinds.ts';
import { GATHERING_HELD_IN, HEADLINE_GATHERING, HEADLINE_GATHERING_AFTER, HEADLINE_GATHERING_BEFORE } from './lexicon.ts';
import type { EntityMention } from './recognise.ts';

/**
 * The place a headline gives the gathering it announces ("… reports 'constructive' Miami
 * talks", "Envoys meet in Geneva"), for the article's main gathering — the one most of its
 * sentences report, up to its day — when none of those sentences says where. Other
 * gatherings of the article may be background elsewhere and keep no place.
 */
export function placeFromHeadline(candidates: CandidateEvent[], headline: string, read: (text: string) => EntityMention[], day: string): void {
  const main = mainGathering(candidates, day);
  // Reading a headline may take the tagger: only when it can give a place that is wanted.
  if (!main || main.place !== null || !HEADLINE_GATHERING.test(headline)) return;
  const place = read(headline).find((m) => m.entity.type === 'place' && (HEADLINE_GATHERING_AFTER.test(headline.slice(m.end)) || HEADLINE_GATHERING_BEFORE.test(headline.slice(0, m.start))));
  if (place) main.place = place.entity.id;
}

/**
 * Where a sentence of the article says "the meetings" or "the talks" took place ("Earlier media
 * reports said the meetings took place in Miami, Florida"), for its main gathering when neither
 * its own sentences nor the headline said where.
 */
export function placeSaidOfGathering(candidates: CandidateEvent[], sentences: readonly string[], read: (text: string) => EntityMention[], day: string): void {
  const main = mainGathering(candidates, day);
  if (!main || main.place !== null) return;
  for (const text of sentences) {
    const said = GATHERING_HELD_IN.exec(text);
    if (!said) continue;
    const at = said.index + said[0].length;
    const place = read(text).find((m) => (m.entity.type === 'place' || m.entity.type === 'country') && m.start === at);
    if (place) {
      main.place = place.entity.id;
      return;
    }
  }
}

/** The gathering most of an article's sentences report, up to its day. */
function mainGathering(candidates: CandidateEvent[], day: string): CandidateEvent | undefined {
  return candidates.filter((c) => kindFamily(c.kind) === 'gathering' && c.date.start <= day).sort((a, b) => b.evidence.length - a.evidence.length)[0];
}
