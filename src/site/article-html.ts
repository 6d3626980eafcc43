/**
 * An article's Markdown body as safe HTML in which every sentence the pipeline found is an
 * anchor (`id="s-<index>"`), and every sentence an event quotes is highlighted and followed
 * by links to its events.
 *
 * Two small plugins: on the Markdown tree, text is split where sentences start and end,
 * because sentence offsets index the Markdown source and only that tree has the text and
 * positions exactly as the pipeline read them; remark-rehype keeps each piece's position.
 * On the HTML tree, the pieces of each sentence are then wrapped. Raw HTML in an article is
 * dropped by remark-rehype, and rehype-sanitize allows only what Markdown and the wrapping make.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent as HastNode, Text as HastText } from 'hast';
import type { Heading, Nodes as MdNode, Parent as MdParent, Root as MdRoot } from 'mdast';
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

/** How a sentence links to an event: where, the visible label, and a name for screen readers. */
export interface EventLink {
  href: string;
  /** Short visible text, e.g. the event's number in the article's list of events. */
  label: string;
  /** The event's headline, read out after the label. */
  title: string;
}

const SENTENCE_ID = /^s-\d+$/;

/** Only what Markdown and the sentence wrapping produce; no images (they would load from other sites). */
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
    .use(() => (tree: MdRoot) => {
      demoteHeadings(tree);
      splitAtSentences(tree, article.sentences);
    })
    .use(remarkRehype)
    .use(() => (tree: HastRoot) => wrapSentences(tree, article, eventLink))
    .use(rehypeSanitize, schema)
    .use(rehypeStringify)
    .processSync(article.body);
  return String(file);
}

