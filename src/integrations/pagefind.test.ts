import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexedPart, indexKey, readIndexed, searchedFiles } from './pagefind.ts';

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
