/**
 * Reading a saved HTML page: Readability (on a linkedom DOM) finds the story, turndown turns
 * it into Markdown, and the Markdown is split into blocks for the furniture pass.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { Nodes, RootContent } from 'mdast';
import TurndownService from 'turndown';
import type { FoundMeta, IngestBlock, Removal, SourceReading } from './blocks.ts';
import { IngestError } from './errors.ts';

/** Elements with no text a reader of our page could use: media, embeds and forms. */
const NON_TEXT_ELEMENTS = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'SVG', 'FORM', 'BUTTON', 'SCRIPT', 'STYLE', 'NOSCRIPT']);

function createTurndown(): TurndownService {
  const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-' });
  // A rule, not turndown.remove(): added rules take precedence over turndown's own image rule.
  turndown.addRule('non-text', { filter: (node) => NON_TEXT_ELEMENTS.has(node.nodeName.toUpperCase()), replacement: () => '' });
  // Links point into the source site; their words stay, the addresses do not.
  turndown.addRule('link-text-only', { filter: 'a', replacement: (content) => content });
  return turndown;
}

function isoDay(value: string | null | undefined): string | undefined {
  const day = value?.trim().slice(0, 10);
  return day !== undefined && /^\d{4}-\d{2}-\d{2}$/u.test(day) ? day : undefined;
}

function absoluteUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Metadata Readability does not return; read before Readability rewrites the document. */
function readPageMeta(document: Document): Pick<FoundMeta, 'title' | 'url'> {
  const headline = (document.querySelector('article h1') ?? document.querySelector('h1'))?.textContent?.trim();
  const ogTitle = document.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const ogUrl = document.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return { title: headline || ogTitle || undefined, url: absoluteUrl(canonical) ?? absoluteUrl(ogUrl) };
}

function slice(markdown: string, nodes: RootContent[]): string {
  const start = nodes[0]?.position?.start.offset;
  const end = nodes.at(-1)?.position?.end.offset;
  return start === undefined || end === undefined ? '' : markdown.slice(start, end);
}

function textOf(node: Nodes): string {
  return toString(node).trim();
}

/** Blocks of turndown's Markdown, each keeping turndown's own escaping for its content. */
export function markdownToBlocks(markdown: string): { blocks: IngestBlock[]; removed: Removal[] } {
  const blocks: IngestBlock[] = [];
  const removed: Removal[] = [];
  for (const node of fromMarkdown(markdown).children) {
    if (node.type === 'heading') {
      blocks.push({ kind: 'heading', text: textOf(node), markdown: slice(markdown, node.children), depth: Math.max(2, node.depth) });
    } else if (node.type === 'paragraph') {
      blocks.push({ kind: 'paragraph', text: textOf(node), markdown: slice(markdown, [node]) });
    } else if (node.type === 'list') {
      for (const item of node.children) {
        blocks.push({ kind: 'list-item', text: textOf(item), markdown: slice(markdown, item.children) });
      }
    } else if (node.type === 'blockquote') {
      for (const child of node.children) {
        // Continuation lines inside the slice still carry the quote marker; renderBlock adds its own.
        const content = slice(markdown, [child]).replace(/\n>[ ]?/gu, '\n');
        blocks.push({ kind: 'quote', text: textOf(child), markdown: content });
      }
    } else {
      removed.push({ rule: `not article text (${node.type})`, text: slice(markdown, [node]) });
    }
  }
  return { blocks: blocks.filter((block) => block.text.length > 0), removed };
}

export function readHtml(html: string): SourceReading {
  const { document } = parseHTML(html);
  const pageMeta = readPageMeta(document as unknown as Document);
  const article = new Readability(document as unknown as Document).parse();
  if (!article?.content) throw new IngestError('Readability found no article text in this HTML page');
  const { blocks, removed } = markdownToBlocks(createTurndown().turndown(article.content));
  const meta: FoundMeta = {
    title: pageMeta.title ?? article.title?.trim() ?? undefined,
    outlet: article.siteName?.trim() || undefined,
    byline: article.byline?.trim().replace(/^by\s+/iu, '') || undefined,
    published: isoDay(article.publishedTime),
    url: pageMeta.url,
    language: article.lang?.trim() || undefined,
  };
  return { blocks, meta, removed, doubts: [] };
}
