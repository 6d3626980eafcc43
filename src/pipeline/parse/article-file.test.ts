import { describe, expect, it } from 'vitest';
import { ContentError } from '../content-error.ts';
import { parseArticleFile } from './article-file.ts';
import { crowdedParagraph, deepestNesting, LIMITS, longParagraph } from './limits.ts';

const FILE = 'content/articles/example.md';
const article = (frontmatter: string, body = 'Leaders spoke by phone on Wednesday.\n') => `---\n${frontmatter}\n---\n${body}`;
const GOOD = 'title: "Leaders speak"\noutlet: unknown\npublished: "2026-02-25"';

function errorOf(source: string): ContentError {
  try {
    parseArticleFile(source, FILE, 'example');
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('parseArticleFile', () => {
  it('reads the fields and the body', () => {
    const parsed = parseArticleFile(article(`${GOOD}\nbyline: "J. Mansour"\ndateline: Washington\ntitle_source: editor`), FILE, 'example');
    expect(parsed).toMatchObject({ id: 'example', title: 'Leaders speak', titleSource: 'editor', outlet: 'unknown', published: '2026-02-25', byline: 'J. Mansour', dateline: 'Washington', language: 'en' });
    expect(parsed.body).toBe('Leaders spoke by phone on Wednesday.\n');
    expect(parsed.url).toBeUndefined();
  });

  it('accepts a date-time with an offset', () => {
    expect(parseArticleFile(article('title: T\noutlet: X\npublished: "2026-02-25T09:30:00+01:00"'), FILE, 'x').published).toBe('2026-02-25T09:30:00+01:00');
  });

  it('fails on a missing published date, naming the file, the field and what to write', () => {
    const error = errorOf(article('title: T\noutlet: X'));
    expect(error.message).toContain(FILE);
    expect(error.field).toBe('published');
    expect(error.message).toMatch(/published: "2026-02-25"/);
  });

  it('fails on an impossible day such as 2026-02-30, quoted or not, with its line', () => {
    for (const value of ['"2026-02-30"', '2026-02-30']) {
      const error = errorOf(article(`title: T\noutlet: X\npublished: ${value}`));
      expect(error.field).toBe('published');
      expect(error.line).toBe(4);
      expect(error.message).toContain(`${FILE}:4`);
      expect(error.message).toContain('2026-02-30');
    }
  });

  it('fails on a date-time without an offset, which would depend on the build machine', () => {
    expect(errorOf(article('title: T\noutlet: X\npublished: "2026-02-25T09:30:00"')).field).toBe('published');
  });

  it('fails on an empty body', () => {
    const error = errorOf(article(GOOD, '\n  \n'));
    expect(error.field).toBe('body');
    expect(error.message).toMatch(/no text/);
  });

  it('fails on a missing title or outlet, an unknown field, a bad url and missing frontmatter', () => {
    expect(errorOf(article('outlet: X\npublished: "2026-02-25"')).field).toBe('title');
    expect(errorOf(article('title: T\npublished: "2026-02-25"')).field).toBe('outlet');
    expect(errorOf(article(`${GOOD}\nauthor: Someone`)).message).toMatch(/"author": is not a known field\. Use only: title/);
    expect(errorOf(article(`${GOOD}\nurl: example.com/story`)).field).toBe('url');
    expect(errorOf('Just text, no frontmatter.').message).toContain(`${FILE}:1`);
  });

  it('accepts a byte-order mark before the frontmatter', () => {
    expect(parseArticleFile(`\uFEFF${article(GOOD)}`, FILE, 'x').title).toBe('Leaders speak');
  });

  it('says a frontmatter has no closing line, instead of that there is none', () => {
    expect(errorOf(`---\n${GOOD}\nLeaders spoke by phone on Wednesday.\n`).message).toBe(
      `${FILE}:1 the frontmatter that starts on line 1 has no closing "---" line. Add a line with only --- after the last field (published: …), before the article's text.`,
    );
  });

  it('names a field written twice, its line, and the fix', () => {
    expect(errorOf(article(`${GOOD}\ntitle: "Another headline"`)).message).toBe(
      `${FILE}:5 field "title": is written twice; an earlier line already sets it. Keep one "title:" line, with the right value, and delete the other.`,
    );
  });

  it.each(['0026-02-25', '0000-01-01', '0099-12-31', '1899-12-31', '2101-01-01', '9999-12-31T10:00:00Z'])('refuses the implausible publication year of %s', (published) => {
    expect(errorOf(article(`title: T\noutlet: X\npublished: "${published}"`)).message).toBe(
      `${FILE}:4 field "published": has the year ${published.slice(0, 4)}, which cannot be a publication year (the site takes 1900–2100). Write the full four-digit year, e.g. published: "2026-02-25".`,
    );
  });

  it('turns control characters in fields and body into spaces, keeping the body\'s offsets', () => {
    const parsed = parseArticleFile(article('title: "Talks\u0007 end"\noutlet: X\npublished: "2026-02-25"', 'Talks\u0000 ended\u001B.\n'), FILE, 'x');
    expect(parsed.title).toBe('Talks  end');
    expect(parsed.body).toBe('Talks  ended .\n');
  });

  it('turns bidirectional embeddings, overrides and isolates into spaces, so no title or sentence reorders the text after it', () => {
    const parsed = parseArticleFile(article('title: "Talks \u202Edne\u202C in \u2067Geneva\u2069"\noutlet: X\npublished: "2026-02-25"', 'Talks\u202A ended\u2066 on \u202B\u202D\u2068Monday.\u200F\n'), FILE, 'x');
    expect(parsed.title).toBe('Talks  dne  in  Geneva ');
    expect(parsed.body).toBe('Talks  ended  on    Monday.\u200F\n');
  });

  it('refuses quotes or lists nested beyond the limit, naming the line, before any Markdown parser sees them', () => {
    const deep = `Opening line.\n\n${'>'.repeat(100_000)} too deep\n`;
    expect(errorOf(article(GOOD, deep)).message).toBe(
      `${FILE}:8 field "body": nests quotes or lists 100000 levels deep, over the limit of ${LIMITS.nestingDepth}. Flatten the quotes or lists on this line (news copy needs two or three levels), or indent the text less.`,
    );
    const list = Array.from({ length: LIMITS.nestingDepth + 1 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
    expect(errorOf(article(GOOD, list)).line).toBe(6 + LIMITS.nestingDepth);
    expect(parseArticleFile(article(GOOD, list.split('\n').slice(0, -1).join('\n')), FILE, 'x').body).toContain('level 10');
  });

  it('refuses a paragraph crowded with emphasis marks or link brackets, naming where it starts, before the parser sees it', () => {
    const alternating = '*_'.repeat(5_000);
    expect(errorOf(article(GOOD, `Opening line.\n\nThe talks\n${alternating}\n`)).message).toBe(
      `${FILE}:8 field "body": has more than ${LIMITS.marksPerParagraph} emphasis marks (* or _) in the paragraph starting on this line. Escape the ones that are plain text as \\* and \\_, or split the paragraph with blank lines.`,
    );
    expect(errorOf(article(GOOD, `Opening line.\n${'[a]('.repeat(LIMITS.marksPerParagraph + 1)}\n`))).toMatchObject({ line: 6 });
    expect(errorOf(article(GOOD, '[a]('.repeat(LIMITS.marksPerParagraph + 1))).message).toContain('link brackets ([)');
  });

  it('parses a paragraph with marks just under the limit, and escaped marks or separate paragraphs over it', () => {
    const underLimit = '*_'.repeat(LIMITS.marksPerParagraph / 2);
    expect(parseArticleFile(article(GOOD, `${underLimit}\n`), FILE, 'x').body).toBe(`${underLimit}\n`);
    expect(parseArticleFile(article(GOOD, `${'\\*\\_'.repeat(LIMITS.marksPerParagraph)}\n`), FILE, 'x').body).toContain('\\*');
    expect(parseArticleFile(article(GOOD, `${underLimit}\n\n${underLimit}\n`), FILE, 'x').body).toContain(underLimit);
  });

  it('refuses an article whose paragraphs together hold more marks than the article limit', () => {
    const paragraph = '*_'.repeat(LIMITS.marksPerParagraph / 2);
    const paragraphs = Math.ceil(LIMITS.marksPerArticle / LIMITS.marksPerParagraph) + 1;
    const error = errorOf(article(GOOD, Array.from({ length: paragraphs }, () => paragraph).join('\n\n')));
    expect(error.message).toBe(
      `${FILE}:${6 + 2 * (paragraphs - 1)} field "body": has more than ${LIMITS.marksPerArticle.toLocaleString('en')} emphasis marks (* or _) in the article by this line. Escape the ones that are plain text as \\* and \\_, or split the text into several articles.`,
    );
  });

  it('refuses an article over the size limit', () => {
    expect(errorOf(article(GOOD, 'x'.repeat(LIMITS.articleBytes))).message).toMatch(/^content\/articles\/example\.md has [\d,]+ characters, over the limit of 2,097,152 for one article\. Split the text/);
  });
});

describe('deepestNesting', () => {
  it('counts quote and list markers and the indentation of nested items, line by line', () => {
    expect(deepestNesting('Plain text.\nMore text, - not a list.')).toEqual({ depth: 0, line: 0 });
    expect(deepestNesting('> a\n> > b\n')).toEqual({ depth: 2, line: 2 });
    expect(deepestNesting('- a\n  - b\n    - c\n1. d')).toEqual({ depth: 3, line: 3 });
    expect(deepestNesting('> - a\n>   1) b')).toEqual({ depth: 3, line: 2 });
    expect(deepestNesting('*emphasis* is not a list\n---')).toEqual({ depth: 0, line: 0 });
  });
});


describe('crowdedParagraph', () => {
  it('counts marks per paragraph, not list or quote markers opening a line', () => {
    const perParagraph = (paragraph: number) => ({ paragraph, article: 1_000 });
    expect(crowdedParagraph('*a* _b_ [c](d)', perParagraph(3))).toEqual({ kind: 'emphasis', line: 1, scope: 'paragraph' });
    expect(crowdedParagraph('*a* _b_\n\n[c](d)', perParagraph(4))).toBeUndefined();
    expect(crowdedParagraph('Intro.\n\n* one\n* two\n> * three\nand [a] [b]', perParagraph(1))).toEqual({ kind: 'link', line: 3, scope: 'paragraph' });
  });

  it('counts the marks of the whole article too, naming the line where it passes the limit', () => {
    expect(crowdedParagraph('*a*\n\n*b*\n\n*c*', { paragraph: 10, article: 5 })).toEqual({ kind: 'emphasis', line: 5, scope: 'article' });
    expect(crowdedParagraph('*a*\n\n*b*\n\n[c]', { paragraph: 10, article: 4 })).toBeUndefined();
  });
});

describe('longParagraph', () => {
  const limit = 100;
  const line = 'x'.repeat(30);
  it('names the line starting the first paragraph over the limit, line ends counted', () => {
    expect(longParagraph(`short\n\n${line}\n${line}\n${line}\n${line}\n`, limit)).toBe(3);
    expect(longParagraph(`${line}\n${line}\n${line}\n\n${line}\n${line}\n${line}\n`, limit)).toBeUndefined();
  });
  it('ends a paragraph at a line of quote markers alone, and starts one at each list item', () => {
    expect(longParagraph(`> ${line}\n> ${line}\n>\n> ${line}\n> ${line}\n`, limit)).toBeUndefined();
    expect(longParagraph(Array.from({ length: 20 }, () => `- ${line}`).join('\n'), limit)).toBeUndefined();
    expect(longParagraph(Array.from({ length: 20 }, () => `  ${line}`).join('\n'), limit)).toBe(1);
  });
});
