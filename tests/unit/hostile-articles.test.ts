/**
 * Hostile articles, each alone in a content folder with the real gazetteer. Every one is
 * either built, with its text, title, sentences and events intact and a page that carries no
 * markup of its own, or refused with a ContentError naming the file, the line or field, and
 * what to write. Never another error (a stack trace), never an article or a report lost, and
 * never an unbounded result: sizes are checked against the input, not times.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/pipeline/content-error.ts';
import { LIMITS } from '../../src/pipeline/parse/limits.ts';
import { readArticles, readContentExtras } from '../../src/pipeline/read-content.ts';
import { buildTimeline } from '../../src/pipeline/timeline.ts';
import type { ArticleReport, Timeline } from '../../src/pipeline/types.ts';
import { articleHtml } from '../../src/site/article-html.ts';
import { shownSentences } from '../support/article-page.ts';

const work = mkdtempSync(join(tmpdir(), 'dateline-hostile-articles-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const GAZETTEER = readFileSync('content/gazetteer.yaml');

const FIELDS = 'title: "Talks in Geneva"\noutlet: Test Wire\npublished: "2026-02-26"';
const CALL = 'Trump and Zelenskyy spoke by phone on Tuesday.\n';
const article = (fields: string, body = CALL): string => `---\n${fields}\n---\n${body}`;
/** Sentences, each reporting a dated event, to at least `length` characters. */
const reports = (length: number, separator = ' '): string => {
  const sentence = 'Umerov met Witkoff in Geneva on Thursday, officials said.';
  return Array.from({ length: Math.ceil(length / (sentence.length + separator.length)) }, () => sentence).join(separator);
};

let folders = 0;
/** The timeline of a content folder holding only `files`, or what it threw. */
function attempt(files: Record<string, string | Buffer>): { timeline: Timeline } | { error: unknown } {
  const content = join(work, `content-${(folders += 1)}`);
  mkdirSync(join(content, 'articles'), { recursive: true });
  writeFileSync(join(content, 'gazetteer.yaml'), GAZETTEER);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(content, 'articles', name), text);
  try {
    return { timeline: buildTimeline(readArticles(content, work), readContentExtras(content)) };
  } catch (error) {
    return { error };
  }
}

/** The timeline of an attempt that must have built; what it threw otherwise, as the failure. */
function built(outcome: ReturnType<typeof attempt>): Timeline {
  if ('error' in outcome) throw outcome.error;
  return outcome.timeline;
}

/** The article page's body, as a document. */
function page(report: ArticleReport): { html: string; document: Document } {
  const html = articleHtml(report, (id) => ({ href: `/events/${id}/`, label: '1', title: id }));
  return { html, document: parseHTML(`<!doctype html><html><body>${html}</body></html>`).document };
}

/** What every built article must be: whole, its sentences exact, its page bounded and without markup of its own. */
function builtWhole(timeline: Timeline, id: string): ArticleReport {
  expect(timeline.articles.map((a) => a.id)).toEqual([id]);
  const report = timeline.articles[0]!;
  expect(report.sentences.length).toBeLessThanOrEqual(report.body.length);
  for (const event of timeline.events) {
    for (const quote of event.sources.flatMap((s) => s.quotes)) expect(quote.text).toBe(report.sentences[quote.sentence]!.text);
    expect(report.events).toContain(event.id);
  }
  const { html, document } = page(report);
  expect([...shownSentences(document)], 'the page shows every sentence as read').toEqual(report.sentences.map((s) => [`s-${s.index}`, s.text]));
  expect(html.length, 'page size against the text').toBeLessThan(6 * report.body.length + 10_000);
  expect(document.querySelectorAll('script, style, img, iframe, object, embed, form, div')).toHaveLength(0);
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.getAttributeNames()) expect(attribute, element.outerHTML).not.toMatch(/^on/i);
    expect(element.getAttribute('href') ?? '', element.outerHTML).not.toMatch(/^\s*(?:javascript|data|vbscript):/i);
  }
  return report;
}

