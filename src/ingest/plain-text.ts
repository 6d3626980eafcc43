/**
 * Reading an article saved from a web page as plain text: one block per non-empty line
 * (sites save paragraphs as single lines, sometimes with no blank line between them), plus
 * the metadata some sites print above the story.
 */
import { endsWithoutPunctuation, wordCount } from './blocks.ts';
import { placeName } from './dateline.ts';
import type { FoundMeta, IngestBlock, Removal, SourceReading } from './blocks.ts';

/** Longest line still read as a heading; longer lines without a full stop stay paragraphs. */
const HEADING_MAX_WORDS = 16;
const HEADING_MAX_CHARS = 120;

/** "  • item", "- item", "* item", "▪ item": a bulleted list item. */
const BULLET = /^[•◦▪‣·*-]\s+/u;

/** A metadata prefix some pages print before the story: " date 2026-02-25 WASHINGTON -- …". */
const DATE_PREFIX = /^date:?\s+(\d{4}-\d{2}-\d{2})\s+/iu;

/**
 * A slash-separated header: "Title/ Outlet/ PLACE/ Byline/ Section…/ lead paragraph".
 * Slashes followed by a space never join words in prose ("and/or" has none).
 */
const HEADER_SEPARATOR = /(?<=\S)\/\s+/u;
const HEADER_MIN_FIELDS = 5;

export function classifyLine(line: string): IngestBlock {
  const bullet = BULLET.exec(line)?.[0];
  if (bullet !== undefined) return { kind: 'list-item', text: line.slice(bullet.length) };
  const looksLikeHeading =
    endsWithoutPunctuation(line) &&
    wordCount(line) <= HEADING_MAX_WORDS &&
    line.length <= HEADING_MAX_CHARS &&
    /^[\p{Lu}\p{N}"'‘“]/u.test(line);
  return looksLikeHeading ? { kind: 'heading', text: line, depth: 2 } : { kind: 'paragraph', text: line };
}

interface Header {
  meta: FoundMeta;
  removed: Removal[];
  /** What is left of the first line for the body, if anything. */
  rest: string;
}

function readSlashHeader(line: string): Header | undefined {
  const fields = line.split(HEADER_SEPARATOR).map((field) => field.trim());
  if (fields.length < HEADER_MIN_FIELDS) return undefined;
  const [title, outlet, place, byline, ...more] = fields;
  const lead = more.pop();
  const isHeader =
    title !== undefined && outlet && place && byline && lead && place === place.toUpperCase() && !endsWithoutPunctuation(lead);
  if (!isHeader) return undefined;
  return {
    meta: { title, outlet, dateline: placeName(place), byline },
    removed: [
      { rule: 'header (title, outlet, dateline, byline → frontmatter)', text: [title, outlet, place, byline].join('/ ') },
      ...more.map((section) => ({ rule: 'section label', text: section })),
    ],
    rest: lead,
  };
}

function readDatePrefix(line: string): Header | undefined {
  const match = DATE_PREFIX.exec(line);
  if (!match) return undefined;
  return {
    meta: { published: match[1] },
    removed: [{ rule: 'metadata prefix', text: match[0].trim() }],
    rest: line.slice(match[0].length),
  };
}

export function readPlainText(source: string): SourceReading {
  const lines = source
    .replace(/^\uFEFF/u, '')
    .split(/\r?\n|\r/u)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const [first, ...others] = lines;
  const header = first === undefined ? undefined : (readSlashHeader(first) ?? readDatePrefix(first));
  const bodyLines = header ? [header.rest, ...others] : lines;
  const blocks = bodyLines.map(classifyLine);
  return { blocks, meta: { ...header?.meta }, removed: header?.removed ?? [], doubts: [] };
}
