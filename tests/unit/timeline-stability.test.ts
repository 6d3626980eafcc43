// Event URLs must survive new articles, and the same content must give the same bytes.
import { describe, expect, it } from 'vitest';
import { readArticles, readContentExtras } from '../../src/pipeline/read-content.ts';
import { buildTimeline } from '../../src/pipeline/timeline.ts';
import type { Article } from '../../src/pipeline/types.ts';

const articles = readArticles('content');
const extras = readContentExtras('content');

const unrelated: Article = {
  id: '2026-03-02-gaza-ceasefire-talks',
  file: 'content/articles/2026-03-02-gaza-ceasefire-talks.md',
  title: 'Ceasefire talks resume in Cairo',
  titleSource: 'article',
  outlet: 'Example Wire',
  published: '2026-03-02',
  language: 'en',
  body: 'Negotiators met in Cairo on Monday for a new round of ceasefire talks.\n\nThe mediators said the talks would continue on Wednesday.\n',
};

describe('event ids', () => {
  it('do not change when an unrelated article is added', () => {
    const before = buildTimeline(articles, extras).events.map((e) => e.id);
    const after = buildTimeline([...articles, unrelated], extras);
    const added = after.events.filter((e) => e.sources.some((s) => s.article === unrelated.id));
    expect(added.length).toBeGreaterThan(0);
    expect(after.events.filter((e) => !added.includes(e)).map((e) => e.id)).toEqual(before);
  });

  it('do not change when an article is removed, for events it did not report', () => {
    const full = buildTimeline(articles, extras);
    for (const removed of articles) {
      const rest = buildTimeline(articles.filter((a) => a !== removed), extras);
      const untouched = full.events.filter((e) => e.sources.every((s) => s.article !== removed.id)).map((e) => e.id);
      expect(rest.events.map((e) => e.id)).toEqual(expect.arrayContaining(untouched));
    }
  });

  it('are unique and made of what the event is', () => {
    const { events } = buildTimeline(articles, extras);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    const call = events.find((e) => e.kind === 'call' && e.date.start === '2026-02-25');
    expect(call?.id).toBe('2026-02-25-trump-zelenskyy-call');
    for (const e of events) expect(e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('determinism', () => {
  it('gives the same timeline, byte for byte, whatever order the articles come in', () => {
    const once = JSON.stringify(buildTimeline(articles, extras));
    const shuffled = [...articles].reverse();
    expect(JSON.stringify(buildTimeline(shuffled, extras))).toBe(once);
    expect(JSON.stringify(buildTimeline(articles, extras))).toBe(once);
  });
});
