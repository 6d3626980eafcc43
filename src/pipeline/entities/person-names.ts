import { foldWithOffsets } from './recognise.ts';

/**
 * A spelling-blind form of a name's word, for transliterations of one name: Zelenskyy,
 * Zelensky and Zelenskiy; Yuri and Yury; Sergey and Sergei; Andrii and Andriy.
 */
export function nameSkeleton(word: string): string {
  return foldWithOffsets(word)
    .folded.toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/(?:iy|yy|yi|ii|ij|y)/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** A surname written alone ("Umerov", "Mr. Umerov") finds the person named in full with it. */
export function surnameKey(surname: string): string {
  return nameSkeleton(surname);
}

/** One person's key however the name is spelt: the surname's skeleton and the first initial. */
export function personKey(name: string): string {
  const words = name.trim().split(/\s+/);
  const surname = words.at(-1)!;
  return words.length === 1 ? surnameKey(surname) : `${surnameKey(surname)}|${nameSkeleton(words[0]!).charAt(0)}`;
}
