import { describe, expect, it } from 'vitest';
import type { Sentence } from '../pipeline/types.ts';
import { articleDescription, articlesPages, asOf, newestFirst } from './articles.ts';

const sentence = (text: string, block: Sentence['block'] = 'paragraph'): Sentence => ({ index: 0, text, start: 0, end: text.length, block, blockIndex: 0 });

describe('newestFirst', () => {
  it('orders by publication day, then time, then title, newest first', () => {
    const articles = [
      { title: 'B', published: '2026-02-25' },
      { title: 'Old', published: '2025-02-12' },
      { title: 'A', published: '2026-02-25' },
      { title: 'Late', published: '2026-02-25T23:30:00-05:00' },
      { title: 'Early', published: '2026-02-25T08:00:00-05:00' },
    ];
    expect(newestFirst(articles).map((a) => a.title)).toEqual(['Late', 'Early', 'A', 'B', 'Old']);
  });
});

describe('articleDescription', () => {
  it('is the first sentence that is not a heading', () => {
    expect(articleDescription({ title: 'T', outlet: 'O', sentences: [sentence('Quick Looks', 'heading'), sentence('Talks began.')] })).toBe('Talks began.');
  });

  it('cuts a long opening at a word and marks the cut', () => {
    const long = `${'word '.repeat(60)}end.`;
    const description = articleDescription({ title: 'T', outlet: 'O', sentences: [sentence(long)] });
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description).toMatch(/word…$/);
  });

  it('falls back to the title and outlet when the article has no sentence', () => {
    expect(articleDescription({ title: 'Talks', outlet: 'Reuters', sentences: [] })).toBe('Talks, as reported by Reuters.');
  });
});

describe('articlesPages', () => {
  const articles = Array.from({ length: 7 }, (_, i) => ({ title: `A${i}`, published: `2026-01-0${i + 1}` }));

  it('cuts the index newest first into pages of at most perPage, the first at articles/', () => {
    const pages = articlesPages(articles, 3);
    expect(pages.map((p) => [p.number, p.path, p.articles.map((a) => a.title)])).toEqual([
      [1, 'articles/', ['A6', 'A5', 'A4']],
      [2, 'articles/page/2/', ['A3', 'A2', 'A1']],
      [3, 'articles/page/3/', ['A0']],
    ]);
  });

  it('has one page, possibly empty, when all fit', () => {
    expect(articlesPages(articles).map((p) => p.articles.length)).toEqual([7]);
    expect(articlesPages([])).toEqual([{ number: 1, path: 'articles/', articles: [] }]);
  });
});

describe('asOf', () => {
  it('is the publication day of the latest article, whatever the order given', () => {
    const articles = [
      { published: '2026-02-17', title: 'b' },
      { published: '2026-02-25T09:30:00+01:00', title: 'a' },
      { published: '2025-11-24', title: 'c' },
    ];
    expect(asOf(articles)).toEqual({ day: '2026-02-25', text: '25 February 2026' });
    expect(asOf([])).toBeUndefined();
  });
});
