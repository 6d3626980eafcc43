/**
 * compromise's part-of-speech tags for the words of a text, read straight off its terms. Its last
 * step, chunking (noun and verb phrases), sets each term's `chunk` and no tag, so it is skipped:
 * it took a quarter of the tagger's time. Reading `docs` instead of `json()` spares building a
 * copy of every term. compromise's rule pass is ours (compromise-sweep.ts, the same tags for less
 * CPU), installed by importing it here, so every tagging gets it whatever was imported first.
 */
import nlp from 'compromise';
import { oncePerText } from '../memo.ts';
import './compromise-sweep.ts';

/** The term as compromise keeps it (its package types leave `docs` out). */
interface CompromiseTerm {
  text: string;
  tags: Set<string>;
  /** The punctuation and spaces before and after the term's text: the terms, read in turn, give the text back. */
  pre: string;
  post: string;
}

export interface TaggedTerm extends Readonly<Omit<CompromiseTerm, 'tags'>> {
  tags: ReadonlySet<string>;
  /** Where the term's text starts in the text tagged: a caller can tell which of its own words a term is of. */
  readonly at: number;
}

const TAGGING = nlp.hooks().filter((hook) => hook !== 'chunks');

/** The tagged terms of each sentence of `text`; the library's own steps are left as they were for any other caller. */
export function taggedSentences(text: string): TaggedTerm[][] {
  const world = nlp.world() as { hooks: string[] };
  const all = world.hooks;
  world.hooks = TAGGING;
  try {
    let at = 0;
    return (nlp(text) as unknown as { docs: CompromiseTerm[][] }).docs.map((terms) =>
      terms.map(({ text, tags, pre, post }) => {
        const term = { text, tags, pre, post, at: at + pre.length };
        at += pre.length + text.length + post.length;
        return term;
      }),
    );
  } finally {
    world.hooks = all;
  }
}

/** Past this many remembered phrases the memo starts again: a bound on memory, not a tuning knob. */
const REMEMBERED_PHRASES = 5_000;

/**
 * taggedSentences of a short phrase, kept per text: the headline rules tag the same phrases event
 * after event (a synthetic bench's 3,800 taggings were of 100 texts). The terms are shared, so read-only.
 */
export const taggedPhrase: (text: string) => readonly (readonly TaggedTerm[])[] = oncePerText(taggedSentences, REMEMBERED_PHRASES);

/** Tags of compromise's lexicon that name people: a word with only these is a name, not an English word. */
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific']);

/**
 * Whether compromise's lexicon knows a word as English other than as a name ("mining", "watch",
 * "peace"; not "Aroha", "Fidan", "Mensah"): a name made of such words may be a firm's or a
 * body's ("Pacifica Mining", "Human Rights Watch"), one with none of them is more likely someone's.
 */
export function englishWord(word: string): boolean {
  return lexiconTags(word).some((tag) => !NAME_TAGS.has(tag));
}

/**
 * Whether compromise's lexicon knows a word only as a noun for someone ("sinner", "butcher", "courier"), the tag it then gives
 * the word's neighbours too: a capitalised one after a given name is a surname ("Matteo Sinner"), not an office.
 */
export function agentNoun(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length === 1 && tags[0] === 'Actor';
}

function lexiconTags(word: string): string[] {
  const tags = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string | string[] | undefined> } } }).model.one.lexicon[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}
