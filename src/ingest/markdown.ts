/**
 * Writing blocks as Markdown without changing a character of what a reader sees, and reading
 * Markdown back as blocks (to prove that, and for tests).
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { IngestBlock, IngestBlockKind } from './blocks.ts';

/** A line start that CommonMark would read as a heading, quote, list, fence, rule or link definition. */
const BLOCK_MARKER_START = /^(?:#|>|[-+*](?=\s|$)|[-*_]{3}|```|~~~|\[)/u;
const ORDERED_LIST_START = /^(\d{1,9})([.)])(?=\s|$)/u;

function escapeLineStart(escaped: string): string {
  const marked = BLOCK_MARKER_START.test(escaped) ? `\\${escaped}` : escaped;
  return marked.replace(ORDERED_LIST_START, '$1\\$2');
}

/**
 * Escapes always needed: a backslash, `<` (raw HTML or autolink) and a block marker at the
 * start. Inline emphasis, code and links are escaped only if the text would otherwise render
 * differently, so that the Markdown stays as close to the article as possible.
 */
function escapeMinimal(text: string): string {
  return escapeLineStart(text.replace(/[\\<]/gu, '\\$&'));
}

function escapeFully(text: string): string {
  const inline = text.replace(/[\\<`*_[\]~#!]/gu, '\\$&');
  // Named or numeric character references (`&amp;`, `&#8212;`) would be decoded.
  return escapeLineStart(inline.replace(/&(?=#?\w+;)/gu, '\\&'));
}

const BLOCK_PREFIX: Record<IngestBlockKind, string> = {
  paragraph: '',
  heading: '## ',
  'list-item': '- ',
  quote: '> ',
};

function prefixFor(block: IngestBlock): string {
  if (block.kind === 'heading') return `${'#'.repeat(block.depth ?? 2)} `;
  return BLOCK_PREFIX[block.kind];
}

function withPrefix(block: IngestBlock, content: string): string {
  const prefix = prefixFor(block);
  // A quote needs its marker on every line; other blocks' continuation lines stay as written.
  const continuation = block.kind === 'quote' ? '> ' : '';
  return content
    .split('\n')
    .map((line, index) => (index === 0 ? prefix : continuation) + line)
    .join('\n');
}

function rendersAs(markdown: string, block: IngestBlock): boolean {
  const read = readBlocks(markdown);
  return read.length === 1 && read[0]?.kind === block.kind && read[0].text === block.text;
}

/** One block as Markdown; plain text is escaped as little as needed and checked by parsing it back. */
export function renderBlock(block: IngestBlock): string {
  if (block.markdown !== undefined) return withPrefix(block, block.markdown);
  for (const escape of [escapeMinimal, escapeFully]) {
    const markdown = withPrefix(block, escape(block.text));
    if (rendersAs(markdown, block)) return markdown;
  }
  throw new Error(`cannot write this ${block.kind} as Markdown without changing its text: ${block.text}`);
}

/** The body: blocks separated by blank lines, consecutive list items kept as one list. */
export function renderBody(blocks: readonly IngestBlock[]): string {
  let body = '';
  blocks.forEach((block, index) => {
    const previous = blocks[index - 1];
    if (previous) body += previous.kind === 'list-item' && block.kind === 'list-item' ? '\n' : '\n\n';
    body += renderBlock(block);
  });
  return `${body}\n`;
}

const NODE_KIND: Record<string, IngestBlockKind> = {
  paragraph: 'paragraph',
  heading: 'heading',
  blockquote: 'quote',
};

/** The blocks a reader sees in a Markdown text: kind and plain text, one entry per list item. */
export function readBlocks(markdown: string): { kind: IngestBlockKind; text: string }[] {
  const tree = fromMarkdown(markdown);
  return tree.children.flatMap((node) => {
    if (node.type === 'list') return node.children.map((item) => ({ kind: 'list-item' as const, text: toString(item) }));
    const kind = NODE_KIND[node.type];
    // Anything else (raw HTML, code, a thematic break) is not something ingest writes.
    return [{ kind: kind ?? 'paragraph', text: kind ? toString(node) : `<${node.type}>` }];
  });
}