interface Refused {
  text: string | Buffer;
  /** The line (`:N`) or field the error names. */
  where: RegExp;
  /** The problem and what to write, as the editor reads them. */
  says: RegExp;
}

const REFUSED: Record<string, Refused> = {
  'an empty file': { text: '', where: /:1 /, says: /is empty.*Start the file with a "---" line/ },
  'text without frontmatter': { text: CALL, where: /:1 /, says: /has no frontmatter.*Start the file with a "---" line/ },
  'frontmatter never closed': { text: `---\n${FIELDS}\n${CALL}`, where: /:1 /, says: /no closing "---" line.*Add a line with only ---/ },
  'frontmatter that is not YAML': { text: article('title: [Talks in Geneva\noutlet: Test Wire\npublished: "2026-02-26"'), where: /:\d+ /, says: /is not valid YAML.*Check quotes and indentation/ },
  'frontmatter that is a list, not fields': { text: article('- title\n- outlet'), where: /:2 /, says: /not a list of fields.*field: value/ },
  'published that is a word': { text: article('title: Talks\noutlet: Test Wire\npublished: yesterday'), where: /:4 field "published"/, says: /"yesterday".*published: "2026-02-25"/ },
  'published that is a number': { text: article('title: Talks\noutlet: Test Wire\npublished: 20260226'), where: /:4 field "published"/, says: /"20260226".*ISO date/ },
  'published on a day no calendar has': { text: article('title: Talks\noutlet: Test Wire\npublished: 2026-02-30'), where: /:4 field "published"/, says: /"2026-02-30"/ },
  'published with a two-digit year': { text: article('title: Talks\noutlet: Test Wire\npublished: "0026-02-25"'), where: /:4 field "published"/, says: /year 0026.*four-digit year/ },
  'published missing': { text: article('title: Talks\noutlet: Test Wire'), where: /field "published"/, says: /is missing.*published: "2026-02-25"/ },
  'an empty title': { text: article('title: ""\noutlet: Test Wire\npublished: "2026-02-26"'), where: /:2 field "title"/, says: /is empty.*Write the headline/ },
  'a title of spaces': { text: article('title: "   "\noutlet: Test Wire\npublished: "2026-02-26"'), where: /:2 field "title"/, says: /Write the headline/ },
  'a title that is a list': { text: article('title: [Talks, Geneva]\noutlet: Test Wire\npublished: "2026-02-26"'), where: /:2 field "title"/, says: /Write the headline/ },
  'an outlet that is true': { text: article('title: Talks\noutlet: true\npublished: "2026-02-26"'), where: /:3 field "outlet"/, says: /outlet: unknown/ },
  'tags, a field the site does not have, as a word': { text: article(`${FIELDS}\ntags: geneva`), where: /:5 field "tags"/, says: /not a known field.*Use only: title/ },
  'tags as a list': { text: article(`${FIELDS}\ntags: [geneva, talks]`), where: /:5 field "tags"/, says: /not a known field/ },
  'a field written twice': { text: article(`${FIELDS}\ntitle: Again`), where: /:5 field "title"/, says: /written twice.*delete the other/ },
  'a javascript: address as url': { text: article(`${FIELDS}\nurl: "javascript:alert(1)"`), where: /:5 field "url"/, says: /starting with https:\/\// },
  'a body of blank lines': { text: article(FIELDS, '\n   \n\n'), where: /:\d+ field "body"/, says: /has no text/ },
  'one paragraph of 2 MB': { text: article(FIELDS, `${reports(2_000_000)}\n`), where: /:6 field "body"/, says: new RegExp(`more than ${LIMITS.paragraphCharacters.toLocaleString('en')} characters.*blank line`) },
  'a file over the size limit': { text: article(FIELDS, `${reports(LIMITS.articleBytes, '\n\n')}\n`), where: /articles\/hostile\.md /, says: /over the limit.*Split the text/ },
  'lists nested 1,000 deep': { text: article(FIELDS, `${Array.from({ length: 1000 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n')}\n`), where: /:\d+ field "body"/, says: /1000 levels deep.*Flatten/ },
  'quotes nested 1,000 deep': { text: article(FIELDS, `${'> '.repeat(1000)}Deep.\n`), where: /:6 field "body"/, says: /levels deep.*Flatten/ },
  'bytes in Latin-1, not UTF-8': { text: Buffer.from(article(FIELDS, 'Talks at the caf\u00e9 in Geneva on Tuesday.\n'), 'latin1'), where: /:6 /, says: /offset \d+ \(0xE9\) is not UTF-8.*Save it again with the encoding UTF-8/ },
  'UTF-16 with its byte-order mark': { text: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article(FIELDS), 'utf16le')]), where: /:1 /, says: /offset 0 \(0xFF\) is not UTF-8/ },
};

