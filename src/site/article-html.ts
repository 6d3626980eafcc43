/**
 * An article's Markdown body as safe HTML in which every sentence the pipeline found is an
 * anchor (`id="s-<index>"`), and every sentence an event quotes is highlighted and followed
 * by links to its events.
 *
 * The wrapping happens on the Markdown tree (a remark plugin), not on the HTML: sentence
 * offsets index the Markdown source, and only the Markdown tree still has text values and
 * positions exactly as the pipeline read them (remark-rehype trims spaces at line ends).
 * Raw HTML in an article is dropped by remark-rehype, and rehype-sanitize then allows only
 * the elements Markdown and this plugin make.
 */
import type { Heading, Link, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Sentence } from '../pipeline/types.ts';

/** The part of an article report the body needs. */
export interface ArticleText {
  body: string;
  sentences: readonly Sentence[];
  /** Sentence index → ids of the events that quote it. */
  citations: Readonly<Record<number, readonly string[]>>;
}

/** How a sentence links to an event: where, the visible number, and a name for screen readers. */
export interface EventLink {
  href: string;
  /** Short visible text, e.g. the event's number in the article's list of events. */
  label: string;
  /** The event's headline, read out after the label. */
  title: string;
}

/** A run of a sentence in the Markdown tree; remark-rehype turns it into `data.hName`. */
interface SentenceRun extends Parent {
  type: 'sentenceRun';
  children: PhrasingContent[];
}

declare module 'mdast' {
  interface PhrasingContentMap {
    sentenceRun: SentenceRun;
  }
}

const SENTENCE_ID = /^s-\d+$/;

