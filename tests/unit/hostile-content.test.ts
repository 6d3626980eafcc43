/**
 * Odd but acceptable input beside the real content: control characters, a byte-order mark,
 * bidirectional overrides, CRLF line ends, a name in Unicode NFD, a `.MD` and a `.markdown` file. Nothing of the real
 * content is lost or overwritten, and no output carries a character XML 1.0 or iCalendar forbids, or one that reorders the text after it.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { eventsCalendar } from '../../src/exports/ics.ts';
import { eventsDocument } from '../../src/exports/events-json.ts';
import { eventsFeed } from '../../src/exports/rss.ts';
import { siteRoot } from '../../src/exports/site-url.ts';
import { readArticles, readContentExtras } from '../../src/pipeline/read-content.ts';
import { buildTimeline } from '../../src/pipeline/timeline.ts';
import type { Timeline } from '../../src/pipeline/types.ts';

const work = mkdtempSync(join(tmpdir(), 'dateline-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const CONTROL = '\u0000\u0001\u0007\u0008\u000B\u000C\u001B\u007F\u0085\uFFFE\u202E\u2067';
/** A forbidden character, as itself or as a JSON escape. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]|\\u(?:000[0-8bce-f]|001[0-9a-f]|007f|00[89][0-9a-f]|fff[ef]|202[a-e]|206[6-9])/iu;
const article = (title: string, body: string) => `---\ntitle: "${title}"\noutlet: Test Wire\npublished: "2026-02-26"\n---\n${body}`;

const HOSTILE: Record<string, string | Buffer> = {
  'control-characters.md': article(`Talks${CONTROL} resume`, `Zelenskyy held a call${CONTROL} with Trump on Wednesday.\n\nUmerov met Witkoff in Geneva on Thursday.${CONTROL}\n`),
  'byte-order-mark.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article('With a BOM', 'Putin and Trump spoke by phone on Tuesday.\n'))]),
  'crlf-line-ends.md': article('CRLF', 'Peskov said the talks would go on in Geneva on March 5.\n').replace(/\n/g, '\r\n'),
  'Zu\u0308rich-nfd.md': article('NFD name', 'Kushner met Umerov in Geneva on Monday.\n'),
  'UPPER-CASE.MD': article('Upper case', 'Trump spoke with Zelenskyy on February 20.\n'),
  'long-extension.markdown': article('Markdown', 'Witkoff arrived in Moscow on Friday.\n'),
};

function timelineOf(extra: Record<string, string | Buffer>): Timeline {
  const content = join(work, `content-${Object.keys(extra).length}`);
  cpSync('content', content, { recursive: true });
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(content, 'articles', name), text);
  return buildTimeline(readArticles(content, work), readContentExtras(content));
}

const plain = timelineOf({});
const hostile = timelineOf(HOSTILE);

describe('content with odd but acceptable input beside it', () => {
  it('reads every odd file, under its NFC name', () => {
    const added = hostile.articles.map((a) => a.id).filter((id) => !plain.articles.some((p) => p.id === id));
    expect(added.sort()).toEqual(['UPPER-CASE', 'Z\u00FCrich-nfd', 'byte-order-mark', 'control-characters', 'crlf-line-ends', 'long-extension'].sort());
    expect(hostile.articles.find((a) => a.id === 'byte-order-mark')?.title).toBe('With a BOM');
  });

  it('loses and overwrites nothing: every article, event id and source of the real content is still there', () => {
    const byId = new Map(hostile.events.map((e) => [e.id, e]));
    for (const report of plain.articles) expect(hostile.articles.find((a) => a.id === report.id), report.id).toMatchObject({ title: report.title, body: report.body });
    for (const event of plain.events) {
      const same = byId.get(event.id);
      expect(same, `event ${event.id}`).toBeDefined();
      for (const source of event.sources) expect(same!.sources.map((s) => s.article), `sources of ${event.id}`).toContain(source.article);
    }
    const ids = hostile.events.map((e) => e.id);
    expect(new Set(ids).size, 'no event id twice').toBe(ids.length);
    expect(hostile.events.length).toBeGreaterThan(plain.events.length);
  });

  it('passes no control character to RSS, iCalendar or events.json, and the feed is well-formed XML', async () => {
    const root = siteRoot('https://example.org', '/');
    const rss = await eventsFeed(hostile, root, 'Dateline');
    const ics = eventsCalendar(hostile, root, 'Dateline');
    const json = eventsDocument(hostile, root);
    for (const [name, text] of Object.entries({ rss, ics, json })) expect(FORBIDDEN.exec(text), name).toBeNull();
    expect(() => new XMLParser().parse(rss)).not.toThrow();
    expect(JSON.stringify(hostile), 'the timeline every page reads').not.toMatch(FORBIDDEN);
  });
});
