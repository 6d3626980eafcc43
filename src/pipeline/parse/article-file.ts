import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { ContentError } from '../content-error.ts';
import type { Article } from '../types.ts';
import { cleanText } from './content-files.ts';
import { isIsoDateOrDateTime } from './iso-date.ts';
import { crowdedParagraph, deepestNesting, LIMITS, longParagraph, PUBLISHED_YEARS } from './limits.ts';
import { yamlContentError } from './yaml-error.ts';

const FIELDS = ['title', 'title_source', 'outlet', 'published', 'byline', 'dateline', 'url', 'language'] as const;
type Field = (typeof FIELDS)[number];

const FRONTMATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;
const OPENING = /^---[ \t]*\r?\n/;

/**
 * Reads one article file (YAML frontmatter + Markdown body) and checks every field.
 * YAML's core schema keeps `2026-02-30` a string, so an impossible day is caught
 * here instead of silently rolling over into March.
 */
export function parseArticleFile(text: string, file: string, id: string): Article {
  const source = cleanText(text);
  const match = FRONTMATTER.exec(source);
  if (!match) {
    if (OPENING.test(source)) {
      throw new ContentError({ file, line: 1 }, 'the frontmatter that starts on line 1 has no closing "---" line.', 'Add a line with only --- after the last field (published: …), before the article\'s text.');
    }
    throw new ContentError({ file, line: 1 }, source.trim() === '' ? 'is empty: it has no frontmatter and no text.' : 'has no frontmatter.', 'Start the file with a "---" line, the fields (title, outlet, published …), and another "---" line.');
  }
  const yaml = match[1] ?? '';
  const lines = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lines, schema: 'core' });
  if (doc.errors.length > 0) throw yamlContentError(doc.errors[0]!, yaml, lines, file, 2);
  if (!isMap(doc.contents)) {
    throw new ContentError({ file, line: 2 }, 'frontmatter is not a list of fields.', 'Write one "field: value" per line.');
  }

  const values = new Map<string, { value: unknown; line: number }>();
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const offset = isScalar(pair.key) && pair.key.range ? pair.key.range[0] : 0;
    const line = lines.linePos(offset).line + 1; // +1: the opening "---"
    if (!(FIELDS as readonly string[]).includes(key)) {
      throw new ContentError({ file, line, field: key }, 'is not a known field.', `Use only: ${FIELDS.join(', ')}.`);
    }
    values.set(key, { value: isScalar(pair.value) ? pair.value.value : pair.value, line });
  }

  const field = (name: Field, required: boolean, fix: string, valid: (text: string) => boolean = (t) => t.trim() !== ''): string | undefined => {
    const entry = values.get(name);
    if (entry === undefined || entry.value === null || entry.value === '') {
      if (required) throw new ContentError({ file, line: entry?.line, field: name }, entry === undefined ? 'is missing.' : 'is empty.', fix);
      return undefined;
    }
    const text = typeof entry.value === 'string' ? entry.value : typeof entry.value === 'number' ? String(entry.value) : undefined;
    if (text === undefined || !valid(text)) {
      throw new ContentError({ file, line: entry.line, field: name }, `has the value ${JSON.stringify(String(entry.value))}, which is not valid.`, fix);
    }
    return text;
  };

  const title = field('title', true, 'Write the headline, e.g. title: "Trump and Zelenskyy speak by phone".')!;
  const titleSource = field('title_source', false, 'Write title_source: editor when an editor wrote the title, or leave the field out.', (t) => t === 'editor' || t === 'article');
  const outlet = field('outlet', true, 'Write the outlet\'s name, or outlet: unknown.')!;
  const published = field(
    'published',
    true,
    'Write the publication date in quotes as an ISO date, e.g. published: "2026-02-25", or a date-time with offset, e.g. "2026-02-25T09:30:00+01:00".',
    isIsoDateOrDateTime,
  )!;
  const year = Number(published.slice(0, 4));
  if (year < PUBLISHED_YEARS.from || year > PUBLISHED_YEARS.to) {
    throw new ContentError(
      { file, line: values.get('published')?.line, field: 'published' },
      `has the year ${published.slice(0, 4)}, which cannot be a publication year (the site takes ${PUBLISHED_YEARS.from}–${PUBLISHED_YEARS.to}).`,
      `Write the full four-digit year, e.g. published: "2026-02-25".`,
    );
  }
  const byline = field('byline', false, 'Write the author\'s name, e.g. byline: "J. Mansour", or leave the field out.');
  const dateline = field('dateline', false, 'Write the place the article was filed from, e.g. dateline: Washington, or leave the field out.');
  const url = field('url', false, 'Write the full address starting with https://, or leave the field out if it is not known.', isHttpUrl);
  const language = field('language', false, 'Write a language tag such as en or de.', (t) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(t)) ?? 'en';

  const body = source.slice(match[0].length);
  const bodyLine = source.slice(0, match[0].length).split('\n').length;
  if (body.trim() === '') {
    throw new ContentError({ file, line: bodyLine, field: 'body' }, 'the article has no text.', 'Paste the article\'s paragraphs below the closing "---" line, or remove the file.');
  }
  if (source.length > LIMITS.articleBytes) {
    throw new ContentError({ file }, `has ${source.length.toLocaleString('en')} characters, over the limit of ${LIMITS.articleBytes.toLocaleString('en')} for one article.`, 'Split the text into several articles, or remove what is not the article\'s own text.');
  }
  const nesting = deepestNesting(body);
  if (nesting.depth > LIMITS.nestingDepth) {
    throw new ContentError(
      { file, line: bodyLine + nesting.line - 1, field: 'body' },
      `nests quotes or lists ${nesting.depth} levels deep, over the limit of ${LIMITS.nestingDepth}.`,
      'Flatten the quotes or lists on this line (news copy needs two or three levels), or indent the text less.',
    );
  }
  const long = longParagraph(body, LIMITS.paragraphCharacters);
  if (long !== undefined) {
    throw new ContentError(
      { file, line: bodyLine + long - 1, field: 'body' },
      `the paragraph starting on this line has more than ${LIMITS.paragraphCharacters.toLocaleString('en')} characters.`,
      'Split it into paragraphs with a blank line between them, as the article has them.',
    );
  }
  const crowded = crowdedParagraph(body, { paragraph: LIMITS.marksPerParagraph, article: LIMITS.marksPerArticle });
  if (crowded !== undefined) {
    const [marks, escaped] = crowded.kind === 'emphasis' ? ['emphasis marks (* or _)', '\\* and \\_'] : ['link brackets ([)', '\\['];
    throw new ContentError(
      { file, line: bodyLine + crowded.line - 1, field: 'body' },
      crowded.scope === 'paragraph'
        ? `has more than ${LIMITS.marksPerParagraph} ${marks} in the paragraph starting on this line.`
        : `has more than ${LIMITS.marksPerArticle.toLocaleString('en')} ${marks} in the article by this line.`,
      crowded.scope === 'paragraph'
        ? `Escape the ones that are plain text as ${escaped}, or split the paragraph with blank lines.`
        : `Escape the ones that are plain text as ${escaped}, or split the text into several articles.`,
    );
  }

  return {
    id,
    file,
    title,
    titleSource: titleSource === 'editor' ? 'editor' : 'article',
    outlet,
    published,
    language,
    body,
    ...(byline === undefined ? {} : { byline }),
    ...(dateline === undefined ? {} : { dateline }),
    ...(url === undefined ? {} : { url }),
  };
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
