/**
 * compromise's part-of-speech tags for the words of a text, read straight off its terms. Its last
 * step, chunking (noun and verb phrases), sets each term's `chunk` and no tag, so it is skipped:
 * it took a quarter of the tagger's time. Reading `docs` instead of `json()` spares building a
 * copy of every term. compromise's rule pass is ours (compromise-sweep.ts, the same tags for less
 * CPU), installed by importing it here, so every tagging gets it whatever was imported first.
 */
import nlp from 'compromise';
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
  at: number;
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
