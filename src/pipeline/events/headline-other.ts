/**
 * An event of kind `other` named by one noun ("Trip", "Visit", "Sanctions") is titled by what its
 * best sentence says the noun is of: "Akazawa's trip to Washington", "Lynch's visit to New Delhi",
 * "Lifting of sanctions on Syria"; a phrase of more words is its own title.
 */
import { shortName } from '../entities/person-names.ts';
import { WIRE_DATELINE } from './dateline.ts';
import type { HeadlineInput } from './headline-rules.ts';
import { CONCERNS, GOES_TO, OPENING_NAME, OWN, PROPER_NAME } from './headline-lexicon.ts';

/** The name a text opens with, without the full stop of its sentence ("Syria." but "the U.S."). */
const named = (text: string): string | undefined => PROPER_NAME.exec(text)?.[0].replace(/(?<!\.\p{L})\.$/u, '');

/** Whom or where the noun concerns, named after it ("… to Washington"); `undefined` when no name follows. */
function concerns(after: string): string | undefined {
  const joined = CONCERNS.exec(after);
  const name = joined ? named(after.slice(joined[0].length)) : undefined;
  return joined && name ? `${joined[0].trim()} ${name}` : undefined;
}

/** The noun with what it concerns, as the sentence has it; a journey written as a verb ("leaves for the US") is a trip to its goal. */
function widened(noun: string, sentence: string): { phrase: string; at: number } | undefined {
  const word = noun.toLowerCase();
  for (const m of sentence.matchAll(new RegExp(`(?:\\b(?:the\\s+)?(\\p{Ll}+)\\s+of\\s+)?\\b((?:(?!(?:his|her|their|its|the|a|an|of|and)\\s)\\p{Ll}+\\s+)?${RegExp.escape(word)})\\b`, 'giu'))) {
    const tail = concerns(sentence.slice(m.index + m[0].length));
    // "the lifting of sanctions on Syria": the act done to the noun leads.
    if (tail) return { phrase: `${m[1] ? `${m[1]} of ` : ''}${m[2]!.toLowerCase()} ${tail}`, at: m.index };
  }
  const going = GOES_TO.exec(sentence);
  const goal = going ? named(sentence.slice(going.index + going[0].length)) : undefined;
  return going && goal && (word === 'trip' || word === 'visit') ? { phrase: `${word} to ${goal}`, at: going.index } : undefined;
}

/** Whose it is: the one person the event names, else the sentence's opening name when "his" or "her" points to it, or when the sentence opens with the one who goes. */
function owner(input: HeadlineInput, sentence: string, at: number): string | undefined {
  const people = input.participants.filter((p) => p.type === 'person');
  if (people.length === 1) return shortName(people[0]!);
  const opening = OPENING_NAME.exec(sentence)?.[1];
  const before = sentence.slice(0, at);
  return opening && (OWN.test(before) || GOES_TO.test(sentence.slice(at, at + 40))) ? (opening.split(/\s+/).at(-1) ?? opening) : undefined;
}

export function otherTitle(input: HeadlineInput): string | undefined {
  if (/\s/.test(input.phrase.trim()) || input.phrase === '') return undefined;
  const sentence = input.sentence?.replace(WIRE_DATELINE, '') ?? '';
  const found = widened(input.phrase, sentence);
  if (!found) return undefined;
  const whose = owner(input, sentence, found.at);
  return whose ? `${whose}’s ${found.phrase}` : `${found.phrase.charAt(0).toUpperCase()}${found.phrase.slice(1)}`;
}
