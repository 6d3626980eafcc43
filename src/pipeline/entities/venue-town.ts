// The town of a venue written with no town beside it ("at the Ittihadiya Palace"): no maintained
// package lists buildings with their towns, so the article says where, in the venue's own name
// ("Aviano Air Base", "Sochi's Bocharov Ruchei residence") or in a sentence near it ("flew to
// Cairo on Saturday", "The funeral in Venice drew leaders").
import { escapeRegExp } from '../parse/case-blind.ts';
import { entryHeadingPlace } from './dateline-town.ts';
import { PART_OF_A_PLACE } from './lexicon.ts';
import { cityOfAVenueOrBody, findPlace, type Town } from './places.ts';
import { everyMatch } from '../gated-matches.ts';

/** A town of this size or more is what a venue's name means by it, not a hamlet of the same word. */
export const NAMED_TOWN_POPULATION = 1_000;
/** How many sentences either side of the venue's may say where it is, nearest first. */
const NEAR = 2;
/** A town where something is or someone goes: "in Venice", "to Cairo", "outside Killarney", "in central Bratislava". */
const TOWN_AFTER = new RegExp(String.raw`\b(in|to|from|outside|near)\s+(?<the>the\s+)?(?:(?:${PART_OF_A_PLACE}|old)\s+)?(?<run>\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,2})`, 'gu');
/** Before "in", a trip's end rather than a place something was held: "arrived in Cairo", "landed in Riga". */
const ARRIVED_BEFORE = /\b(?:arrived|arrives|arriving|landed|lands|touched\s+down|flew|travell?ed|returned)\s+$/i;
/** The days a sentence dates what it tells: "on Monday", "yesterday", "on 3 April", "April 3". */
const DAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow|(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|(?<month2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<day2>\d{1,2})\b)/g;
/** A day counted from another or a week ("two days later", "the next day", "last week"): never the day another sentence names. */
const SHIFTED_DAY = /\b(?:(?:\d+|a|one|two|three|four|five|six|several|few)\s+days?\s+(?:later|earlier|after|before)|the\s+(?:next|following|previous)\s+(?:day|morning|evening)|the\s+day\s+(?:after|before)|(?:last|next|earlier\s+(?:that|this))\s+week)\b/i;

/** The town a venue's name begins with ("Aviano Air Base", "Riyadh's Al Yamamah Palace"), if its first word is one. */
export function townInVenueName(name: string): Town | undefined {
  const first = townWordOf(name);
  const town = first !== undefined && /^\p{Lu}\p{Ll}/u.test(first) ? findPlace(first)?.town : undefined;
  return town && town.population >= NAMED_TOWN_POPULATION ? town : undefined;
}

/**
 * Whether the article writes the town word a venue's name begins with alone, as where something is or goes
 * ("Windsor Castle" beside "The ceremony at Windsor on Wednesday", "welcomed to Windsor", a planner's item under
 * "12:15 Windsor —"): the venue lies in the town the article names, whatever larger namesake abroad the word also names.
 */
export function townWrittenAlone(sentences: readonly string[], name: string): boolean {
  const first = townWordOf(name);
  if (first === undefined) return false;
  const alone = writtenAlonePattern(first);
  return sentences.some((s) => alone.test(s) || entryHeadingPlace(s)?.name === first);
}

/** "in Windsor", "at Windsor", not "at Windsor Castle": made once per town word, as every venue of every article asks. */
function writtenAlonePattern(word: string): RegExp {
  let pattern = writtenAlone.get(word);
  if (pattern === undefined) {
    pattern = new RegExp(String.raw`\b(?:in|at|to|from|outside|near)\s+${escapeRegExp(word)}\b(?![\s-]+\p{Lu})`, 'u');
    writtenAlone.set(word, pattern);
  }
  return pattern;
}
const writtenAlone = new Map<string, RegExp>();

/** The word a venue's name of two words or more begins with, its owner's "'s" dropped ("Riyadh's Al Yamamah Palace": Riyadh). */
function townWordOf(name: string): string | undefined {
  const words = name.split(/\s+/);
  return words.length < 2 ? undefined : words[0]!.replace(/['’]s$/u, '');
}

/** The town the sentences nearest to the venue's (`at`) name, the one before first on a tie. */
export function townNamedNear(sentences: readonly string[], at: number): Town | undefined {
  const days = daysOf(sentences[at] ?? '');
  for (let distance = 1; distance <= NEAR; distance += 1) {
    for (const i of [at - distance, at + distance]) {
      const sentence = sentences[i];
      if (sentence === undefined) continue;
      // "held talks in Ankara on Monday. On Tuesday he met … at the … Palace": another day's gathering was held there; a trip there still says where he is.
      const otherDay = days.size > 0 && daysOf(sentence).size > 0 && [...daysOf(sentence)].every((d) => !days.has(d));
      for (const m of everyMatch(TOWN_AFTER, sentence)) {
        const heldThere = m[1] !== 'to' && m[1] !== 'from' && !ARRIVED_BEFORE.test(sentence.slice(0, m.index));
        if (otherDay && heldThere) continue;
        const words = m.groups!['run']!.split(/\s+/);
        // "in Venice On Monday" never occurs, but "to Cairo Airport" does: the longest run that is a town. After "the" the
        // run is a name of its own ("in the Royal Gallery" is no town Royal): only the whole of it may be a town.
        const shortest = m.groups!['the'] === undefined ? 1 : words.length;
        for (let n = words.length; n >= shortest; n -= 1) {
          if (cityOfAVenueOrBody(words.slice(0, n).join(' '), words[n])) continue;
          const town = findPlace(words.slice(0, n).join(' '))?.town;
          if (town) return town;
        }
      }
    }
  }
  return undefined;
}

/** The days a sentence names, one spelling for each ("3 April" and "April 3" are one); a shifted day is its own. */
function daysOf(sentence: string): Set<string> {
  const days = new Set(everyMatch(DAY, sentence).map((d) => {
    const { day, month, day2, month2 } = d.groups ?? {};
    return month ?? month2 ? `${(month ?? month2)!.toLowerCase()} ${Number(day ?? day2)}` : d[0].toLowerCase();
  }));
  const shifted = SHIFTED_DAY.exec(sentence);
  if (shifted) days.add(`${shifted[0].toLowerCase()} of ${sentence}`);
  return days;
}
