import { matchesIn } from '../gated-matches.ts';
import { countryOfDemonym } from './places.ts';
import { SEA_NAME, NOT_A_VENUE, PREMISES_OF_BODY, VENUE_AFTER_NAME, VENUE_BARE, VENUE_LOCALITY, VENUE_NAMED, VENUE_WORD } from './lexicon.ts';

/** A building or an estate named as where something happens, and where its words stand. */
export interface VenueSpan {
  /** "St. Peter's Basilica", "Prague Castle", "Mar-a-Lago". */
  name: string;
  /** From the possessive before it, if any ("his Mar-a-Lago estate"), so that "at" stands right before. */
  start: number;
  /** Where its name stands. */
  nameStart: number;
  nameEnd: number;
  /** After its locality when one is written with it ("… estate in Florida"), else after its name. */
  end: number;
  /** Where the written locality starts ("Florida" of "in Florida", "Sochi" of ", Sochi"). */
  localityAt?: number;
  /** Named with no building word ("at Mar-a-Lago"): a venue only if no other reading takes the name. */
  bare?: true;
  /** Named by a nation's adjective or a sea ("the Egyptian resort", "the Black Sea resort"): whose it is or where it lies, no name of its own; it stands only for a town written with it or near it. */
  described?: true;
  /** A body's premises ("the Fed's headquarters"): named by the body, which stands nowhere; it stands only for the place written with it or near it. */
  premises?: true;
}

/** The possessive ending a body's name before its premises: "the Fed's headquarters". */
const POSSESSIVE = /['’]s$/u;

/**
 * The venues a sentence names after "in", "at" or "inside": a name ending in a word for a
 * building ("St. Peter's Basilica", "the Hofburg Palace"), a name before one in lower case
 * ("his Mar-a-Lago estate", "the Bocharov Ruchei residence"), or any name after "at" ("at
 * Camp David", which the reader takes only when nothing else reads it), with the town, region or country
 * written right after it ("in Florida", ", Sochi"), which the reader resolves.
 */
export function venuesIn(text: string): VenueSpan[] {
  const found: VenueSpan[] = [];
  for (const pattern of VENUE_WORD.test(text) ? [VENUE_NAMED, PREMISES_OF_BODY, VENUE_AFTER_NAME, VENUE_BARE] : [VENUE_BARE]) {
    for (const m of matchesIn(pattern, text)) {
      const name = pattern === PREMISES_OF_BODY ? m.groups!.name!.replace(POSSESSIVE, '') : m.groups!.name!;
      if (pattern === VENUE_BARE && NOT_A_VENUE.test(name)) continue;
      const end = m.index + m[0].length;
      const nameEnd = end - (m.groups!.tail ?? '').length - (m.groups!.name!.length - name.length);
      const nameStart = nameEnd - name.length;
      const start = nameStart - (m.groups!.possessive ?? '').length;
      // "the Black Sea resort of Sochi", "the Black Sea resort city of Sochi" describe Sochi: no venue of their own.
      if (found.some((v) => v.start < end && start < v.end) || /^\s+(?:(?:city|town|port|island|village)\s+)?of\s/.test(text.slice(end))) continue;
      const locality = VENUE_LOCALITY.exec(text.slice(end));
      found.push({
        name,
        start,
        nameStart,
        nameEnd,
        end,
        ...(locality ? { localityAt: end + locality[0].length } : {}),
        ...(pattern === VENUE_BARE ? { bare: true as const } : {}),
        ...(countryOfDemonym(name) !== undefined || SEA_NAME.test(name) ? { described: true as const } : {}),
        ...(pattern === PREMISES_OF_BODY ? { premises: true as const } : {}),
      });
    }
  }
  return found;
}
