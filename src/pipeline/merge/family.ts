import type { EvidenceRef } from '../events/candidate.ts';
import { type EventKind, JOURNEY_NOUN, kindFamily, occasionOf } from '../events/kinds.ts';
import { SIGNED_IN_TURN } from '../events/lexicon.ts';
import { oncePerObject } from '../memo.ts';
import { ACT_AT_A_VENUE, CANCELLED, CLOSES_A_ROUND, ENDED_BY_DEPARTURE, RESCHEDULED, SEVERAL_HAPPENINGS } from './lifecycle-words.ts';

/**
 * The sort of happening merging reads a report as: its kind's family (kinds.ts), except that a
 * visit, or a trip told only for its fate, is the gathering held on it. "Will pay a state visit
 * to Accra on Monday" and "held talks in Accra on Monday", or "has postponed his trip to
 * Washington, planned for Thursday" and the talks planned for that Thursday, are one happening
 * told from its occasion; whether the people, place and days agree is asked as for any gathering
 * (compatible.ts). A trip on its way ("leaves for the US on December 4 to meet Witkoff") is a
 * journey of its own day, not the talks it leads to.
 */
export function happeningFamily(report: Reported): string {
  return isOccasion(report) ? 'gathering' : kindFamily(report.kind);
}

/**
 * The reports a report may meet in merging (date-fit.ts files events by it; merge-in-parts.ts merges each apart): those of its sort,
 * but an act its place makes a gathering (toldByItsAct) meets the gatherings whether its place is told or not: "signed a peace accord
 * in Lusk on Monday" and "the accord signed by Velmark and Estmark on Monday" are one signing, the second told without its town
 * (placedAndUnplaced).
 */
export function mergeGround(report: Reported): string {
  return occasionOf(report.kind, report.noun) === 'whenPlaced' ? 'gathering' : happeningFamily(report);
}

/**
 * The part of merging a report goes to (merge-in-parts.ts merges one part on another thread): its ground, the gatherings' for any
 * report of family `other` too, since an undated report of that family is made evidence of any event of it (attach-undated.ts), and
 * some of those met on the gatherings' ground.
 */
export function mergePart(report: Reported): string {
  const family = happeningFamily(report);
  return family === 'other' ? 'gathering' : mergeGround(report);
}

/** Two reports of one act that a place makes a gathering, one told with its place (toldByItsAct), the other not: one happening's two tellings, as compatible.ts sameSort reads them. */
export function placedAndUnplaced(a: Reported, b: Reported): boolean {
  return a.kind === b.kind && a.noun === b.noun && occasionOf(a.kind, a.noun) === 'whenPlaced' && toldByItsAct(a) !== toldByItsAct(b);
}

/** What a report of any sort, dated or not, says of its kind. */
interface Reported {
  kind: EventKind;
  noun?: string;
  evidence: EvidenceRef[] | EvidenceRef;
  place?: string | null;
  toldForItsStay?: true;
}

/** A report told only for its fate: postponed or called off. Asked each time the report meets an event: its words are read once. */
const toldForItsFate = oncePerObject((report: Reported) => [report.evidence].flat().some((e) => RESCHEDULED.test(e.text) || CANCELLED.test(e.text)));

/** Whether a report's own sentence (its first evidence) says `pattern`. Asked each time the report meets an event: read once a report. */
const ownSentenceSays = (pattern: RegExp) => oncePerObject((report: Reported) => pattern.test([report.evidence].flat()[0]?.text ?? ''));

/** An act its own sentence tells done in a building ("signed … at the State Department", ACT_AT_A_VENUE). */
const doneAtAVenue = ownSentenceSays(ACT_AT_A_VENUE);

/** A signing its own sentence tells in turn, one signer after the other ("signed first; … followed", SIGNED_IN_TURN): the signers sat together, as at a venue. */
const signedInTurn = ownSentenceSays(new RegExp(SIGNED_IN_TURN, 'i'));

/** An act its own sentence tells as closing a round of days of talks (CLOSES_A_ROUND). */
const closesARound = ownSentenceSays(CLOSES_A_ROUND);

/**
 * A visit its own sentence tells as ended by the visitor's departure ("the state visit ended on Thursday afternoon, when Air Force One left
 * Stansted", ENDED_BY_DEPARTURE): what it tells of its day is the departure, a journey of that day as "Mr Trump leaves Britain this afternoon"
 * is, not the gathering held on the visit.
 */
const endedByDeparture = ownSentenceSays(ENDED_BY_DEPARTURE);

/**
 * A visit, a trip postponed or called off, or an agreement reached somewhere: the occasion of a gathering, not a happening of its own (the kinds table's `occasion`).
 * A visit told as ended by its visitor's departure is that departure (endedByDeparture), no occasion.
 */
export function isOccasion(report: Reported): boolean {
  const occasion = occasionOf(report.kind, report.noun);
  return (occasion === 'always' && !endedByDeparture(report)) || (occasion === 'whenToldForItsFate' && (report.toldForItsStay === true || toldForItsFate(report))) || toldByItsAct(report);
}

/** The noun merging tells happenings of kind `other` apart by: its own, but a journey's for a visit told as ended by its visitor's departure (endedByDeparture). */
export function happeningNoun(report: Reported): string | undefined {
  return occasionOf(report.kind, report.noun) === 'always' && endedByDeparture(report) ? JOURNEY_NOUN : report.noun;
}

/**
 * An occasion told by its act, with its place ("signed a memorandum … in Trenčín today", "agreed a
 * prisoner swap … in Istanbul") or the building it was done in when no town is read ("signed a
 * peace agreement at the State Department", or one told in turn, "signed first; … followed": the sides sat
 * together, as in a town; one with neither may have been agreed by phone): the gathering it stands for is known only by its place and people,
 * and a town hosts many tables a day, so it is that gathering only with someone in common. An act
 * told as closing a round of days of talks ("signed a memorandum … in Almaty on Thursday after two
 * days of talks") is a happening of its own day, as the round is of its days.
 */
export function toldByItsAct(report: Reported): boolean {
  return occasionOf(report.kind, report.noun) === 'whenPlaced' && (report.place != null || doneAtAVenue(report) || signedInTurn(report)) && !closesARound(report);
}

/**
 * Its own sentence counts several happenings of its sort ("drone attacks on two Russian energy sites
 * over the weekend", "both strikes"): a summary of them, so it is none of them, and an event of one
 * strike is not dated by the span it gives. Read once a report.
 */
export const countsSeveral = oncePerObject((report: { evidence: EvidenceRef[] }) => SEVERAL_HAPPENINGS.test(report.evidence[0]?.text ?? ''));
