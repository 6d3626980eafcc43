import { ATTENDED_BEFORE, MANY_LEADERS, NOT_TAKING_PART, SIDELINES } from '../entities/lexicon.ts';
import type { Roles } from '../entities/roles.ts';
import type { EventKind } from '../types.ts';
import type { CandidateEvent } from './candidate.ts';
import type { ExtractionContext } from './context.ts';
import { kindFamily } from './kinds.ts';
import { othersClauseAt, PARTICIPATION, TOLD_AS_COMPANY } from './lexicon.ts';
import type { Mention } from './mention.ts';

/** The already-found event an undated mention most likely speaks of, if any fits. */
export function bestMatch(candidates: CandidateEvent[], m: Mention, { samePlace, isPerson }: ExtractionContext): CandidateEvent | undefined {
  let best: { candidate: CandidateEvent; score: number } | undefined;
  // "the talks" points back: at an event reported before it, when the article has one of its sort.
  const mentionedBefore = (c: CandidateEvent): boolean => c.evidence.some((e) => e.sentence < m.sentence.index);
  const antecedents = m.reference && candidates.some((c) => sameSort(c.kind, m.rule.kind, c.noun, m.rule.noun) && mentionedBefore(c));
  for (const c of candidates) {
    if (!sameSort(c.kind, m.rule.kind, c.noun, m.rule.noun) || (antecedents && !mentionedBefore(c))) continue;
    const named = [...m.persons, ...m.parties];
    const shared = named.filter((p) => c.participants.includes(p)).length;
    const sameSentence = c.evidence.some((e) => e.sentence === m.sentence.index);
    const continued = m.continues && c.evidence.some((e) => e.sentence < m.sentence.index && e.sentence >= Math.max(m.sentence.index - 2, m.entryOpening ?? 0));
    if (m.place && c.place && !samePlace(m.place, c.place)) continue;
    if (toldBeforeItsSession(m, c)) continue;
    if (planWithNoDayYet(m) && !c.datedByPublication && !sameSentence) continue;
    // A plan is no evidence of what already happened ("the planned summit is off").
    if (m.mood === 'plan' && c.status === 'occurred' && !sameSentence) continue;
    // …nor what already took place of a plan still ahead ("said the past three days of meetings had been productive").
    if (m.mood === 'past' && c.status === 'planned' && !sameSentence) continue;
    if (!m.reference && !continued && (m.rule.kind === 'call' || !sameSentence) && differentPeople(m, c, isPerson)) continue;
    // "the face-to-face meeting … between them" (the two diplomats) does not point back at a summit of others;
    // a sentence that tells who took part ("Also on the call were …", "Joining them on the call was …") names the company of the one before, not others.
    if (m.reference && !sameSentence && m.persons.length > 0 && c.participants.some(isPerson) && !m.persons.some((p) => c.participants.includes(p)) && !toldAsCompany(m)) continue;
    // "also" of one more person at it ("Novak also attended the talks") is not one more gathering.
    if (m.another && shared === 0 && !attends(m) && !toldAsCompany(m)) continue;
    const placed = m.place !== null && c.place !== null;
    // A new report needs something that ties it to the event; "the talks" points back by itself.
    if (!m.reference && shared === 0 && !placed && !sameSentence && !continued) continue;
    // What a definite description points back at was mentioned before it, the nearer the likelier.
    const before = Math.max(-1, ...c.evidence.filter((e) => e.sentence <= m.sentence.index).map((e) => e.sentence));
    const recency = before < 0 ? 0 : Math.max(0, 3 - (m.sentence.index - before));
    const score = shared * 2 + (placed ? 2 : 0) + (sameSentence ? 3 : 0) + (continued ? 3 : 0) + (c.kind === m.rule.kind ? 2 : 0) + (c.datedByPublication ? 0 : 1) + (m.reference ? recency : 0);
    if (!best || score > best.score) best = { candidate: c, score };
  }
  return best?.candidate;
}

/**
 * A plan its clause says has no day yet ("will hold their next round of talks in Maun at a date to be agreed", "no date has been set
 * for a summit"): a plan of its own, neither evidence of a plan another sentence dates nor a pointer back at one.
 */
export function planWithNoDayYet(m: Mention): boolean {
  return m.dayless && m.future;
}

/** "Also on the call were …", "Joining them on the call was …": a back-reference in a sentence telling the company of what it points back at (TOLD_AS_COMPANY). */
function toldAsCompany(m: Mention): boolean {
  return m.reference && TOLD_AS_COMPANY.test(m.sentence.text) && !NOT_TAKING_PART.test(m.sentence.text);
}

/**
 * A back-reference whose verb says its subject was there ("also attended the talks", "joined the
 * meeting", "said after the talks"): the people of its sentence were at what it points back at.
 */
export function attends(m: Mention): boolean {
  return m.reference && ATTENDED_BEFORE.test(m.sentence.text.slice(Math.max(0, m.start - 80), m.start)) && !NOT_TAKING_PART.test(m.sentence.text);
}

