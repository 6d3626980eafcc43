/**
 * One raw article (plain text or HTML) in, one content file out: metadata from the options
 * and the text, the body cleaned of page furniture, and a report for the editor.
 */
import type { Doubt, FoundMeta, Removal } from './blocks.ts';
import { removeFurniture } from './clean.ts';
import { datelineOf } from './dateline.ts';
import { IngestError } from './errors.ts';
import { isIsoDay } from '../pipeline/parse/iso-date.ts';
import { renderFrontmatter } from './frontmatter.ts';
import type { ArticleFrontmatter } from './frontmatter.ts';
import { readHtml } from './html.ts';
import { renderBody } from './markdown.ts';
import { readPlainText } from './plain-text.ts';
import { articleSlug, MAX_SLUG_LENGTH, SLUG_PATTERN } from './slug.ts';

export type SourceFormat = 'text' | 'html';

export interface IngestOptions extends FoundMeta {
  format: SourceFormat;
  titleSource?: 'article' | 'editor';
  id?: string;
}

export interface IngestResult {
  id: string;
  frontmatter: ArticleFrontmatter;
  /** The whole content file: frontmatter and body. */
  document: string;
  removed: Removal[];
  doubts: Doubt[];
  /** Metadata taken from the text rather than from the options, so the editor can check it. */
  notes: string[];
}

const FOUND_FIELDS = ['title', 'outlet', 'byline', 'dateline', 'published', 'url', 'language'] as const;

function mergeMeta(options: IngestOptions, found: FoundMeta, notes: string[]): FoundMeta {
  const merged: FoundMeta = {};
  for (const field of FOUND_FIELDS) {
    const given = options[field];
    const read = found[field];
    if (given !== undefined && read !== undefined && given !== read)
      notes.push(`${field}: using "${given}" from the options; the text says "${read}"`);
    else if (given === undefined && read !== undefined) notes.push(`${field}: "${read}" read from the text`);
    const value = given ?? read;
    if (value !== undefined) merged[field] = value;
  }
  return merged;
}

function checkPublished(published: string | undefined): string {
  if (published === undefined)
    throw new IngestError('no publication date: pass --published YYYY-MM-DD (the day the outlet published it)');
  if (!isIsoDay(published))
    throw new IngestError(`--published "${published}" is not a real calendar day: write it as YYYY-MM-DD, e.g. 2026-02-25`);
  return published;
}

function checkUrl(url: string | undefined): void {
  if (url === undefined) return;
  const valid = URL.canParse(url) && ['http:', 'https:'].includes(new URL(url).protocol);
  if (!valid) throw new IngestError(`--url "${url}" is not an http(s) address: pass the article's full URL, or leave --url out`);
}

function checkId(id: string): string {
  if (!SLUG_PATTERN.test(id) || id.length > MAX_SLUG_LENGTH)
    throw new IngestError(`--id "${id}" is not a slug: use lower-case letters, digits and single hyphens, at most ${MAX_SLUG_LENGTH} characters`);
  return id;
}

export function ingestArticle(source: string, options: IngestOptions): IngestResult {
  if (options.titleSource === 'editor' && options.title === undefined)
    throw new IngestError('--title-source editor needs the editor\'s title: pass --title "…"');
  const reading = options.format === 'html' ? readHtml(source) : readPlainText(source);
  const notes: string[] = [];
  const meta = mergeMeta(options, reading.meta, notes);
  const published = checkPublished(meta.published);
  const cleaned = removeFurniture(reading.blocks, { title: meta.title, byline: meta.byline });
  if (cleaned.title === undefined)
    throw new IngestError('found no headline in the text: pass --title "…" --title-source editor (a neutral, factual title)');
  if (meta.title === undefined) notes.push(`title: "${cleaned.title}" found above the first paragraph`);
  if (cleaned.blocks.length === 0) throw new IngestError('no article text is left once page furniture is removed');
  const firstBlock = cleaned.blocks[0];
  const dateline = meta.dateline ?? (firstBlock?.kind === 'paragraph' ? datelineOf(firstBlock.text) : undefined);
  if (meta.dateline === undefined && dateline !== undefined) notes.push(`dateline: "${dateline}" read from the first paragraph`);
  checkUrl(meta.url);
  const frontmatter: ArticleFrontmatter = {
    title: cleaned.title,
    titleSource: options.titleSource ?? 'article',
    outlet: meta.outlet ?? 'unknown',
    published,
    byline: meta.byline,
    dateline,
    url: meta.url,
    language: meta.language ?? 'en',
  };
  return {
    id: checkId(options.id ?? articleSlug(published, cleaned.title)),
    frontmatter,
    document: `${renderFrontmatter(frontmatter)}${renderBody(cleaned.blocks)}`,
    removed: [...reading.removed, ...cleaned.removed],
    doubts: [...reading.doubts, ...cleaned.doubts],
    notes,
  };
}
