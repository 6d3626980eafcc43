import { JOINED_BY, SIDE_GROUP, SIDE_GROUP_BEFORE, SIDE_JOINT } from './lexicon.ts';
import { type Country, countryOfDemonym } from './places.ts';

/** A country named in a sentence: by the recogniser (a name) or by its adjective ("Russian"). */
export interface CountryWord {
  start: number;
  end: number;
  /** Set for an adjective or a plural ("Americans"); a name already has its mention. */
  country?: Country;
  /** "the Americans", "the Russians": the people of a side, a side by themselves. */
  plural?: boolean;
}

const CAPITALISED = /\p{Lu}[\p{L}]*/gu;

/**
 * National adjectives and their plurals in a sentence ("Ukrainian", "Americans"), with where
 * they stand. `taken` tells which offsets a longer name already covers ("the Ukrainian president").
 */
export function nationalWords(text: string, taken: (start: number, end: number) => boolean): CountryWord[] {
  const words: CountryWord[] = [];
  for (const match of text.matchAll(CAPITALISED)) {
    const start = match.index;
    const end = start + match[0].length;
    if (taken(start, end)) continue;
    const word = nationalWord(match[0]);
    if (word) words.push({ start, end, ...word });
  }
  return words;
}

/** The country an adjective of nationality ("Russian") or its plural ("Russians") stands for. */
export function nationalWord(word: string): { country: Country; plural?: true } | undefined {
  const adjective = countryOfDemonym(word);
  if (adjective) return { country: adjective };
  const plural = word.endsWith('s') ? countryOfDemonym(word.slice(0, -1)) : undefined;
  return plural ? { country: plural, plural: true } : undefined;
}

/**
 * Which of a sentence's country words name a side that acts, not merely whose something is:
 * a list or compound of them before a group of people or a joint undertaking ("American and
 * Russian negotiators", "Ukraine's delegation", "Russian–US talks", "the Ukrainian, Russian and
 * American delegations"), after a group ("delegations of Ukraine, the United States and
 * Russia", "negotiators from the United States"), a compound of two or more ("U.S.-Iranian"),
 * or a people by itself ("talks with the Americans"). "A Ukrainian settlement", "the Russian
 * economy" and "Russian energy" name no side. Words are given in text order.
 */
export function sidesAmong(text: string, words: CountryWord[]): CountryWord[] {
  const sides: CountryWord[] = [];
  let chain: CountryWord[] = [];
  let compound = false;
  const close = (): void => {
    if (chain.length === 0) return;
    const first = chain[0]!;
    const last = chain.at(-1)!;
    const acts =
      compound ||
      SIDE_GROUP.test(text.slice(last.end)) ||
      SIDE_JOINT.test(text.slice(last.end)) ||
      SIDE_GROUP_BEFORE.test(text.slice(0, first.start));
    for (const w of chain) if (acts || w.plural) sides.push(w);
    chain = [];
    compound = false;
  };
  for (const word of words) {
    const previous = chain.at(-1);
    const between = previous ? text.slice(previous.end, word.start) : undefined;
    if (previous && between !== undefined && JOINED_BY.test(between)) {
      if (/^\s*[-‐‑–—/]\s*$/.test(between)) compound = true;
    } else close();
    chain.push(word);
  }
  close();
  return sides;
}
