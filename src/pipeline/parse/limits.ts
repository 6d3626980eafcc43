/**
 * What one article may hold. Beyond these an article is refused with a clear error instead
 * of slowing the build to a crawl or overflowing the stack of the Markdown tools (remark,
 * rehype and their serialisers walk the tree recursively).
 */
export const LIMITS = {
  /** Bytes of one article file, frontmatter included: about 300 times a long news article. */
  articleBytes: 2 * 1024 * 1024,
  /**
   * Blocks inside blocks: blockquotes and list items nested in one another. News copy needs
   * two or three; the Markdown parser's time grows with the square of the depth on every line.
   */
  nestingDepth: 10,
  /**
   * Emphasis marks (* and _), and separately link brackets ([), in one paragraph. A news
   * paragraph has a handful; the Markdown parser pairs them with a time that grows with the
   * square of their number (10,000 alternating `*_` did not finish in a minute).
   */
  marksPerParagraph: 500,
  /**
   * The same marks in the whole article: below the per-paragraph limit the parser's cost
   * grows with their number (2 MB of paragraphs of 500 marks each took 15 s of CPU); a long
   * news article has a few dozen.
   */
  marksPerArticle: 20_000,
  /**
   * Characters of one paragraph. A news paragraph has a few hundred, a whole article pasted
   * without a blank line some tens of thousands. Past this the text has lost its paragraph
   * breaks (a paste or a conversion gone wrong): the page would be one block, so the editor is
   * told where to split it. Reading costs grow with the length only (each sentence is read with
   * a bounded part of its paragraph, events/paragraph-context.ts): 500,000 characters in one
   * paragraph took 7.7 s.
   */
  paragraphCharacters: 200_000,
} as const;

/** Publication years an article may carry; outside them the date is a typo ("0026-02-25"). */
export const PUBLISHED_YEARS = { from: 1900, to: 2100 } as const;

/** Years an event's date may have in a correction: a typo ("0026") is refused, history (1994) is not. */
export const EVENT_YEARS = { from: 1000, to: 2200 } as const;

/** Blockquote markers and list markers, each with the indentation before it. */
const CONTAINER = /([ \t]*)(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/y;

/**
 * The deepest nesting of blocks in a Markdown text and the first line (1-based) that
 * reaches it, read from the markers that open each line, without the parser (which is what
 * the limit protects). Indentation counts a level per two columns, as a nested list item
 * needs at least that; a line starts over at its own markers, so it can only overestimate
 * a lazy continuation, never miss a level.
 */
export function deepestNesting(text: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 0 };
  for (const { start, index } of linesOf(text)) {
    const { depth } = openingMarkers(text, start);
    if (depth > deepest.depth) deepest = { depth, line: index + 1 };
  }
  return deepest;
}

/** Each line of a text: where it starts, where it stops (before its line end) and its index from 0. */
function* linesOf(text: string): Generator<{ start: number; stop: number; index: number }> {
  for (let start = 0, index = 0; start <= text.length; index += 1) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    yield { start, stop, index };
    start = stop + 1;
  }
}

/**
 * The quote and list markers opening the line at `start`: the nesting they make, and where
 * the line's content begins after them.
 */
function openingMarkers(text: string, start: number): { depth: number; contentStart: number } {
  let depth = 0;
  let contentStart = start;
  CONTAINER.lastIndex = start;
  // No marker spans a line end, so the sticky matches stay on this line.
  for (let m = CONTAINER.exec(text); m !== null; m = CONTAINER.exec(text)) {
    depth += 1 + Math.floor(m[1]!.replace(/\t/g, '    ').length / 2);
    contentStart = CONTAINER.lastIndex;
  }
  return { depth, contentStart };
}

/** The inline marks whose number per paragraph the parser pays for quadratically, by kind. */
const MARK_KINDS: Readonly<Record<string, 'emphasis' | 'link'>> = { '*': 'emphasis', _: 'emphasis', '[': 'link' };

/**
 * The first paragraph holding more than `limits.paragraph` emphasis marks or link brackets,
 * with the line (1-based) it starts on, or the line where the article as a whole passes
 * `limits.article`, counted in one pass without the parser. A paragraph ends at a blank
 * line; list and quote markers opening a line are not marks, escaped marks (\*) are not
 * counted. Code is counted like text, so this can only overestimate.
 */
export function crowdedParagraph(
  text: string,
  limits: { paragraph: number; article: number },
): { kind: 'emphasis' | 'link'; line: number; scope: 'paragraph' | 'article' } | undefined {
  const counts = { emphasis: 0, link: 0 };
  const totals = { emphasis: 0, link: 0 };
  let paragraphLine = 0;
  for (const { start, stop, index: line } of linesOf(text)) {
    const from = openingMarkers(text, start).contentStart;
    if (text.slice(from, stop).trim() === '') {
      counts.emphasis = 0;
      counts.link = 0;
      paragraphLine = 0;
    } else if (paragraphLine === 0) paragraphLine = line + 1;
    for (let i = from; i < stop; i += 1) {
      if (text[i] === '\\') i += 1;
      else {
        const kind = MARK_KINDS[text[i]!];
        if (kind === undefined) continue;
        if (++counts[kind] > limits.paragraph) return { kind, line: paragraphLine, scope: 'paragraph' };
        if (++totals[kind] > limits.article) return { kind, line: line + 1, scope: 'article' };
      }
    }
  }
  return undefined;
}

/** A line holding only quote markers or nothing: it ends a paragraph. */
const BLANK_LINE = /^(?:[ \t]*>)*[ \t]*$/;
/** A line opening a list item (after any quote markers): it starts a block of its own. */
const LIST_ITEM_LINE = /^(?:[ \t]*>)*[ \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;

/**
 * The line (1-based) starting the first paragraph of more than `limit` characters, line ends
 * included, read without the parser: a paragraph ends at a blank line, and a list item starts
 * one. A heading or a quote run into a paragraph is counted with it, so this can only overestimate.
 */
export function longParagraph(text: string, limit: number): number | undefined {
  let characters = 0;
  let paragraphLine = 0;
  for (const { start, stop, index: line } of linesOf(text)) {
    const content = text.slice(start, stop);
    if (BLANK_LINE.test(content)) paragraphLine = 0;
    else {
      if (paragraphLine === 0 || LIST_ITEM_LINE.test(content)) [paragraphLine, characters] = [line + 1, 0];
      characters += content.length + 1;
      if (characters > limit) return paragraphLine;
    }
  }
  return undefined;
}
