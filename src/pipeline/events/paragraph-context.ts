import { ANSWER_LINE, OPENS_POINTING_BACK, QUESTION_LINE } from './lexicon.ts';

/**
 * The text of a paragraph before the sentence being read, as the rules read it: a scene it
 * sets ("In February 2025, …") dates what follows, a topic it names lets a trigger stand.
 * Only its last sentences are kept, up to `characters` (always the sentence just before):
 * every sentence's dates are parsed together with this context, so a paragraph read whole
 * costs the square of its length (one paragraph of 50,000 characters took 32 s, 100,000 took 80 s).
 */
export class ParagraphContext {
  private block = -1;
  /** The first sentence of the paragraph being read. */
  private opening = '';
  private sentences: string[] = [];
  private length = 0;
  private previous = '';
  private readonly characters: number;

  constructor(characters = CONTEXT_CHARACTERS) {
    this.characters = characters;
  }

  /**
   * The context of a sentence of paragraph `block`; then the sentence joins it for the next one.
   * A paragraph that opens by pointing back ("That Sunday, …", "On the Monday, …") keeps the
   * paragraph before as its context: its day is counted from the day last told there.
   */
  next(block: number, text: string): string {
    if (block !== this.block) {
      // An answer keeps its question: the day the question names ("Q: On Wednesday he went to Paris.") is the answer's, a day of its own aside.
      const answering = ANSWER_LINE.test(text) && QUESTION_LINE.test(this.opening);
      this.block = block;
      this.opening = text;
      this.previous = this.sentences.join(' ');
      if (!OPENS_POINTING_BACK.test(text) && !answering) [this.sentences, this.length] = [[], 0];
    }
    const before = this.sentences.join(' ');
    this.sentences.push(text);
    this.length += text.length + 1;
    while (this.sentences.length > 1 && this.length > this.characters) this.length -= this.sentences.shift()!.length + 1;
    return before;
  }

  /**
   * The context kept when the paragraph being read began (the paragraph before, or more when it pointed back, trimmed as any
   * context is): the day a time of that day opening this paragraph is told from, when no happening before gave one.
   */
  get keptBefore(): string {
    return this.previous;
  }
}

/** About ten sentences of news copy: far more than any scene or topic the rules look back for. */
export const CONTEXT_CHARACTERS = 2_000;
