/**
 * The furniture pass, shared by plain text and HTML: takes an article's blocks in reading
 * order and returns the article's own blocks, what was removed (and why) and what was kept
 * although it looks like furniture.
 */
import { WEEKDAY_LINE } from '../pipeline/events/lexicon.ts';
import { endsWithoutPunctuation, isProse, wordCount } from './blocks.ts';
import type { Doubt, IngestBlock, Removal } from './blocks.ts';
import {
  FURNITURE_LINES,
  FURNITURE_WORDS,
  GALLERY_TITLE_PREFIX,
  TAIL_MARKERS,
  TITLE_CASE_FUNCTION_WORDS,
} from './furniture-rules.ts';
import type { FurnitureRule } from './furniture-rules.ts';

export interface CleanContext {
  /** The article's headline if known; otherwise it is looked for above the first paragraph. */
  title?: string;
  byline?: string;
}

export interface CleanResult {
  blocks: IngestBlock[];
  /** `context.title`, or the headline found in the text. */
  title?: string;
  removed: Removal[];
  doubts: Doubt[];
}

interface Entry {
  block: IngestBlock;
  removedBy?: string;
  /** Part of the block removed while the rest was kept. */
  trimmed?: Removal;
}

/** A kicker such as "International" is at most this many words. */
const SECTION_LABEL_MAX_WORDS = 3;
/** A headline, a teaser or a truncated repeat is at least this many words. */
const HEADLINE_MIN_WORDS = 4;
const TRAILING_ELLIPSIS = /\s*(?:\.\.\.|…)$/u;

function matchingRule(rules: readonly FurnitureRule[], text: string): FurnitureRule | undefined {
  return rules.find((rule) => rule.pattern.test(text.trim()));
}

function live(entries: Entry[]): Entry[] {
  return entries.filter((entry) => entry.removedBy === undefined);
}

function isLabelLike(block: IngestBlock): boolean {
  return block.kind !== 'list-item' && block.kind !== 'quote' && endsWithoutPunctuation(block.text);
}

/** True when `long` goes on after `short` at a word boundary (or `short` was cut with "…"). */
function continues(short: string, long: string): boolean {
  const cut = TRAILING_ELLIPSIS.test(short);
  const stem = short.replace(TRAILING_ELLIPSIS, '');
  if (!long.startsWith(stem) || long.length <= stem.length) return false;
  return cut || /^[\s,;:—–-]/u.test(long.slice(stem.length));
}

/** Lists of other stories and comment sections end the article once it has begun. */
function cutTail(entries: Entry[]): void {
  let articleBegun = false;
  for (const [index, entry] of entries.entries()) {
    const marker = matchingRule(TAIL_MARKERS, entry.block.text);
    if (marker && articleBegun) {
      for (const rest of entries.slice(index)) rest.removedBy ??= `${marker.name} and all that follows`;
      return;
    }
    if (marker) entry.removedBy = marker.name;
    articleBegun ||= isProse(entry.block);
  }
}

function removeFurnitureLines(entries: Entry[]): void {
  for (const entry of live(entries)) {
    const rule = matchingRule(FURNITURE_LINES, entry.block.text);
    if (rule) entry.removedBy = rule.name;
  }
}

/**
 * Where a gallery title ends and its caption begins: one word after the title's last function
 * word ("… Could Do For Ukraine | US President Donald Trump told …"). The title is the run of
 * capitalized words, allowing the function words some styles keep lower-case ("Mean for Kyiv").
 */