/**
 * A back-reference whose sentence says its people took part in what it points back at, so they
 * join that event even when they share no one with it yet: "The talks were led by Umerov for Kyiv
 * and Medinsky for Moscow" (a participation verb), "Novak also attended the talks" (attends).
 * Not when the sentence says someone stayed away, nor when a clause about others follows
 * ("…, while the opposition leader denounced them"): that clause's people are named in it too.
 */
export function tellsWhoTookPart(m: Mention): boolean {
  const text = m.sentence.text;
  return (m.reference && PARTICIPATION.test(text) && !NOT_TAKING_PART.test(text) && othersClauseAt(text) < 0) || attends(m);
}

/**
 * Naming other people than the event has means another event: "ready to meet Putin" after a
 * meeting with Zelenskyy; "Trump and Zelensky met" beside talks of Witkoff with Putin. A call
 * differs as soon as each side names someone the other lacks, countries included.
 */
export function differentPeople(m: Mention, c: CandidateEvent, isPerson: (id: string) => boolean): boolean {
  const named = m.rule.kind === 'call' ? [...m.persons, ...m.parties] : m.persons;
  const theirs = m.rule.kind === 'call' ? c.participants : c.participants.filter(isPerson);
  if (named.length === 0 || theirs.length === 0) return false;
  if (!named.some((p) => theirs.includes(p))) return true;
  return named.some((p) => !theirs.includes(p)) && theirs.some((p) => !named.includes(p));
}

/**
 * Two texts of one day signed by other states: one report seats its signers ("the Kessel Accord signed by Velmark and Estmark
 * yesterday") and the other's sentence names two states or more, none of them ("On the bilateral front, Norland and Ostia signed a
 * trade agreement yesterday, witnessed by Premier Vance"), though it seats none (its signers read as the onlookers' countries).
 */
export function otherSigners(m: Mention, c: CandidateEvent, isPerson: (id: string) => boolean): boolean {
  const statesNamed = (names: readonly string[] | undefined, place: string | null): string[] => (names ?? []).filter((id) => !isPerson(id) && id !== place);
  const apart = (parties: readonly string[], named: string[]): boolean => parties.length >= 2 && named.length >= 2 && !named.some((id) => parties.includes(id));
  return apart(c.roles?.parties ?? [], statesNamed(m.mentions, m.place)) || apart(m.parties, statesNamed(c.mentions, c.place));
}

/**
 * Two tables of one family on one day are different gatherings when each names two sides or
 * more and each has one the other lacks: "Ukraine's delegation held talks with U.S.
 * representatives" and "The Russian delegation was due to see the U.S. side again" that day.
 */
export function otherTable(a: Roles | undefined, b: Roles | undefined): boolean {
  const sides = (r: Roles | undefined): string[] => (r ? [...new Set([...r.parties, ...r.sides])] : []);
  const [x, y] = [sides(a), sides(b)];
  return x.length >= 2 && y.length >= 2 && x.some((s) => !y.includes(s)) && y.some((s) => !x.includes(s));
}

/**
 * A meeting its sentence holds on the sidelines ("Zelensky met Trump on the sidelines on Wednesday") and a
 * gathering of many leaders of that day not so told ("NATO heads of state and government meeting in The Hague
 * adopted …", "Leaders of the bloc opened their summit in Tianjin on Sunday") are the summit and a meeting
 * beside it: one article telling both has two reports (merge/side-meetings.ts keeps them apart across articles).
 * "The two leaders met for fifty minutes" after "met on the sidelines" is the side meeting again. So is a meeting told before
 * the gathering's session (toldBeforeItsSession).
 */
export function besideTheGathering(m: Mention, c: CandidateEvent): boolean {
  if (toldBeforeItsSession(m, c)) return true;
  const sideOf = (texts: string[]): boolean => texts.some((t) => SIDELINES.test(t));
  const ours = [m.sentence.text];
  const theirs = c.evidence.map((e) => e.text);
  if (sideOf(ours) === sideOf(theirs)) return false;
  return sideOf(ours) ? isPlenary(c.kind, theirs) : isPlenary(m.rule.kind, ours);
}

/**
 * A meeting (no summit itself) the next sentence of its paragraph tells as followed by a sitting of a summit ("In the morning the president received the two
 * leaders. The premier then chaired the summit session", "… the plenary session that followed": Mention.beforeASession) is no sitting of it,
 * whether it gives a day of its own or points back at none.
 */
function toldBeforeItsSession(m: Mention, c: CandidateEvent): boolean {
  return m.beforeASession === true && isPlenary(c.kind, c.evidence.map((e) => e.text));
}

/** A gathering of many leaders: a summit, or told of leaders or heads of state and government (MANY_LEADERS). */
export function isPlenary(kind: EventKind, texts: string[]): boolean {
  return kind === 'summit' || texts.some((t) => MANY_LEADERS.test(t));
}

export function sameSort(a: EventKind, b: EventKind, nounA?: string, nounB?: string): boolean {
  return kindFamily(a) === kindFamily(b) && (a !== 'other' || nounA === nounB);
}
