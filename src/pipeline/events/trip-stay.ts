import type { CalendarDate } from '../types.ts';
import type { CandidateEvent } from './candidate.ts';
import { kindFamily, occasionOf } from './kinds.ts';
import { LEAVING_OR_GOING_HOME } from './lexicon.ts';
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
 * own; so is a journey told by its leaving or its way home ("at lunchtime his plane left for
 * Beirut"), and one still ahead ("is expected to travel to Washington next week"): what it is for
 * is not known yet.
 */
export function markStays(candidates: CandidateEvent[], samePlace: (a: string, b: string) => boolean): void {
  const gatherings = candidates.filter((c) => kindFamily(c.kind) === 'gathering' || occasionOf(c.kind, c.noun) === 'always');
  for (const trip of candidates) {
    const place = trip.place;
    if (place === null || trip.status !== 'occurred' || occasionOf(trip.kind, trip.noun) !== 'whenToldForItsFate' || LEAVING_OR_GOING_HOME.test(trip.evidence[0]?.text ?? '')) continue;
    const near = gatherings.filter((g) => inTheStay(g.date, trip.date));
    if (near.length === 0 || near.some((g) => heldOnArrival(g, trip, place, samePlace))) trip.toldForItsStay = true;
  }
}

/** A gathering's date shares a day with the journey's days or the day after them (an arrival late on a day). */
function inTheStay(gathering: CalendarDate, journey: CalendarDate): boolean {
  return gathering.start <= shiftDay(journey.end, 1) && journey.start <= gathering.end;
}

/** A gathering of the journey's own day, in the place it went to, with one of its people: the gathering the journey was told for. */
function heldOnArrival(gathering: CandidateEvent, trip: CandidateEvent, place: string, samePlace: (a: string, b: string) => boolean): boolean {
  const sameDay = gathering.date.start <= trip.date.end && trip.date.start <= gathering.date.end;
  return sameDay && gathering.place !== null && samePlace(gathering.place, place) && gathering.participants.some((p) => trip.participants.includes(p));
}
