import type { CandidateEvent } from '../events/candidate.ts';
import { ERUPTION_NOUNS, kindFamily, TRUCE_NOUN } from '../events/kinds.ts';
import { GATHERING_HELD_IN, HEADLINE_ERUPTION, HEADLINE_ERUPTION_AFTER, HEADLINE_ERUPTION_BEFORE, HEADLINE_GATHERING, HEADLINE_GATHERING_AFTER, HEADLINE_GATHERING_BEFORE, HEADLINE_TRUCE, HEADLINE_TRUCE_AFTER, HEADLINE_TRUCE_BEFORE } from './lexicon.ts';
import type { EntityMention } from './recognise.ts';

/**
 * The place a headline gives the happening it announces, for the article's main report of it — the
 * one most of its sentences tell, up to its day — when none of those sentences says where: a
 * gathering ("… reports 'constructive' Miami talks", "Envoys meet in Geneva") or a truce ("Gaza
 * ceasefire in force after three-hour delay"). Other reports of the article may be background
 * elsewhere and keep no place.
 */
export function placeFromHeadline(candidates: CandidateEvent[], headline: string, read: (text: string) => EntityMention[], day: string): void {
  for (const { told, after, before, isIt, every } of HEADLINE_HAPPENINGS) {
    const main = every ? candidates.filter((c) => isIt(c) && c.date.start <= day && c.place === null) : [mainReport(candidates, day, isIt)].filter((c) => c?.place === null);
    // Reading a headline may take the tagger: only when it can give a place that is wanted.
    if (main.length === 0 || !told.test(headline)) continue;
    const place = read(headline).find((m) => m.entity.type === 'place' && (after.test(headline.slice(m.end)) || before.test(headline.slice(0, m.start))));
    if (place) for (const c of main) c!.place = place.entity.id;
  }
}

/** The happenings a headline may place, each by the words that name it and where its place stands to them. */
const HEADLINE_HAPPENINGS: { told: RegExp; after: RegExp; before: RegExp; isIt: (c: CandidateEvent) => boolean; every?: true }[] = [
  { told: HEADLINE_GATHERING, after: HEADLINE_GATHERING_AFTER, before: HEADLINE_GATHERING_BEFORE, isIt: isGathering },
  { told: HEADLINE_TRUCE, after: HEADLINE_TRUCE_AFTER, before: HEADLINE_TRUCE_BEFORE, isIt: (c) => c.noun === TRUCE_NOUN },
  // Not only the main report: an eruption's fissures and lava are told once each, and all are of the place the headline gives.
  { told: HEADLINE_ERUPTION, after: HEADLINE_ERUPTION_AFTER, before: HEADLINE_ERUPTION_BEFORE, isIt: (c) => c.noun !== undefined && ERUPTION_NOUNS.has(c.noun), every: true },
];

/**
 * Where a sentence of the article says "the meetings" or "the talks" took place ("Earlier media
 * reports said the meetings took place in Miami, Florida"), for its main gathering when neither
 * its own sentences nor the headline said where.
 */
export function placeSaidOfGathering(candidates: CandidateEvent[], sentences: readonly string[], read: (text: string) => EntityMention[], day: string): void {
  const main = mainReport(candidates, day, isGathering);
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

function isGathering(c: CandidateEvent): boolean {
  return kindFamily(c.kind) === 'gathering';
}

/** The report of a sort most of an article's sentences tell, up to its day. */
function mainReport(candidates: CandidateEvent[], day: string, isIt: (c: CandidateEvent) => boolean): CandidateEvent | undefined {
  return candidates.filter((c) => isIt(c) && c.date.start <= day).sort((a, b) => b.evidence.length - a.evidence.length)[0];
}