function galleryTitleLength(words: string[]): number | undefined {
  let lastFunctionWord: number | undefined;
  for (const [index, word] of words.entries()) {
    const isFunctionWord = TITLE_CASE_FUNCTION_WORDS.has(word.toLowerCase());
    if (!isFunctionWord && !/^[\p{Lu}\p{N}'"‘“]/u.test(word)) break;
    if (index > 0 && isFunctionWord) lastFunctionWord = index;
  }
  return lastFunctionWord === undefined ? undefined : lastFunctionWord + 2;
}

function splitGalleryTitles(entries: Entry[], doubts: Doubt[]): void {
  for (const entry of live(entries)) {
    const prefix = GALLERY_TITLE_PREFIX.exec(entry.block.text)?.[0];
    if (prefix === undefined) continue;
    const rest = entry.block.text.slice(prefix.length);
    const words = rest.split(' ');
    const titleWords = galleryTitleLength(words);
    if (titleWords === undefined || titleWords >= words.length) {
      entry.removedBy = 'photo gallery title';
      continue;
    }
    const caption = words.slice(titleWords).join(' ');
    entry.trimmed = { rule: 'photo gallery title', text: `${prefix}${words.slice(0, titleWords).join(' ')}` };
    doubts.push({ reason: 'gallery title/caption boundary guessed; the caption starts', text: caption });
    // The caption is re-escaped from its text: the source Markdown no longer lines up.
    entry.block = { kind: 'paragraph', text: caption };
  }
}

/** Kickers above the headline, and the headline itself when the editor gave none. */
function takeTopOfArticle(entries: Entry[], title: string | undefined): string | undefined {
  let headline = title;
  for (const entry of live(entries)) {
    // A diary's first day heading ("Tuesday") is no kicker: the entries below it are the article, told of that day.
    if (isProse(entry.block) || WEEKDAY_LINE.test(entry.block.text.trim())) break;
    if (!isLabelLike(entry.block)) continue;
    const words = wordCount(entry.block.text);
    if (words <= SECTION_LABEL_MAX_WORDS) entry.removedBy = 'section label';
    else if (headline === undefined && words >= HEADLINE_MIN_WORDS) {
      headline = entry.block.text.trim();
      entry.removedBy = 'headline';
    }
  }
  return headline;
}

function removeRepeats(entries: Entry[], context: CleanContext, title: string | undefined): void {
  const byline = context.byline?.toLowerCase();
  for (const entry of live(entries)) {
    const text = entry.block.text.trim();
    if (title !== undefined && text === title) entry.removedBy = 'headline repeated';
    else if (title !== undefined && wordCount(text) >= HEADLINE_MIN_WORDS && continues(text, title))
      entry.removedBy = 'truncated headline';
    else if (byline !== undefined && [byline, `by ${byline}`].includes(text.toLowerCase())) entry.removedBy = 'byline repeated';
  }
}

/** A "teaser": the lead, or its first words, shown once more before (or as) the real paragraph. */
function removeTeasers(entries: Entry[]): void {
  const kept = live(entries);
  for (const [index, entry] of kept.entries()) {
    const text = entry.block.text.trim();
    if (entry.block.kind === 'list-item' || wordCount(text) < HEADLINE_MIN_WORDS) continue;
    const later = kept.slice(index + 1).map((other) => other.block.text.trim());
    if (later.some((other) => other === text || continues(text, other))) entry.removedBy = 'teaser (repeats a later paragraph)';
  }
}

function findDoubts(blocks: IngestBlock[]): Doubt[] {
  const doubts: Doubt[] = [];
  const firstProse = blocks.findIndex(isProse);
  blocks.forEach((block, index) => {
    if (FURNITURE_WORDS.test(block.text)) doubts.push({ reason: 'mentions site furniture', text: block.text });
    else if (TRAILING_ELLIPSIS.test(block.text)) doubts.push({ reason: 'ends cut off with an ellipsis', text: block.text });
    else if (block.kind === 'heading' && index === blocks.length - 1)
      doubts.push({ reason: 'a heading with nothing after it', text: block.text });
    else if (index < firstProse && isLabelLike(block))
      doubts.push({ reason: 'a headline-like line above the first paragraph', text: block.text });
  });
  return doubts;
}

export function removeFurniture(blocks: readonly IngestBlock[], context: CleanContext): CleanResult {
  const entries: Entry[] = blocks.map((block) => ({ block }));
  const removed: Removal[] = [];
  const doubts: Doubt[] = [];
  cutTail(entries);
  removeFurnitureLines(entries);
  splitGalleryTitles(entries, doubts);
  const title = takeTopOfArticle(entries, context.title);
  removeRepeats(entries, context, title);
  removeTeasers(entries);
  for (const entry of entries) {
    if (entry.trimmed !== undefined) removed.push(entry.trimmed);
    if (entry.removedBy !== undefined) removed.push({ rule: entry.removedBy, text: entry.block.text });
  }
  const kept = live(entries).map((entry) => entry.block);
  return { blocks: kept, title, removed, doubts: [...doubts, ...findDoubts(kept)] };
}
