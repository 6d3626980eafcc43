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
  const sentenceAt = sentenceFinder(article.sentences);
  const file = unified()
    .use(remarkParse)
    .use(() => (tree: MdRoot) => {
      demoteHeadings(tree);
      splitAtSentences(tree, sentenceAt);
    })
    .use(remarkRehype)
    .use(() => (tree: HastRoot) => wrapSentences(tree, article, sentenceAt, eventLink))
    .use(rehypeSanitize, schema)
    .use(rehypeStringify)
    .processSync(article.body);
  return String(file);
}

/** The nodes of a tree that `wanted` picks, in document order, not descending into them; iterative. */
function mdNodes(tree: MdNode, wanted: (node: MdNode) => boolean): MdNode[] {
  const found: MdNode[] = [];
  const stack: MdNode[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (wanted(node)) found.push(node);
    else if ('children' in node) for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!);
  }
  return found;
}

/** The page's title is the only `<h1>`: the body's headings start at `<h2>`. */
function demoteHeadings(tree: MdRoot): void {
  const headings = mdNodes(tree, (node) => node.type === 'heading') as Heading[];
  const top = headings.reduce((least, h) => Math.min(least, h.depth), 6);
  const shift = Math.max(0, 2 - top);
  for (const heading of headings) heading.depth = Math.min(6, heading.depth + shift) as Heading['depth'];
}

/**
 * Finds the sentence that holds a source offset by binary search: sentences come in source
 * order and do not overlap, so a page costs n log n however long the article, not n².
 */
function sentenceFinder(sentences: readonly Sentence[]): (offset: number) => Sentence | undefined {
  return (offset) => {
    let low = 0;
    let high = sentences.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const s = sentences[mid]!;
      if (offset < s.start) high = mid - 1;
      else if (offset >= s.end) low = mid + 1;
      else return s;
    }
    return undefined;
  };
}

/**
 * Splits the text of every paragraph and heading (the blocks the pipeline reads) where a
 * sentence starts or ends, and gives each piece the source offsets of its first and last
 * character, mapped the way the pipeline maps them (src/pipeline/parse/sentences.ts):
 * escapes and entities make the source longer than the text, and those characters map to
 * the leaf's last source offset.
 */
function splitAtSentences(tree: MdRoot, sentenceAt: (offset: number) => Sentence | undefined): void {
  const pending = mdNodes(tree, (node) => node.type === 'paragraph' || node.type === 'heading') as MdParent[];
  while (pending.length > 0) {
    const parent = pending.pop()!;
    parent.children = parent.children.flatMap((child): MdParent['children'] => {
      if (child.type !== 'text' && child.type !== 'inlineCode') {
        if ('children' in child) pending.push(child);
        return [child];
      }
      const position = child.position;
      const base = position?.start.offset;
      if (position === undefined || base === undefined) return [child];
      const end = position.end.offset ?? base + child.value.length;
      const exact = end - base === child.value.length;
      const offsetOf = (i: number) => (exact ? base + i : Math.min(base + i, end - 1));
      const pieces: (typeof child)[] = [];
      let from = 0;
      let owner = sentenceAt(offsetOf(0));
      for (let i = 1; i <= child.value.length; i += 1) {
        const next = i < child.value.length ? sentenceAt(offsetOf(i)) : undefined;
        if (i < child.value.length && next === owner) continue;
        const start = { ...position.start, offset: offsetOf(from) };
        const last = { ...position.end, offset: offsetOf(i - 1) + 1 };
        pieces.push({ ...child, value: child.value.slice(from, i), position: { start, end: last } });
        from = i;
        owner = next;
      }
      return pieces;
    });
  }
}

/** Elements that may sit inside a sentence's wrapper; anything else (a paragraph, a list) is descended into. */
const PHRASING = new Set(['a', 'em', 'strong', 'code', 'del', 'br', 'span', 'mark', 'sup', 'sub', 'i', 'b', 's']);

/** A node's relation to the sentences: wholly one sentence, a gap between them, no text at all, or several. */
type Owner = Sentence | 'gap' | 'neutral' | 'mixed';

/**
 * Each node's owner and the source offset where its text ends, computed once for the whole
 * tree in one iterative pass (children before parents), so that no node is looked at twice.
 */
function describeNodes(tree: HastRoot, sentenceAt: (offset: number) => Sentence | undefined): { owner: Map<HastNode, Owner>; textEnd: Map<HastNode, number> } {
  const owner = new Map<HastNode, Owner>();
  const textEnd = new Map<HastNode, number>();
  const stack: { node: HastNode | HastRoot; done: boolean }[] = [{ node: tree, done: false }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const node = frame.node;
    if (node.type === 'text') {
      const offset = node.position?.start.offset;
      owner.set(node, offset === undefined ? 'neutral' : (sentenceAt(offset) ?? 'gap'));
      textEnd.set(node, node.position?.end.offset ?? 0);
      continue;
    }
    if (node.type !== 'element' && node.type !== 'root') {
      owner.set(node, 'neutral');
      continue;
    }
    if (!frame.done) {
      stack.push({ node, done: true });
      for (const child of node.children) stack.push({ node: child, done: false });
      continue;
    }
    let own: Owner = 'neutral';
    let end = 0;
    for (const child of node.children) {
      end = Math.max(end, textEnd.get(child) ?? 0);
      const o = owner.get(child)!;
      if (o === 'neutral' || own === 'mixed') continue;
      own = own === 'neutral' ? o : o === own ? own : 'mixed';
    }
    if (node.type === 'element') {
      owner.set(node, own);
      textEnd.set(node, end);
    }
  }
  return { owner, textEnd };
}

function wrapSentences(tree: HastRoot, article: ArticleText, sentenceAt: (offset: number) => Sentence | undefined, eventLink: (eventId: string) => EventLink): void {
  const { owner: owners, textEnd } = describeNodes(tree, sentenceAt);
  const ownerOf = (node: HastNode): Owner => owners.get(node) ?? 'neutral';
  const holdsEnd = (node: HastNode, sentence: Sentence): boolean => (textEnd.get(node) ?? 0) >= sentence.end;
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
   * inside a link of the article: they are handed up and placed after it. Iterative: an
   * explicit stack of the elements being regrouped, so no nesting depth overflows the stack.
   */
  interface Frame {
    parent: HastRoot | Element;
    next: number;
    out: HastNode[];
    handedUp: Sentence[];
  }
  const finish = (frame: Frame, sentence: Sentence): void => {
    const insideLink = frame.parent.type === 'element' && frame.parent.tagName === 'a';
    if (insideLink) frame.handedUp.push(sentence);
    else frame.out.push(...citesOf(sentence));
  };
  const frames: Frame[] = [{ parent: tree, next: 0, out: [], handedUp: [] }];
  while (frames.length > 0) {
    const frame = frames.at(-1)!;
    const children = frame.parent.children;
    if (frame.next >= children.length) {
      frame.parent.children = frame.out as typeof frame.parent.children;
      frames.pop();
      const outer = frames.at(-1);
      if (outer) for (const sentence of frame.handedUp) finish(outer, sentence);
      continue;
    }
    const i = frame.next;
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
      frame.out.push(runOf(owner, stretch));
      if (stretch.some((node) => holdsEnd(node, owner))) finish(frame, owner);
      frame.next = last + 1;
      continue;
    }
    frame.out.push(child);
    frame.next = i + 1;
    if (child.type === 'element' && owner !== 'gap' && owner !== 'neutral') frames.push({ parent: child, next: 0, out: [], handedUp: [] });
  }
}
