import type { CandidateEvent } from '../events/candidate.ts';
import { doneWhereReported, JOURNEY_NOUN, kindFamily } from '../events/kinds.ts';
import { TOLD_THE_CHAMBER } from '../events/lexicon.ts';
import type { EntityMention } from './recognise.ts';

/** Done where it is reported from: a gathering, an act but a journey, or a saying spoken to a chamber (TOLD_THE_CHAMBER). */
export function doneThere(c: CandidateEvent): boolean {
  if (kindFamily(c.kind) === 'statement') return c.evidence.some((e) => TOLD_THE_CHAMBER.test(e.text));
  return doneWhereReported(c.kind) && c.noun !== JOURNEY_NOUN;
}

/**
 * "KUALA LUMPUR, Oct 26 (…) — … Earlier in the morning, the leaders admitted Timor-Leste as the bloc's eleventh member",
 * "OTTAWA, May 27 (…) — King Charles III opened Canada's Parliament …, telling senators and MPs that …": a gathering, an
 * act or a speech to a chamber told done on the day of a story filed from a town, whose sentences name no place but that
 * town and what lies in it ("at the Kuala Lumpur Convention Centre"), was done in that town, where the reporter was.
 * Another saying may be made from anywhere, a strike or a swap is told by where it hit or was made, a journey by where
 * it went, a plan or a happening of another day may be elsewhere: those keep none. The town is the event's only when
 * none of its reports says where (merge/summarise.ts): another outlet may name a venue, and merging reads only places told.
 */
export function placeInDatelineTown(
  candidates: CandidateEvent[],
  filedFrom: () => string | undefined,
  read: (text: string) => EntityMention[],
  liesWithin: (place: string, larger: string) => boolean,
  day: string,
): void {
  const candidatesFor = candidates.filter(
    (c) =>
      c.place === null &&
      c.status === 'occurred' &&
      c.date.start === day &&
      c.date.end === day &&
      doneThere(c),
  );
  const town = candidatesFor.length > 0 ? filedFrom() : undefined;
  if (!town) return;
  const elsewhere = (c: CandidateEvent): boolean => c.evidence.some((e) => read(e.text).some((m) => m.entity.type === 'place' && !m.inInstitutionName && m.entity.id !== town && !liesWithin(m.entity.id, town)));
  for (const c of candidatesFor) if (!elsewhere(c)) c.filedFrom = town;
}