/** Only what Markdown and the sentence plugin produce; no images (they would load from other sites). */
const schema: SanitizeSchema = {
  tagNames: ['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'em', 'strong', 'del', 'code', 'pre', 'a', 'br', 'hr', 'span', 'mark', 'sup'],
  attributes: {
    a: ['href', 'title'],
    ol: ['start'],
    code: [['className', /^language-./]],
    span: [['id', SENTENCE_ID], ['className', 'visually-hidden']],
    mark: [['id', SENTENCE_ID], ['className', 'cited']],
    sup: [['className', 'cites']],
  },
  // Ids are limited to sentence anchors above, so they need no prefix.
  clobber: [],
  protocols: { href: ['http', 'https', 'mailto'] },
  strip: ['script', 'style'],
};

/** The article body as HTML, sentences wrapped and cited ones linked to `eventLink(id)`. */
export function articleHtml(article: ArticleText, eventLink: (eventId: string) => EventLink): string {
  const file = unified()
    .use(remarkParse)
    .use(() => (tree: Root) => {
      demoteHeadings(tree);
      wrapSentences(tree, article, eventLink);
    })
    .use(remarkRehype)
    .use(rehypeSanitize, schema)
    .use(rehypeStringify)
    .processSync(article.body);
  return String(file);
}

/** The page's title is the only `<h1>`: the body's headings start at `<h2>`. */
function demoteHeadings(tree: Root): void {
  const headings: Heading[] = [];
  const collect = (node: Nodes): void => {
    if (node.type === 'heading') headings.push(node);
    else if ('children' in node) node.children.forEach(collect);
  };
  collect(tree);
  const shift = Math.max(0, 2 - Math.min(...headings.map((h) => h.depth)));
  for (const heading of headings) heading.depth = Math.min(6, heading.depth + shift) as Heading['depth'];
}

/** Text-bearing leaves, as the pipeline reads them (src/pipeline/parse/sentences.ts). */
type Leaf = Extract<Nodes, { type: 'text' | 'inlineCode' }>;
const isLeaf = (node: Nodes): node is Leaf => node.type === 'text' || node.type === 'inlineCode';

/** Which sentence each leaf belongs to, and the leaves holding the last character of a sentence. */
interface Ownership {
  sentenceOf: Map<Nodes, number>;
  lastLeaves: Set<Nodes>;
}

function wrapSentences(tree: Root, article: ArticleText, eventLink: (eventId: string) => EventLink): void {
  const ownership: Ownership = { sentenceOf: new Map(), lastLeaves: new Set() };
  const blocks: Parent[] = [];
  const collect = (node: Nodes): void => {
    if (node.type === 'paragraph' || node.type === 'heading') blocks.push(node);
    else if ('children' in node) node.children.forEach(collect);
  };
  collect(tree);
  for (const block of blocks) splitLeaves(block, article.sentences, ownership);

  const anchored = new Set<number>();
  const runOf = (index: number, children: PhrasingContent[]): SentenceRun => {
    const cited = (article.citations[index]?.length ?? 0) > 0;
    const properties: Record<string, unknown> = cited ? { className: ['cited'] } : {};
    if (!anchored.has(index)) properties.id = `s-${index}`;
    anchored.add(index);
    return { type: 'sentenceRun', children, data: { hName: cited ? 'mark' : 'span', hProperties: properties as never } };
  };
  const citesOf = (index: number): PhrasingContent[] => {
    const events = article.citations[index] ?? [];
    if (events.length === 0) return [];
    const links: Link[] = events.map((id) => {
      const link = eventLink(id);
      return {
        type: 'link',
        url: link.href,
        children: [
          { type: 'text', value: link.label },
          { type: 'sentenceRun', children: [{ type: 'text', value: `: ${link.title}` }], data: { hName: 'span', hProperties: { className: ['visually-hidden'] } } },
        ],
      };
    });
    const children: PhrasingContent[] = links.flatMap((link, i) => (i === 0 ? [link] : [{ type: 'text', value: ' ' } satisfies Text, link]));
    return [{ type: 'sentenceRun', children, data: { hName: 'sup', hProperties: { className: ['cites'] } } }];
  };
  for (const block of blocks) groupRuns(block, ownership, runOf, citesOf);
}

/**
 * Splits every text leaf of a block where a sentence starts or ends, mapping each character
 * to its source offset the way the pipeline does (escapes and entities make the source
 * longer than the value; those characters map to the leaf's last source offset).
 */
function splitLeaves(block: Parent, sentences: readonly Sentence[], ownership: Ownership): void {
  const sentenceAt = (offset: number): number | undefined => sentences.find((s) => s.start <= offset && offset < s.end)?.index;
  const visit = (parent: Parent): void => {
    parent.children = parent.children.flatMap((child) => {
      if (!isLeaf(child)) {
        if ('children' in child) visit(child);
        return [child];
      }
      const base = child.position?.start.offset;
      if (base === undefined) return [child];
      const end = child.position?.end.offset ?? base + child.value.length;
      const exact = end - base === child.value.length;
      const offsetOf = (i: number) => (exact ? base + i : Math.min(base + i, end - 1));
      const owners: (number | undefined)[] = [];
      for (let i = 0; i < child.value.length; i += 1) owners.push(sentenceAt(offsetOf(i)));
      const pieces: Leaf[] = [];
      let from = 0;
      for (let i = 1; i <= owners.length; i += 1) {
        const owner = owners[from];
        if (i < owners.length && owners[i] === owner) continue;
        const piece: Leaf = { ...child, value: child.value.slice(from, i) };
        pieces.push(piece);
        if (owner !== undefined) {
          ownership.sentenceOf.set(piece, owner);
          if (offsetOf(i - 1) >= (sentences[owner]?.end ?? 0) - 1) ownership.lastLeaves.add(piece);
        }
        from = i;
      }
      return pieces;
    });
  };
  visit(block);
}

/** A child's relation to the sentences: wholly one sentence, none (a gap), neutral (no text), or several. */
type Owner = number | 'gap' | 'neutral' | 'mixed';

function ownerOf(node: Nodes, ownership: Ownership): Owner {
  if (isLeaf(node)) return ownership.sentenceOf.get(node) ?? 'gap';
  if (!('children' in node)) return 'neutral';
  let owner: Owner = 'neutral';
  for (const child of node.children) {
    const own = ownerOf(child, ownership);
    if (own === 'neutral') continue;
    if (owner === 'neutral') owner = own;
    else if (own !== owner) return 'mixed';
  }
  return owner;
}

function holdsLastLeaf(node: Nodes, ownership: Ownership): boolean {
  if (ownership.lastLeaves.has(node)) return true;
  return 'children' in node && node.children.some((child) => holdsLastLeaf(child, ownership));
}

/**
 * Wraps each stretch of children that belongs to one sentence, descending only into
 * children that hold several. A sentence's citation links follow its last stretch, but
 * never inside a Markdown link: they are passed up and placed after it.
 */
function groupRuns(
  parent: Parent,
  ownership: Ownership,
  runOf: (index: number, children: PhrasingContent[]) => SentenceRun,
  citesOf: (index: number) => PhrasingContent[],
): number[] {
  const insideLink = parent.type === 'link';
  const pending: number[] = [];
  const out: Nodes[] = [];
  const finish = (index: number) => (insideLink ? pending.push(index) : out.push(...citesOf(index)));
  const children = parent.children as Nodes[];
  let i = 0;
  while (i < children.length) {
    const child = children[i]!;
    const owner = ownerOf(child, ownership);
    if (typeof owner === 'number') {
      // Take following children of the same sentence, and neutral ones (a line break) between them.
      let last = i;
      for (let j = i + 1; j < children.length; j += 1) {
        const next = ownerOf(children[j]!, ownership);
        if (next === owner) last = j;
        else if (next !== 'neutral') break;
      }
      const stretch = children.slice(i, last + 1) as PhrasingContent[];
      out.push(runOf(owner, stretch));
      if (stretch.some((node) => holdsLastLeaf(node, ownership))) finish(owner);
      i = last + 1;
      continue;
    }
    out.push(child);
    if (owner === 'mixed' && 'children' in child) groupRuns(child, ownership, runOf, citesOf).forEach(finish);
    i += 1;
  }
  parent.children = out as Parent['children'];
  return pending;
}
