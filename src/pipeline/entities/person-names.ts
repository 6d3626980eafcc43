import { oncePerText } from '../memo.ts';
import { NAME_BY_HOUSE, NAME_PARTICLE, REGNAL_NUMBER, SURNAME_FIRST, SURNAME_FIRST_GIVEN } from './lexicon.ts';
import { foldWithOffsets } from './recognise.ts';
import { romanisedSkeleton } from './romanised.ts';

/** Made once: asked of every word of every name compared. */
const NOT_A_LETTER = /[^a-z]/g;

/**
 * How many words' skeletons are kept (a bound on memory): the words asked are an article's
 * capitalised words and its people's names, a vocabulary that repeats (the 330 tuning articles
 * of the development sets and own corpora, built: 63,223 asked, 1,661 different).
 */
const REMEMBERED_WORDS = 20_000;

/**
 * A spelling-blind form of a name's word, for transliterations of one name (romanisedSkeleton):
 * its letters alone. Worked out once per word: reading asks it of every capitalised word, and
 * titles and ids of every person of every event (folding and four replacements each time).
 */
export const nameSkeleton: (word: string) => string = oncePerText((word) => romanisedSkeleton(foldWithOffsets(word).folded.toLowerCase().replace(NOT_A_LETTER, '')), REMEMBERED_WORDS);

/** A surname written alone ("Umerov", "Mr. Umerov") finds the person named in full with it. */
export function surnameKey(surname: string): string {
  return nameSkeleton(surname);
}

/**
 * What a person is called for short, in titles and ids: the surname, the last word of the name
 * with the particles before it ("von der Leyen", "bin Salman"), unless the articles call them by
 * its first word alone (an alias "Xi" of "Xi Jinping", "Li" of "Li Chenggang": a name written
 * surname first), or its form says so: a common Chinese, Korean or Khmer surname before a given
 * name of its syllables ("He Lifeng", "Wang Yi", "Lee Jae-myung", "Hun Manet"), or a Gulf name
 * by father and house ("Tamim bin Hamad Al Thani" is Tamim). A monarch's or a pope's name with its
 * regnal number is its own short form ("Charles III", "Leo XIV", "Carl XVI Gustaf"): its last word is
 * no surname, and the number alone names no one.
 */
export function shortName(person: { name: string; aliases?: readonly string[] }): string {
  const words = person.name.trim().split(/\s+/);
  if (words.length > 1 && words.slice(1).some((w) => REGNAL_NUMBER.test(w))) return words.join(' ');
  const first = words.length > 1 && ((person.aliases ?? []).some((a) => surnameKey(a) === surnameKey(words[0]!) && !/\s/.test(a.trim())) || surnameFirst(words) || NAME_BY_HOUSE.test(person.name.trim()));
  if (first) return words[0]!;
  let from = words.length - 1;
  while (from > 1 && NAME_PARTICLE.test(words[from - 1]!)) from -= 1;
  return words.slice(from).join(' ');
}

/** "Wang Yi", "Kim Jong Un", "Lee Jae-myung": a name written surname first, and a given name of one or two words of its syllables. */
export function writtenSurnameFirst(name: string): boolean {
  return surnameFirst(name.trim().split(/\s+/));
}

function surnameFirst(words: string[]): boolean {
  return words.length <= 3 && SURNAME_FIRST.has(words[0]!) && words.slice(1).every((w) => /^\p{Lu}/u.test(w) && SURNAME_FIRST_GIVEN.test(w));
}

/** One person's key however the name is spelt: the surname's skeleton and the first initial. */
export function personKey(name: string): string {
  const words = name.trim().split(/\s+/);
  const surname = words.at(-1)!;
  return words.length === 1 ? surnameKey(surname) : `${surnameKey(surname)}|${nameSkeleton(words[0]!).charAt(0)}`;
}
