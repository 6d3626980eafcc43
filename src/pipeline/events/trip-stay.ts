import type { CalendarDate } from '../types.ts';
import type { CandidateEvent } from './candidate.ts';
import { kindFamily, occasionOf } from './kinds.ts';
import { LEAVING_OR_GOING_HOME } from './lexicon.ts';
import { shiftDay } from './shift-day.ts';

/**
 * "Four leaders arrived in Kyiv by train on Saturday morning", "The new chancellor flew to Paris
 * and Warsaw on Wednesday": a journey told with where it went, in an article that tells no
 * gathering of the stay it began, is told for the stay, and merging reads it as the gathering held
 * there (merge/family.ts isOccasion), as another outlet's "met Zelensky in Kyiv". An article that
 * tells a gathering of the journey's day or the next ("On Sunday the Pope flew to Lebanon" and
 * "That evening he met thousands of young people" on Monday; "The Pope lands in Ankara … and met
 * the country's president") tells the stay by that gathering: its journey is a happening of its own;
 * so is a journey told by its leaving or its way home ("at lunchtime his plane left for Beirut"), and one
 * still ahead ("is expected to travel to Washington next week"): what it is for is not known yet.
 */
export function markStays(candidates: CandidateEvent[]): void {
  const gatherings = candidates.filter((c) => kindFamily(c.kind) === 'gathering' || occasionOf(c.kind, c.noun) === 'always');
  for (const trip of candidates) {
    if (trip.place === null || trip.status !== 'occurred' || occasionOf(trip.kind, trip.noun) !== 'whenToldForItsFate' || LEAVING_OR_GOING_HOME.test(trip.evidence[0]?.text ?? '')) continue;
    if (!gatherings.some((g) => inTheStay(g.date, trip.date))) trip.toldForItsStay = true;
  }
}

/** A gathering's date shares a day with the journey's days or the day after them (an arrival late on a day). */
function inTheStay(gathering: CalendarDate, journey: CalendarDate): boolean {
  return gathering.start <= shiftDay(journey.end, 1) && journey.start <= gathering.end;
}
