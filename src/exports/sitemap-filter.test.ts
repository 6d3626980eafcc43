import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isIndexablePage, readHead, sitemapFilter } from './sitemap-filter.ts';

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

describe('sitemapFilter', () => {
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

  it('reads each page under the base path from the out dir', () => {
    const keep = sitemapFilter(dir, '/site/');
    expect(['https://x.org/site/', 'https://x.org/site/events/new-id/'].filter(keep)).toHaveLength(2);
    expect(keep('https://x.org/site/events/old-id/')).toBe(false);
    expect(keep('https://x.org/site/kinds/call/')).toBe(false);
    expect(keep('https://x.org/site/rss.xml')).toBe(false);
    expect(keep('https://x.org/elsewhere/')).toBe(false);
  });

  it('works at the root base', () => {
    expect(sitemapFilter(dir, '/')('https://x.org/events/new-id/')).toBe(true);
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