describe('a hostile article refused', () => {
  it.each(Object.entries(REFUSED))('%s: a ContentError naming the file, the line or field, and what to write', (_, { text, where, says }) => {
    const outcome = attempt({ 'hostile.md': text });
    expect('error' in outcome, 'refused').toBe(true);
    const { error } = outcome as { error: unknown };
    expect(error).toBeInstanceOf(ContentError);
    const { message } = error as ContentError;
    expect(message).toMatch(/^\S*articles\/hostile\.md[: ]/);
    expect(message).toMatch(where);
    expect(message).toMatch(says);
    expect(message.length, 'one readable line').toBeLessThan(600);
  });

  it('two files that would have one page: an error naming both', () => {
    const outcome = attempt({ 'geneva talks.md': article(FIELDS), 'geneva-talks.md': article(FIELDS) });
    expect((outcome as { error: unknown }).error).toBeInstanceOf(ContentError);
    expect(String((outcome as { error: Error }).error.message)).toMatch(/geneva-talks\.md would have the same page as .*geneva talks\.md.*Rename one/);
  });
});

describe('a hostile article built whole', () => {
  it('a byte-order mark and CRLF line ends', () => {
    const text = `\uFEFF${article(FIELDS)}`.replace(/\n/g, '\r\n');
    const timeline = built(attempt({ 'crlf.md': text }));
    expect(builtWhole(timeline, 'crlf').title).toBe('Talks in Geneva');
    expect(timeline.events.map((e) => [e.kind, e.date.start])).toEqual([['call', '2026-02-24']]);
  });

  it('NUL bytes and control characters: spaces in their place, the report still read', () => {
    const timeline = built(attempt({ 'controls.md': article(`title: "Talks\u0000 in\u001B Geneva"\noutlet: Test Wire\npublished: "2026-02-26"`, 'Trump\u0000 and Zelenskyy\u0007 spoke by phone\u007F on Tuesday.\u0085\n') }));
    const report = builtWhole(timeline, 'controls');
    expect(report.title).toBe('Talks  in  Geneva');
    expect(JSON.stringify(timeline)).not.toMatch(/\\u00(?:0[0-8bcef]|1[0-9a-f]|7f|8[0-9a-f])/i);
    expect(timeline.events.map((e) => e.kind)).toEqual(['call']);
  });

  it('10,000 tiny sentences, in one paragraph and one a line', () => {
    for (const separator of [' ', '\n\n']) {
      const timeline = built(attempt({ 'tiny.md': article(FIELDS, `${Array.from({ length: 10_000 }, () => 'Yes.').join(separator)}\n`) }));
      expect(builtWhole(timeline, 'tiny').sentences).toHaveLength(10_000);
    }
  });

  it('paragraphs of reports: every sentence read, the events merged into one', () => {
    const body = `${reports(5_000)}\n\n${reports(10_000, '\n\n')}\n`;
    const timeline = built(attempt({ 'long.md': article(FIELDS, body) }));
    const report = builtWhole(timeline, 'long');
    expect(report.sentences.length).toBe(body.split('officials said.').length - 1);
    expect(timeline.events.map((e) => [e.kind, e.date.start])).toEqual([['meeting', '2026-02-26']]);
  });

  it('HTML, <script> and javascript: links in the Markdown: the page shows the text, no markup of its own', () => {
    const body = 'Trump and Zelenskyy spoke by phone on Tuesday. <script>alert("x")</script>\n\n<div onclick="steal()">Umerov met Witkoff in Geneva on Thursday.</div>\n\nRead [the statement](javascript:alert(1)), [this](data:text/html,x) or <a href="javascript:alert(2)">that</a>. <img src=x onerror=alert(3)>\n';
    const timeline = built(attempt({ 'markup.md': article(`title: "Talks </title><script>alert(1)</script>"\noutlet: "<b>Wire</b>"\npublished: "2026-02-26"`, body) }));
    const report = builtWhole(timeline, 'markup');
    // The title stays text: the pages escape it (tests/unit/article-escaping.test.ts builds them).
    expect(report.title).toBe('Talks </title><script>alert(1)</script>');
    const { document } = page(report);
    expect(document.body.textContent).toContain('Read the statement, this or that.');
    expect(timeline.events.map((e) => e.kind)).toEqual(['call']);
  });

  it('right-to-left text, combining marks and emoji kept as written; bidirectional overrides and isolates turned to spaces', () => {
    const title = 'محادثات في جنيف \u202Egnirts desrever\u202C — Z\u0335e\u0301lenskyy 🇺🇦👩‍👩‍👧';
    const body = 'التقى ترامب وبوتين يوم الثلاثاء. Zelenskyy and T\u0334rump spoke by phone on \u2067Tuesday 🇺🇦👩‍👩‍👧. שלום עולם.\u200F\n';
    const timeline = built(attempt({ 'scripts.md': article(`title: "${title}"\noutlet: Test Wire\npublished: "2026-02-26"`, body) }));
    const report = builtWhole(timeline, 'scripts');
    // One left open would turn round all that follows it on the page (src/pipeline/parse/text-safety.ts).
    expect(report.title).toBe(title.replace(/[\u202A-\u202E\u2066-\u2069]/g, ' '));
    expect(report.sentences.map((s) => s.text).join(' ')).toBe(body.trim().replace('\u2067', ' '));
  });

  it('a title of 5,000 characters, kept whole', () => {
    const title = 'Talks '.repeat(834).trim();
    const timeline = built(attempt({ 'long-title.md': article(`title: "${title}"\noutlet: Test Wire\npublished: "2026-02-26"`) }));
    expect(builtWhole(timeline, 'long-title').title).toBe(title);
    expect(timeline.events).toHaveLength(1);
  });

  it('one article under two names: both kept, one event citing both, no id twice', () => {
    const timeline = built(attempt({ 'copy-a.md': article(FIELDS), 'copy-b.md': article(FIELDS) }));
    expect(timeline.articles.map((a) => a.id)).toEqual(['copy-a', 'copy-b']);
    expect(timeline.events.map((e) => e.sources.map((s) => s.article))).toEqual([['copy-a', 'copy-b']]);
  });

  it('reports whose every date is unresolvable: none lost, each dated by publication or listed undated, with a warning', () => {
    const body = 'Trump and Putin spoke by phone on Blursday.\n\nZelenskyy met Macron in Paris at some point.\n\nUmerov will meet Witkoff in Geneva on the thirty-second of Smarch.\n';
    const timeline = built(attempt({ 'undatable.md': article(FIELDS, body) }));
    const report = builtWhole(timeline, 'undatable');
    const cited = new Set([...timeline.events.flatMap((e) => e.sources.flatMap((s) => s.quotes.map((q) => q.sentence))), ...timeline.undated.map((u) => u.quote.sentence)]);
    expect([...cited].sort()).toEqual(report.sentences.map((s) => s.index));
    for (const event of timeline.events) expect(event.datedByPublication, event.id).toBe(true);
    expect(timeline.warnings.filter((w) => w.code === 'undated-report')).toHaveLength(cited.size);
  });

  it('a publication date after today: taken as written (the pages never depend on the day of the build; the build warns, src/pipeline/parse/future-publication.ts)', () => {
    const timeline = built(attempt({ 'future.md': article('title: Talks\noutlet: Test Wire\npublished: "2099-02-26"') }));
    builtWhole(timeline, 'future');
    expect(timeline.events.map((e) => e.date.start)).toEqual(['2099-02-24']);
  });
});
