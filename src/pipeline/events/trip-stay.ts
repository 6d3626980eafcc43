import { dayNumber } from '../dates/calendar.ts';
import { JOURNEY_VERB } from '../entities/lexicon.ts';
import { samePlace, type Within } from '../entities/place-chain.ts';
import { oncePerObject } from '../memo.ts';
import type { CalendarDate } from '../types.ts';
import type { CandidateEvent } from './candidate.ts';
import { EVENT_KINDS, kindFamily, occasionOf, type Trigger } from './kinds.ts';
import { ARRIVED_LATE, CLAUSE_BREAK, JOURNEY_PURPOSE, LEAVING_OR_GOING_HOME, LEFT_A_PLACE } from './lexicon.ts';
import { shiftDay } from './shift-day.ts';

/**
 * A journey told done with where it went is, for a reader, the gathering held there on its day
 * with any of its people (tests/fixtures/own-conventions.md, Arrivals), and merging reads it so
 * (merge/family.ts isOccasion): "The Pope landed in Ankara last Thursday and met the country's
 * president", "He arrived in Washington on Thursday and met executives … in the evening" are the
 * meeting. Told in an article that tells no gathering of the stay it began ("Four leaders arrived
 * in Kyiv by train on Saturday morning"), it is the stay, as another outlet's "met Zelensky in
 * Kyiv". One in an article that tells only other gatherings near its day ("On Sunday the Pope flew
 * to Lebanon" and "That evening he met thousands of young people" on Monday) is a happening of its
 * own, unless another article tells the gathering (markStaysAcross); so is a journey told by its
 * leaving or its way home ("at lunchtime his plane left for Beirut"), and one still ahead ("is
 * expected to travel to Washington next week"): what it is for is not known yet.
 */
export function markStays(candidates: CandidateEvent[], samePlace: (a: string, b: string) => boolean): void {
  const gatherings = candidates.filter(isGathering);
  for (const trip of candidates) {
    if (!mayBeAStay(trip)) continue;
    const near = gatherings.filter((g) => inTheStay(g.date, trip.date));
    const welcomes = near.filter((g) => toldAtItsEnd(g, trip));
    for (const welcome of welcomes) welcome.place ??= trip.place;
    if (near.length === 0 || welcomes.length > 0 || near.some((g) => heldOnArrival(g, trip, samePlace, (a, b) => a === b))) trip.toldForItsStay = true;
  }
}

/**
 * A gathering told in the journey's scene, citing the journey's sentence as what gave it its day ("The plane carrying King
 * Alaric touched down at Lusk airport yesterday." then "Premier Vance met the King on the tarmac.", extract.ts
 * doneAtTheJourneysEnd): held at the journey's end, where it went, whoever the two sentences name.
 */
function toldAtItsEnd(gathering: CandidateEvent, trip: CandidateEvent): boolean {
  const told = trip.evidence[0]?.sentence;
  return gathering.evidence.slice(1).some((e) => e.sentence === told) && gathering.date.start === trip.date.start;
}

/**
 * The same across articles, once names are joined (timeline.ts): a journey told done that its own
 * article leaves a journey is the gathering another article tells of its day at the place it went,
 * with one of its people ("On Sunday the Pope flew to Lebanon", in an article telling Monday's
 * meetings, and another's "President Aoun met him on the tarmac" that Sunday), or the one of its day,
 * placed or not, with a traveller and someone its own sentence names (metOnTheWay).
 */
export function markStaysAcross(candidates: CandidateEvent[], canonical: (id: string) => string, within: Within): void {
  const trips = candidates.filter(toldDone).filter((c) => c.toldForItsStay !== true);
  if (trips.length === 0) return;
  const byDay = gatheringsByDay(candidates);
  const same = (a: string, b: string): boolean => canonical(a) === canonical(b);
  const sameTown = (a: string, b: string): boolean => samePlace(canonical(a), canonical(b), within);
  for (const trip of trips) {
    const met = new Set<CandidateEvent>();
    const last = dayNumber(trip.date.end) + (arrivedLate(trip) ? 1 : 0);
    for (let day = dayNumber(trip.date.start); day <= last; day += 1) for (const g of byDay.get(day) ?? []) if (g.article !== trip.article) met.add(g);
    const told = (g: CandidateEvent): boolean => (mayBeAStay(trip) && heldOnArrival(g, trip, sameTown, same)) || metOnTheWay(g, trip, sameTown, same);
    if ([...met].some(told)) trip.toldForItsStay = true;
  }
}

/** A journey told done, not by its leaving or its way home: it may be the stay it began, where it went read or not. */
function toldDone(trip: CandidateEvent): boolean {
  const told = trip.evidence[0]?.text ?? '';
  return trip.status === 'occurred' && occasionOf(trip.kind, trip.noun) === 'whenToldForItsFate' && !LEAVING_OR_GOING_HOME.test(told) && !LEFT_A_PLACE.test(journeyClause(told));
}

/** A journey told done, with where it went: it may be the stay it began. */
function mayBeAStay(trip: CandidateEvent): trip is CandidateEvent & { place: string } {
  return trip.place !== null && toldDone(trip);
}