function mdNodes(tree: MdNode, wanted: (node: MdNode) => boolean): MdNode[] {
  const found: MdNode[] = [];
  const visit = (node: MdNode): void => {
    if (wanted(node)) found.push(node);
    else if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}

/** The page's title is the only `<h1>`: the body's headings start at `<h2>`. */
function demoteHeadings(tree: MdRoot): void {
  const headings = mdNodes(tree, (node) => node.type === 'heading') as Heading[];
  const shift = Math.max(0, 2 - Math.min(...headings.map((h) => h.depth)));
  for (const heading of headings) heading.depth = Math.min(6, heading.depth + shift) as Heading['depth'];
}

/** Where a sentence is, for looking up the one that holds a source offset. */
const sentenceAt = (sentences: readonly Sentence[], offset: number): Sentence | undefined => sentences.find((s) => s.start <= offset && offset < s.end);

/**
 * Splits the text of every paragraph and heading (the blocks the pipeline reads) where a
 * sentence starts or ends, and gives each piece the source offsets of its first and last
 * character, mapped the way the pipeline maps them (src/pipeline/parse/sentences.ts):
 * escapes and entities make the source longer than the text, and those characters map to
 * the leaf's last source offset.
 */
function splitAtSentences(tree: MdRoot, sentences: readonly Sentence[]): void {
  const split = (parent: MdParent): void => {
    parent.children = parent.children.flatMap((child): MdParent['children'] => {
      if (child.type !== 'text' && child.type !== 'inlineCode') {
        if ('children' in child) split(child);
        return [child];
      }
      const position = child.position;
      const base = position?.start.offset;
      if (position === undefined || base === undefined) return [child];
      const end = position.end.offset ?? base + child.value.length;
      const exact = end - base === child.value.length;
      const offsetOf = (i: number) => (exact ? base + i : Math.min(base + i, end - 1));
      const owners = Array.from({ length: child.value.length }, (_, i) => sentenceAt(sentences, offsetOf(i)));
      const pieces: (typeof child)[] = [];
      for (let from = 0, i = 1; i <= owners.length; i += 1) {
        if (i < owners.length && owners[i] === owners[from]) continue;
        const start = { ...position.start, offset: offsetOf(from) };
        const last = { ...position.end, offset: offsetOf(i - 1) + 1 };
        pieces.push({ ...child, value: child.value.slice(from, i), position: { start, end: last } });
        from = i;
      }
      return pieces;
    });
  };
  for (const block of mdNodes(tree, (node) => node.type === 'paragraph' || node.type === 'heading')) split(block as MdParent);
}

/** Elements that may sit inside a sentence's wrapper; anything else (a paragraph, a list) is descended into. */
const PHRASING = new Set(['a', 'em', 'strong', 'code', 'del', 'br', 'span', 'mark', 'sup', 'sub', 'i', 'b', 's']);

/** A node's relation to the sentences: wholly one sentence, a gap between them, no text at all, or several. */
type Owner = Sentence | 'gap' | 'neutral' | 'mixed';

function wrapSentences(tree: HastRoot, article: ArticleText, eventLink: (eventId: string) => EventLink): void {
  const ownerOf = (node: HastNode): Owner => {
    if (node.type === 'text') {
      const offset = node.position?.start.offset;
      return offset === undefined ? 'neutral' : (sentenceAt(article.sentences, offset) ?? 'gap');
    }
    if (node.type !== 'element') return 'neutral';
    let owner: Owner = 'neutral';
    for (const child of node.children) {
      const own = ownerOf(child);
      if (own === 'neutral') continue;
      if (owner === 'neutral') owner = own;
      else if (own !== owner) return 'mixed';
    }
    return owner;
  };
  const holdsEnd = (node: HastNode, sentence: Sentence): boolean =>
    node.type === 'text'
      ? (node.position?.end.offset ?? 0) >= sentence.end
      : node.type === 'element' && node.children.some((child) => holdsEnd(child, sentence));
  const isPhrasing = (node: HastNode) => node.type === 'text' || (node.type === 'element' && PHRASING.has(node.tagName));

  const anchored = new Set<number>();
  const runOf = (sentence: Sentence, children: ElementContent[]): Element => {
    const cited = (article.citations[sentence.index]?.length ?? 0) > 0;
    const properties: Element['properties'] = cited ? { className: ['cited'] } : {};
    if (!anchored.has(sentence.index)) properties.id = `s-${sentence.index}`;
    anchored.add(sentence.index);
    return { type: 'element', tagName: cited ? 'mark' : 'span', properties, children };
  };
  const text = (value: string): HastText => ({ type: 'text', value });
  const citesOf = (sentence: Sentence): Element[] => {
    const events = article.citations[sentence.index] ?? [];
    if (events.length === 0) return [];
    const links = events.map((id): Element => {
      const link = eventLink(id);
      const name: Element = { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [text(`: ${link.title}`)] };
      return { type: 'element', tagName: 'a', properties: { href: link.href }, children: [text(link.label), name] };
    });
    const children = links.flatMap((link, i): ElementContent[] => (i === 0 ? [link] : [text(' '), link]));
    return [{ type: 'element', tagName: 'sup', properties: { className: ['cites'] }, children }];
  };

  /**
   * Wraps each stretch of children that belongs to one sentence, descending into children
   * that hold several. A sentence's citation links follow its last stretch, but never
   * inside a link of the article: they are handed up and placed after it.
   */
  const group = (parent: HastRoot | Element): Sentence[] => {
    const insideLink = parent.type === 'element' && parent.tagName === 'a';
    const handedUp: Sentence[] = [];
    const out: HastNode[] = [];
    const finish = (sentence: Sentence) => (insideLink ? handedUp.push(sentence) : out.push(...citesOf(sentence)));
    const children = parent.children;
    for (let i = 0; i < children.length; ) {
      const child = children[i]!;
      const owner = ownerOf(child);
      if (typeof owner === 'object' && isPhrasing(child)) {
        // Take the following children of the same sentence, and text-less ones (a line break) between them.
        let last = i;
        for (let j = i + 1; j < children.length && isPhrasing(children[j]!); j += 1) {
          const next = ownerOf(children[j]!);
          if (next === owner) last = j;
          else if (next !== 'neutral') break;
        }
        const stretch = children.slice(i, last + 1) as ElementContent[];
        out.push(runOf(owner, stretch));
        if (stretch.some((node) => holdsEnd(node, owner))) finish(owner);
        i = last + 1;
        continue;
      }
      out.push(child);
      if (child.type === 'element' && owner !== 'gap' && owner !== 'neutral') group(child).forEach(finish);
      i += 1;
    }
    parent.children = out as typeof parent.children;
    return handedUp;
  };
  group(tree);
}
