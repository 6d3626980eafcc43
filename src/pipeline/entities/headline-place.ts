import type { CandidateEvent } from '../events/candidate.ts';
import { kindFamily } from '../events/kinds.ts';
import { HEADLINE_GATHERING, HEADLINE_GATHERING_AFTER, HEADLINE_GATHERING_BEFORE } from './lexicon.ts';
import type { EntityMention } from './recognise.ts';

/**
 * The place a headline gives the gathering it announces ("… reports 'constructive' Miami
 * talks", "Envoys meet in Geneva"), for the article's main gathering — the one most of its
 * sentences report, up to its day — when none of those sentences says where. Other
 * gatherings of the article may be background elsewhere and keep no place.
 */
export function placeFromHeadline(candidates: CandidateEvent[], headline: string, read: (text: string) => EntityMention[], day: string): void {
  const main = candidates.filter((c) => kindFamily(c.kind) === 'gathering' && c.date.start <= day).sort((a, b) => b.evidence.length - a.evidence.length)[0];
  // Reading a headline may take the tagger: only when it can give a place that is wanted.
  if (!main || main.place !== null || !HEADLINE_GATHERING.test(headline)) return;
  const place = read(headline).find((m) => m.entity.type === 'place' && (HEADLINE_GATHERING_AFTER.test(headline.slice(m.end)) || HEADLINE_GATHERING_BEFORE.test(headline.slice(0, m.start))));
  if (place) main.place = place.entity.id;
}
