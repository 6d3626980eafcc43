// The town of a venue written with no town beside it ("at the Ittihadiya Palace"): no maintained
// package lists buildings with their towns, so the article says where, in the venue's own name
// ("Aviano Air Base", "Sochi's Bocharov Ruchei residence") or in a sentence near it ("flew to
// Cairo on Saturday", "The funeral in Venice drew leaders").
import { findPlace, type Town } from './places.ts';

/** A town of this size or more is what a venue's name means by it, not a hamlet of the same word. */
const NAMED_TOWN_POPULATION = 1_000;
/** How many sentences either side of the venue's may say where it is, nearest first. */
const NEAR = 2;
/** A town where something is or someone goes: "in Venice", "to Cairo", "outside Killarney". */
const TOWN_AFTER = /\b(?:in|to|from|outside|near)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2})/gu;

/** The town a venue's name begins with ("Aviano Air Base", "Riyadh's Al Yamamah Palace"), if its first word is one. */
export function townInVenueName(name: string): Town | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2) return undefined;
  const first = words[0]!.replace(/['’]s$/u, '');
  const town = /^\p{Lu}\p{Ll}/u.test(first) ? findPlace(first)?.town : undefined;
  return town && town.population >= NAMED_TOWN_POPULATION ? town : undefined;
}

/** The town the sentences nearest to the venue's (`at`) name, the one before first on a tie. */
export function townNamedNear(sentences: readonly string[], at: number): Town | undefined {
  for (let distance = 1; distance <= NEAR; distance += 1) {
    for (const i of [at - distance, at + distance]) {
      const sentence = sentences[i];
      if (sentence === undefined) continue;
      for (const m of sentence.matchAll(TOWN_AFTER)) {
        const words = m[1]!.split(/\s+/);
        // "in Venice On Monday" never occurs, but "to Cairo Airport" does: the longest run that is a town.
        for (let n = words.length; n > 0; n -= 1) {
          const town = findPlace(words.slice(0, n).join(' '))?.town;
          if (town) return town;
        }
      }
    }
  }
  return undefined;
}
