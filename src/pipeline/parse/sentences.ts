import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { DOTTED_TITLES, MONTH_ABBREVIATION, PLACE_TIME, STAMP_LINE, WEEKDAY_NAME, ZONE_ABBREVIATION } from './lexicon.ts';
import type { BlockKind, Sentence } from '../types.ts';

/**
 * Abbreviations after which a full stop does not end a sentence. Intl.Segmenter follows
 * Unicode's sentence rules, which break after "U.S." when a capital follows ("U.S. Special
 * Envoy"); news copy is full of these.
 */
const ABBREVIATIONS = new RegExp(
  String.raw`(?:^|[\s(“"‘'])(?:[A-Z]\.){1,3}$|(?:^|\s)(?:Mr|Mrs|Ms|Dr|${DOTTED_TITLES.join('|')}|St|Jr|Sr|No|Vol|${MONTH_ABBREVIATION}|Inc|Corp|Ltd|Co|vs|etc|approx)\.$`,
);

/**
 * A clock's "a.m." or "p.m." ends no sentence when its zone or its day comes next ("spoke at 11 p.m. Kyiv time on Tuesday",
 * "met at 4 p.m. EST Tuesday", "landed at 7 a.m. Friday"): Unicode breaks before the capital.
 */
const CLOCK_ENDING = /\d\s*[ap]\.m\.$/i;
const CLOCK_GOES_ON = new RegExp(String.raw`^\s*(?:(?:${ZONE_ABBREVIATION})\b|${PLACE_TIME}|${WEEKDAY_NAME}\b)`);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * A quotation that ends in "!" or "?" inside a sentence ('wrote "Vladimir, STOP!" on his
 * network', 'shouted 'Why now?' and walked out'): Unicode breaks after its closing quote, but a
 * piece that then goes on in lower case is the same sentence.
 */
const QUOTE_ENDING_IN_EXCLAMATION = /[!?]+["'’”]+$/;
const GOES_ON_IN_LOWER_CASE = /^\s*\p{Ll}/u;

/**
 * A text Unicode's sentence rules (UAX #29) cannot break before its end, as most news
 * paragraphs are: no sentence terminator (. ! ? and their kin) or line break, but for one run
 * of terminators at the end, then closing quotes or brackets. A break needs a terminator or
 * a line break before it, and the closing run after the last one ends at the text's end.
 */
const ONE_SENTENCE = /^[^\p{Sentence_Terminal}\u2024\ufe52\uff0e\r\n\u0085\u2028\u2029]*(?:[\p{Sentence_Terminal}\u2024\ufe52\uff0e]+["'’”)\]]*)?$/u;

/** The sentences Intl.Segmenter finds in `text`; a text of one sentence without asking it (the costlier way). */
export function segments(text: string): Iterable<{ index: number; segment: string }> {
  return text !== '' && ONE_SENTENCE.test(text) ? [{ index: 0, segment: text }] : segmenter.segment(text);
}
const markdown = unified().use(remarkParse).freeze();

/**
 * Anything Markdown might read as syntax (emphasis, code, links, HTML, entities, escapes,
 * headings, quotes, lists, breaks, indented code), or control characters: a body without
 * any is plain paragraphs separated by blank lines.
 */
const MARKDOWN_SYNTAX = /[\\`*_[\]<>&#~|=+\t\r\x00-\x08\v\f\x0e-\x1f\x7f\ufeff]|^[^\S\n]|^[\d-]|[^\S\n]$/m;
const PLAIN_PARAGRAPH = /[^\n]+(?:\n[^\n]+)*/g;

interface TextRun {
  text: string;
  /** Source offset of a character of `text`. */
  source: (index: number) => number | undefined;
}

interface Block {
  run: TextRun;
  kind: BlockKind;
}

/**
 * Splits an article's Markdown body into sentences that keep their place in the source,
 * so that a quote can be shown verbatim and linked back to its spot in the article.
 */
export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  const add = (sentence: Omit<Sentence, 'index'>): void => void sentences.push({ index: sentences.length, ...sentence });
  // A live entry's clock time in a block of its own ("## 19:40" above the entry), held for the entry's first sentence.
  let stamp: Omit<Sentence, 'index'> | undefined;
  for (const [blockIndex, { run, kind }] of (plainBlocks(body) ?? markdownBlocks(body)).entries()) {
    const found = sentencePieces(run.text).flatMap((piece) => {
      const first = run.source(piece.start);
      const last = run.source(piece.end - 1);
      return first === undefined || last === undefined ? [] : [{ text: piece.text, start: first, end: last + 1, block: kind, blockIndex }];
    });
    const [opening] = found;
    // The time stamps the sentence below it, as one on the entry's own line does ("19:40 — Air Force One has left …").
    if (stamp && opening && kind !== 'heading') Object.assign(opening, { text: `${stamp.text}\n${opening.text}`, start: stamp.start });
    else if (stamp) add(stamp);
    stamp = found.length === 1 && STAMP_LINE.test(opening!.text) ? opening : undefined;
    if (!stamp) found.forEach(add);
  }
  if (stamp) add(stamp);
  return sentences;
}

/** The text of every block the Markdown parser finds, with its kind. */
export function markdownBlocks(body: string): Block[] {
  return [...blocks(markdown.parse(body) as Root)].map(({ node, kind }) => ({ run: collectText(node), kind }));
}

/**
 * What markdownBlocks gives for a body of plain paragraphs, without the parser (the
 * costliest step of reading such an article): each paragraph is its source, character for
 * character. Undefined for any body with something Markdown might read as syntax.
 */
export function plainBlocks(body: string): Block[] | undefined {
  if (MARKDOWN_SYNTAX.test(body)) return undefined;
  return [...body.matchAll(PLAIN_PARAGRAPH)].map((paragraph) => ({
    run: { text: paragraph[0], source: (index) => (index < paragraph[0].length ? paragraph.index + index : undefined) },
    kind: 'paragraph',
  }));
}

function* blocks(node: Nodes, inside?: BlockKind): Generator<{ node: Nodes; kind: BlockKind }> {
  if (node.type === 'heading') {
    yield { node, kind: 'heading' };
    return;
  }
  if (node.type === 'paragraph') {
    yield { node, kind: inside ?? 'paragraph' };
    return;
  }
  if (!('children' in node)) return;
  const kind = node.type === 'list' ? 'list' : node.type === 'blockquote' ? 'quote' : inside;
  for (const child of node.children) yield* blocks(child, kind);
}

function collectText(node: Nodes): TextRun {
  const run = { text: '', offsets: [] as number[] };
  const visit = (n: Nodes): void => {
    if ((n.type === 'text' || n.type === 'inlineCode') && n.position?.start.offset !== undefined) {
      const base = n.position.start.offset;
      const end = n.position.end.offset ?? base + n.value.length;
      // Escapes and entities make the source longer than the value; map what lines up.
      const exact = end - base === n.value.length;
      for (let i = 0; i < n.value.length; i += 1) run.offsets.push(exact ? base + i : Math.min(base + i, end - 1));
      run.text += n.value;
    } else if (n.type === 'break') {
      run.offsets.push(n.position?.start.offset ?? run.offsets.at(-1) ?? 0);
      run.text += ' ';
    } else if ('children' in n) {
      for (const child of n.children) visit(child);
    }
  };
  visit(node);
  return { text: run.text, source: (index) => run.offsets[index] };
}

function sentencePieces(text: string): { text: string; start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  for (const segment of segments(text)) {
    const start = segment.index;
    const end = start + segment.segment.length;
    const previous = pieces.at(-1);
    const before = previous ? text.slice(previous.start, previous.end).trimEnd() : '';
    // A live entry's clock time on a line of its own ("19:40", then "Air Force One has left …"): Unicode breaks at the line's end, but the time stamps the sentence below it.
    const joins = ABBREVIATIONS.test(before) || (QUOTE_ENDING_IN_EXCLAMATION.test(before) && GOES_ON_IN_LOWER_CASE.test(segment.segment)) || (CLOCK_ENDING.test(before) && CLOCK_GOES_ON.test(segment.segment)) || STAMP_LINE.test(before);
    if (previous && joins) previous.end = end;
    else pieces.push({ start, end });
  }
  return pieces
    .map(({ start, end }) => {
      const raw = text.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      return { text: trimmed, start: start + lead, end: start + lead + trimmed.length };
    })
    .filter((piece) => piece.text !== '');
}