/**
 * A gathering of the journey's day with one of its travellers and someone else its own sentence names: "On Sunday von der Leyen
 * flew to Turnberry and, after an hour with Donald Trump, accepted …" and another outlet's "The two leaders met for about an hour
 * in a ballroom at the resort" are one meeting, though neither tells a place the reader knows (two people in common on one day);
 * places both tell must agree ("flew to Kessel after meeting Holt" is not that day's meeting with Holt in Lusk).
 */
function metOnTheWay(gathering: CandidateEvent, trip: CandidateEvent, samePlace: (a: string, b: string) => boolean, same: (a: string, b: string) => boolean): boolean {
  const has = (ids: string[], id: string): boolean => ids.some((p) => same(p, id));
  const named = (trip.mentions ?? []).filter((m) => !has(trip.participants, m));
  const sameDay = trip.date.precision === 'day' && gathering.date.start <= trip.date.end && trip.date.start <= gathering.date.end;
  const placesAgree = gathering.place === null || trip.place === null || samePlace(gathering.place, trip.place);
  return sameDay && placesAgree && trip.participants.some((p) => has(gathering.participants, p)) && named.some((m) => has(gathering.participants, m));
}

function isGathering(c: CandidateEvent): boolean {
  return kindFamily(c.kind) === 'gathering' || occasionOf(c.kind, c.noun) === 'always';
}

/** The longest gathering filed by its days: a summit of a week, not a month's vague report. */
const GATHERING_DAYS = 14;

/** The gatherings dated to their days, placed or not (metOnTheWay), under each of those days. */
function gatheringsByDay(candidates: CandidateEvent[]): Map<number, CandidateEvent[]> {
  const byDay = new Map<number, CandidateEvent[]>();
  for (const g of candidates) {
    if (!isGathering(g) || (g.date.precision !== 'day' && g.date.precision !== 'span')) continue;
    const [first, last] = [dayNumber(g.date.start), dayNumber(g.date.end)];
    if (last - first >= GATHERING_DAYS) continue;
    for (let day = first; day <= last; day += 1) byDay.set(day, [...(byDay.get(day) ?? []), g]);
  }
  return byDay;
}

/** A gathering's date shares a day with the journey's days or the day after them (an arrival late on a day). */
function inTheStay(gathering: CalendarDate, journey: CalendarDate): boolean {
  return gathering.start <= shiftDay(journey.end, 1) && journey.start <= gathering.end;
}

/**
 * A journey told done, with its day, as ending late in it ("arrived in Ankara on Tuesday evening"): the gathering it was
 * told for may be the next day's (ARRIVED_LATE). Read once a report; merge/date-fit.ts asks it too.
 */
export const arrivedLate = oncePerObject((trip: CandidateEvent) => trip.date.precision === 'day' && (trip.date.qualifier === 'late' || ARRIVED_LATE.test(journeyClause(trip.evidence[0]?.text ?? ''))));

/**
 * A journey whose sentence says it was made for a summit ("arrived in Johannesburg on the evening of 21 November to attend
 * the G20 Leaders' Summit", "landed in Velm for the Coastal Forum summit"): told late on the summit's eve, it is the
 * summit's, not a meeting of its own that a plenary of the next day would not go on from (merge/side-meetings.ts).
 */
export const cameForASummit = oncePerObject((journey: CandidateEvent): boolean => {
  const purpose = JOURNEY_PURPOSE.exec(journey.evidence[0]?.text ?? '')?.[1];
  const triggers: readonly Trigger[] = EVENT_KINDS.summit.triggers;
  return purpose !== undefined && triggers.some((t) => new RegExp(t.pattern.source, t.pattern.flags.replace('g', '')).test(purpose));
});

/**
 * A journey's own clause: its sentence up to the first break after its verb of travel. "He arrived in Israel on
 * Sunday" of "… and visited the Western Wall with Netanyahu in the evening": the evening is the visit's.
 */
function journeyClause(text: string): string {
  const verb = JOURNEY_VERB.exec(text);
  if (!verb) return text;
  const end = verb.index + verb[0].length;
  const cut = CLAUSE_BREAK.exec(text.slice(end));
  return text.slice(0, cut ? end + cut.index : text.length);
}

/**
 * A gathering of the journey's own day (or, for an arrival late in a day, of the next: "arrived in Ankara on Tuesday
 * evening" and Wednesday's welcome there), in the place it went to, with one of its people: the gathering the journey
 * was told for.
 */
function heldOnArrival(gathering: CandidateEvent, trip: CandidateEvent & { place: string }, samePlace: (a: string, b: string) => boolean, samePerson: (a: string, b: string) => boolean): boolean {
  const sameDay = gathering.date.start <= trip.date.end && trip.date.start <= gathering.date.end;
  const nextDay = arrivedLate(trip) && gathering.date.start === shiftDay(trip.date.end, 1);
  return (sameDay || nextDay) && gathering.place !== null && samePlace(gathering.place, trip.place) && gathering.participants.some((p) => trip.participants.some((q) => samePerson(p, q)));
}
