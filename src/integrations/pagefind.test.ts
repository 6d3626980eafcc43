import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexedPart, indexKey, MAX_SHARD_PAGES, readIndexed, searchedFiles, searchShards } from './pagefind.ts';

const site = mkdtempSync(join(tmpdir(), 'dateline-search-'));
const write = (path: string, html: string) => {
  mkdirSync(dirname(join(site, path)), { recursive: true });
  writeFileSync(join(site, path), html);
};
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('indexKey over searchedFiles', () => {
  write('index.html', '<main><h1>Timeline</h1></main>');
  write('events/index.html', '<main>not an event</main>');
  write('events/geneva-talks/index.html', '<main><h1>Talks in Geneva</h1></main>');
  write('events/old-id/index.html', '<meta name="robots" content="noindex, follow" /><main><h1>This event has moved</h1></main>');
  write('articles/witkoff-trip/index.html', '<main><h1>Witkoff travels</h1></main>');
  write('people/donald-trump/index.html', '<main><h1>Donald Trump</h1></main>');

  it('covers each event and article page, not lists, other sections or redirects', () => {
    const { indexed } = indexKey('packages', searchedFiles(site));
    expect(indexed.map((p) => p.url)).toEqual(['/events/geneva-talks/', '/articles/witkoff-trip/']);
    expect(readIndexed(indexed[0]!).content).toContain('Talks in Geneva');
  });

  it('keeps its key while the searched text is the same, and changes it with a page, a redirect or the packages', () => {
    const { key } = indexKey('packages', searchedFiles(site));
    expect(indexKey('packages', searchedFiles(site)).key).toBe(key);
    expect(indexKey('other packages', searchedFiles(site)).key).not.toBe(key);
    write('people/donald-trump/index.html', '<main><h1>Donald J. Trump</h1></main>');
    expect(indexKey('packages', searchedFiles(site)).key).toBe(key);
    write('articles/witkoff-trip/index.html', '<main><h1>Witkoff travels to Geneva</h1></main>');
    const edited = indexKey('packages', searchedFiles(site)).key;
    expect(edited).not.toBe(key);
    write('events/old-id/index.html', '<main><h1>Back again</h1></main>');
    expect(indexKey('packages', searchedFiles(site)).key).not.toBe(edited);
    write('events/old-id/index.html', '<meta name="robots" content="noindex, follow" /><main><h1>This event has moved</h1></main>');
    write('articles/witkoff-trip/index.html', '<main><h1>Witkoff travels</h1></main>');
    expect(indexKey('packages', searchedFiles(site)).key).toBe(key);
  });
});

describe('indexedPart', () => {
  it('keeps the title and <main>, without the header, navigation and footer around it', () => {
    const page = '<!doctype html><html lang="en"><head><title>Talks · Dateline</title><meta name="description" content="d"></head><body><header><nav>Timeline</nav></header><main id="main"><h1 data-pagefind-meta="title">Talks</h1></main><footer>RSS</footer></body></html>';
    expect(indexedPart(page)).toBe('<html lang="en"><head><title>Talks · Dateline</title></head><body><main id="main"><h1 data-pagefind-meta="title">Talks</h1></main></body></html>');
  });
});

describe('searchShards', () => {
  const file = (url: string) => ({ url, file: `${url}index.html` });
  const names = (urls: string[]): [string, string[]][] => [...searchShards(urls.map(file))].map(([name, files]) => [name, files.map((f) => f.url)]);

  it('puts each page in the year its id begins with, events and articles together, the rest in "other"', () => {
    expect(names(['/events/2026-02-25-geneva-talks/', '/events/1994-memorandum/', '/articles/2026-02-24-witkoff-trip/', '/articles/witkoff-trip/', '/events/20260-odd/'])).toEqual([
      ['1994', ['/events/1994-memorandum/']],
      ['2026', ['/events/2026-02-25-geneva-talks/', '/articles/2026-02-24-witkoff-trip/']],
      ['other', ['/articles/witkoff-trip/', '/events/20260-odd/']],
    ]);
  });

  it('splits a year with more than MAX_SHARD_PAGES pages by month, and keeps a page of that year without a month in the year', () => {
    const busy = Array.from({ length: MAX_SHARD_PAGES + 1 }, (_, i) => `/events/2025-${String((i % 12) + 1).padStart(2, '0')}-${i}-talks/`);
    const shards = names([...busy, '/events/2025-budget/', '/events/2024-01-01-call/']);
    expect(shards.map(([name]) => name)).toEqual(['2024', '2025', ...Array.from({ length: 12 }, (_, m) => `2025-${String(m + 1).padStart(2, '0')}`)]);
    expect(shards[1]).toEqual(['2025', ['/events/2025-budget/']]);
    expect(shards.slice(2).reduce((sum, [, urls]) => sum + urls.length, 0)).toBe(busy.length);
  });
});
