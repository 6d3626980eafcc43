import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { BlockKind, Sentence } from '../types.ts';

/**
 * Abbreviations after which a full stop does not end a sentence. Intl.Segmenter follows
 * Unicode's sentence rules, which break after "U.S." when a capital follows ("U.S. Special
 * Envoy"); news copy is full of these.
 */
const ABBREVIATIONS = /(?:^|[\s(“"‘'])(?:[A-Z]\.){1,3}$|(?:^|\s)(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Adm|Pres|Prof|St|Jr|Sr|No|Vol|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Inc|Corp|Ltd|Co|vs|etc|approx)\.$/;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

interface TextRun {
  text: string;
  /** Source offset of each character of `text`. */
  offsets: number[];
}

/**
 * Splits an article's Markdown body into sentences that keep their place in the source,
 * so that a quote can be shown verbatim and linked back to its spot in the article.
 */
export function splitSentences(body: string): Sentence[] {
  const tree = unified().use(remarkParse).parse(body) as Root;
  const sentences: Sentence[] = [];
  let blockIndex = 0;
  for (const { node, kind } of blocks(tree)) {
    const run = collectText(node);
    for (const piece of sentencePieces(run.text)) {
      const first = run.offsets[piece.start];
      const last = run.offsets[piece.end - 1];
      if (first === undefined || last === undefined) continue;
      sentences.push({ index: sentences.length, text: piece.text, start: first, end: last + 1, block: kind, blockIndex });
    }
    blockIndex += 1;
  }
  return sentences;
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
  const run: TextRun = { text: '', offsets: [] };
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
  return run;
}

function sentencePieces(text: string): { text: string; start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  for (const segment of segmenter.segment(text)) {
    const start = segment.index;
    const end = start + segment.segment.length;
    const previous = pieces.at(-1);
    if (previous && ABBREVIATIONS.test(text.slice(previous.start, previous.end).trimEnd())) previous.end = end;
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
