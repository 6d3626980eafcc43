import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterEach, describe, expect, it } from 'vitest';
import { SITEMAP_INDEX, sitemapOrder, writeSitemap } from './sitemap.ts';

const parser = new XMLParser();
const locs = (file: string, list: 'urlset' | 'sitemapindex', item: 'url' | 'sitemap'): string[] =>
  [parser.parse(readFileSync(file, 'utf8'))[list][item] ?? []].flat().map((entry: { loc: string }) => entry.loc);

describe('writeSitemap', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const fresh = () => (dir = mkdtempSync(join(tmpdir(), 'sitemap-')));

  it('splits the URLs into sitemaps of at most the limit, in order, and lists them in the index', async () => {
    fresh();
    const paths = Array.from({ length: 7 }, (_, i) => `events/e${i}/`);
    expect(await writeSitemap(paths, dir, 'https://x.org/site/', 3)).toEqual({ sitemaps: 3, urls: 7 });
    expect(readdirSync(dir).sort()).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-2.xml', SITEMAP_INDEX]);
    expect(locs(join(dir, SITEMAP_INDEX), 'sitemapindex', 'sitemap')).toEqual(['https://x.org/site/sitemap-0.xml', 'https://x.org/site/sitemap-1.xml', 'https://x.org/site/sitemap-2.xml']);
    const listed = ['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-2.xml'].map((name) => locs(join(dir, name), 'urlset', 'url'));
    expect(listed.map((urls) => urls.length)).toEqual([3, 3, 1]);
    expect(listed.flat()).toEqual(paths.map((path) => `https://x.org/site/${path}`));
  });

  it('escapes what XML needs escaped and writes the same bytes as @astrojs/sitemap did', async () => {
    fresh();
    await writeSitemap(['', 'people/o&brien/'], dir, 'https://x.org/');
    expect(readFileSync(join(dir, 'sitemap-0.xml'), 'utf8')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1" xmlns:video="http://www.google.com/schemas/sitemap-video/1.1">' +
        '<url><loc>https://x.org/</loc></url><url><loc>https://x.org/people/o&amp;brien/</loc></url></urlset>',
    );
    expect(readFileSync(join(dir, SITEMAP_INDEX), 'utf8')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://x.org/sitemap-0.xml</loc></sitemap></sitemapindex>',
    );
  });

  it('waits for the disk: many URLs arrive whole', async () => {
    fresh();
    const paths = Array.from({ length: 5_000 }, (_, i) => `articles/a-${i}/`);
    await writeSitemap(paths, dir, 'https://x.org/', 45_000);
    const urls = locs(join(dir, 'sitemap-0.xml'), 'urlset', 'url');
    expect(urls).toHaveLength(5_000);
    expect(urls.at(-1)).toBe('https://x.org/articles/a-4999/');
  });
});

describe('sitemapOrder', () => {
  it('orders paths with numbers by value, leaving its input as it was', () => {
    const paths = ['people/page/10/', 'about/', 'people/page/2/', '', 'people/'];
    expect(sitemapOrder(paths)).toEqual(['', 'about/', 'people/', 'people/page/2/', 'people/page/10/']);
    expect(paths[0]).toBe('people/page/10/');
  });
});
