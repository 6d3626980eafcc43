import type { EntityMention } from '../entities/recognise.ts';

/** What extraction needs to know of the gazetteer. */
export interface ExtractionContext {
  recognise: (text: string, day: string) => EntityMention[];
  /** True when two places are one at different levels (Geneva, Switzerland). */
  samePlace: (a: string, b: string) => boolean;
  /** True when the first place lies inside the second (Hallandale Beach, Florida). */
  liesWithin: (place: string, larger: string) => boolean;
  isPerson: (id: string) => boolean;
}
