/**
 * The unit the ingest steps pass along: one block of an article (a paragraph, a heading,
 * one list item or one quote) with the text a reader sees.
 */

export type IngestBlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote';

export interface IngestBlock {
  kind: IngestBlockKind;
  /** The text as a reader sees it; furniture rules match against this. */
  text: string;
  /**
   * Markdown for the block's content (without `## `, `- ` or `> `), when the source already
   * was Markdown (HTML through turndown). Plain-text blocks leave it out and get escaped text.
   */
  markdown?: string;
  /** Heading level, 2–6; only for headings. */
  depth?: number;
}

/** A piece of the source that the ingest left out, and the rule that removed it. */
export interface Removal {
  rule: string;
  text: string;
}

/** A block that was kept although it looks like furniture: an editor should look at it. */
export interface Doubt {
  reason: string;
  text: string;
}

/** What a source reader (plain text or HTML) found besides the blocks. */
export interface FoundMeta {
  title?: string;
  outlet?: string;
  byline?: string;
  dateline?: string;
  published?: string;
  url?: string;
  language?: string;
}

export interface SourceReading {
  blocks: IngestBlock[];
  meta: FoundMeta;
  removed: Removal[];
  doubts: Doubt[];
}

/** A line without sentence-ending punctuation: how headings and labels differ from prose. */
export function endsWithoutPunctuation(text: string): boolean {
  // Closing quotes and brackets come after the full stop in `…peace.”`, so look past them.
  const core = text.replace(/[\s"'”’»)\]]+$/u, '');
  return core.length > 0 && !/[.!?…:;,]$/u.test(core);
}

export function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => word.length > 0).length;
}

/** A block that reads as running prose, as opposed to a heading, label or button. */
export function isProse(block: IngestBlock): boolean {
  return block.kind === 'paragraph' && !endsWithoutPunctuation(block.text);
}
