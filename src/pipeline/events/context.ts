import type { EntityMention } from '../entities/recognise.ts';

/** What extraction needs to know of the gazetteer. */
export interface ExtractionContext {
  recognise: (text: string, day: string) => EntityMention[];
  /** True when two places are one at different levels (Geneva, Switzerland). */
  samePlace: (a: string, b: string) => boolean;
  isPerson: (id: string) => boolean;
}
