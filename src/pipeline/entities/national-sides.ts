import { CAPITAL_ACTS_AFTER, JOINED_BY, LOCATIVE_BEFORE, MEDIATOR_AFTER, MEDIATOR_BEFORE, MEDIATOR_GROUP, SIDE_GROUP, TITLE_AFTER, SIDE_GROUP_BEFORE, SIDE_JOINT } from './lexicon.ts';
import { type Country, countryOfDemonym } from './places.ts';

/** A country named in a sentence: by the recogniser (a name) or by its adjective ("Russian"). */
export interface CountryWord {
  start: number;
  end: number;
  /** Set for an adjective or a plural ("Americans"); a name already has its mention. */
  country?: Country;
  /** "the Americans", "the Russians": the people of a side, a side by themselves. */
  plural?: boolean;
  /** A country's seat named for its government ("Kyiv and Moscow", "Kyiv's delegation"); `country` is whose. */
  capital?: boolean;
  /** Set by sideGroups on sides named as brokers ("Egyptian and Qatari mediators"). */
  mediator?: boolean;
}

/** A capitalised word, or two when they make one demonym ("South Korean", "New Zealander"). */
const CAPITALISED = /\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*)?/gu;
const CAPITALISED_WORD = /\p{Lu}[\p{L}]*/gu;

/**
 * National adjectives and their plurals in a sentence ("Ukrainian", "Americans"), with where
 * they stand. `taken` tells which offsets a longer name already covers ("the Ukrainian president").
 */
export function nationalWords(text: string, taken: (start: number, end: number) => boolean): CountryWord[] {
  const words: CountryWord[] = [];
  for (const { start, end, word } of demonymsIn(text)) if (!taken(start, end)) words.push({ start, end, ...word });
  return words;
}

/** A national adjective or plural where it stands in a text. */
type Demonym = Readonly<{ start: number; end: number; word: NonNullable<ReturnType<typeof nationalWord>> }>;

/**
 * The text read last and its demonyms: the stages ask again of the sentence just read (events,
 * sides, places and names, ~2.75 times a sentence, a third of the calls on the text before), so
 * the list is kept, and given read-only, for the next caller.
 */
let lastText: string | undefined;
let lastFound: readonly Demonym[] = [];

/** The national adjectives and plurals of a text, a two-word one whole ("South Korean"), with where they stand. */
export function demonymsIn(text: string): readonly Demonym[] {
  if (text === lastText) return lastFound;
  const found: Demonym[] = [];
  // exec on shared patterns: matchAll would copy them for every text and every word.
  CAPITALISED.lastIndex = 0;
  for (let match = CAPITALISED.exec(text); match !== null; match = CAPITALISED.exec(text)) {
    const pair = match[0].includes(' ') ? nationalWord(match[0]) : undefined;
    if (pair) {
      found.push({ start: match.index, end: match.index + match[0].length, word: pair });
      continue;
    }
    // Two words that make no demonym together are two words: each may be one ("Mexican Economy").
    CAPITALISED_WORD.lastIndex = 0;
    for (let single = CAPITALISED_WORD.exec(match[0]); single !== null; single = CAPITALISED_WORD.exec(match[0])) {
      const word = nationalWord(single[0]);
      if (word) found.push({ start: match.index + single.index, end: match.index + single.index + single[0].length, word });
    }
  }
  lastText = text;
  lastFound = found;
  return found;
}

/** The country an adjective of nationality ("Russian") or its plural ("Russians") stands for. */
export function nationalWord(word: string): { country: Country; plural?: true } | undefined {
  const adjective = countryOfDemonym(word);
  if (adjective) return { country: adjective };
  const plural = word.endsWith('s') ? countryOfDemonym(word.slice(0, -1)) : undefined;
  return plural ? { country: plural, plural: true } : undefined;
}

/** A side written beside the chain that is no country ("Iranian and European negotiators", "Chinese and EU officials"): the chain's group all the same. */
const OTHER_SIDE_BESIDE = /^\s*(?:,|and)\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?=\s)/u;

/**
 * Which of a sentence's country words name a side that acts, not merely whose something is,
 * each list or compound apart ("Ukraine–Russia–US talks" is one group of three): a list or
 * compound of them before a group of people or a joint undertaking ("American and Russian
 * negotiators", "Ukraine's delegation", "Russian–US talks"), after a group ("delegations of
 * Ukraine, the United States and Russia", "talks among Kyiv, Moscow and Washington"), a
 * compound of two or more ("U.S.-Iranian"), or a people by itself ("talks with the Americans").
 * "A Ukrainian settlement" and "Russian energy" name no side. Words are given in text order.
 * A capital stands for its government only in a list of sides, before a group of its people or
 * a verb of its own ("Kyiv and Moscow", "Kyiv's delegation", "Moscow rejected"); alone before
 * talks it is where they are held ("the Moscow talks"), and after "in" or "to" always a place.
 */
export function sideGroups(text: string, words: CountryWord[]): CountryWord[][] {
  const groups: CountryWord[][] = [];
  let chain: CountryWord[] = [];
  let compound = false;
  const close = (): void => {
    if (chain.length === 0) return;
    const first = chain[0]!;
    const last = chain.at(-1)!;
    const after = text.slice(last.end);
    // "officials from New Delhi's foreign ministry": a possessive says whose, not where; so does "from" after a group of people ("officials from Beijing met their counterparts from Washington").
    const groupBefore = SIDE_GROUP_BEFORE.test(text.slice(0, first.start));
    const located = !groupBefore && LOCATIVE_BEFORE.test(text.slice(Math.max(0, first.start - 24), first.start)) && !(chain.length === 1 && /^['’]s\s/.test(after));
    const capitalAlone = chain.length === 1 && first.capital === true;
    // "Moscow and Kyiv on Thursday exchanged 150 prisoners": capitals that act together are their states.
    const capitalsAct = chain.every((w) => w.capital) && CAPITAL_ACTS_AFTER.test(after);
    const acts =
      !(located && chain.some((w) => w.capital)) &&
      (compound ||
        SIDE_GROUP.test(after.replace(OTHER_SIDE_BESIDE, '')) ||
        (!capitalAlone && SIDE_JOINT.test(after)) ||
        groupBefore ||
        capitalsAct);
    // "Egyptian and Qatari mediators", "under the auspices of the Kenyan government", "Swiss-brokered talks".
    const mediates = !located && (MEDIATOR_GROUP.test(after) || MEDIATOR_AFTER.test(after) || MEDIATOR_BEFORE.test(text.slice(0, first.start)));
    const group = chain.filter((w) => acts || mediates || w.plural).map((w) => (mediates ? { ...w, mediator: true } : w));
    if (group.length > 0) groups.push(group);
    chain = [];
    compound = false;
  };
  for (const word of words) {
    // "Emirati Foreign Minister Abdullah bin Zayed": whose official, no side of a list before it.
    if (TITLE_AFTER.test(text.slice(word.end))) {
      close();
      continue;
    }
    const previous = chain.at(-1);
    const between = previous ? text.slice(previous.end, word.start) : undefined;
    if (previous && between !== undefined && JOINED_BY.test(between)) {
      if (/^\s*[-‐‑–—/]\s*$/.test(between)) compound = true;
    } else close();
    chain.push(word);
  }
  close();
  return groups;
}
