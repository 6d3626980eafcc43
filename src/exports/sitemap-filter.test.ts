import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isIndexablePage, isListedPage, readHead } from './sitemap-filter.ts';

describe('isIndexablePage', () => {
  it('keeps ordinary pages', () => {
    expect(isIndexablePage('<html><head><meta charset="utf-8"><meta name="description" content="noindex is a word"></head></html>')).toBe(true);
  });

  it('drops meta-refresh redirects and noindex pages, whatever the attribute order or case', () => {
    expect(isIndexablePage('<meta http-equiv="refresh" content="0;url=/events/new/">')).toBe(false);
    expect(isIndexablePage('<META CONTENT="0; url=/x/" HTTP-EQUIV=Refresh>')).toBe(false);
    expect(isIndexablePage('<meta name="robots" content="noindex, follow" />')).toBe(false);
    expect(isIndexablePage('<meta content="none" name="robots">')).toBe(false);
  });
});

describe('isListedPage', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitemap-filter-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const page = (path: string, head: string) => {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), `<!doctype html><head>${head}</head>`);
  };
  page('', '<title>Timeline</title>');
  page('events/new-id', '<title>Event</title>');
  page('events/old-id', '<meta http-equiv="refresh" content="0;url=/site/events/new-id/">');
  page('kinds/call', '<meta name="robots" content="noindex, follow">');
  writeFileSync(join(dir, 'old.html'), '<title>A page Astro names by its file</title>');

  it('reads each page from the out dir by the path Astro names it by', () => {
    expect(['', 'events/new-id/', '/events/new-id/', 'old.html'].filter((path) => isListedPage(dir, path))).toHaveLength(4);
    expect(isListedPage(dir, 'events/old-id/')).toBe(false);
    expect(isListedPage(dir, 'kinds/call/')).toBe(false);
  });

  it('leaves out routes that are not HTML pages, and the error pages (404.html, named 404/)', () => {
    writeFileSync(join(dir, 'rss.xml'), '<rss/>');
    writeFileSync(join(dir, '404.html'), '<title>Not found</title>');
    expect(isListedPage(dir, 'rss.xml')).toBe(false);
    expect(isListedPage(dir, '404/')).toBe(false);
    expect(isListedPage(dir, '404.html')).toBe(false);
  });

  it('fails, naming the file, for a page that was not built', () => {
    expect(() => isListedPage(dir, 'events/missing/')).toThrow(/events\/missing\/index\.html/);
  });
});

describe('readHead', () => {
  const dir = mkdtempSync(join(tmpdir(), 'read-head-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('reads a page up to the end of its head, however long the head', () => {
    const head = `<head><title>${'Ł'.repeat(20_000)}</title><meta http-equiv="refresh" content="0;url=/x/"></head>`;
    const text = readHead(file('long.html', `<!doctype html>${head}<body>${'x'.repeat(50_000)}</body>`));
    expect(text).toBe(`<!doctype html>${head}`);
    expect(isIndexablePage(text)).toBe(false);
  });

  it('reads the whole page when it has no head', () => {
    expect(readHead(file('bare.html', '<meta name="robots" content="noindex"><p>hi</p>'))).toBe('<meta name="robots" content="noindex"><p>hi</p>');
    expect(readHead(file('empty.html', ''))).toBe('');
  });
});
