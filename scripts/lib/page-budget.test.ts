import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pagePath } from './dist-pages.ts';
import { largestByKind, mainText, PAGE_BUDGET_BYTES, pageKind, pageTotal, summarise, weighPages, type PageWeight } from './page-budget.ts';

const ROOT = 'https://example.org/base/';
const gz = (text: string) => gzipSync(Buffer.from(text)).length;

function weigh(files: Record<string, string>) {
  const pages = Object.keys(files).filter((file) => file.endsWith('.html')).map((file) => ({ file, path: pagePath(file) }));
  return weighPages({ files: new Set(Object.keys(files)), read: (file) => files[file] ?? '' }, pages, ROOT);
}

describe('weighPages', () => {
  const css = 'body { color: black; } '.repeat(50);
  const js = 'console.log("search");'.repeat(20);

  it('adds the gzipped stylesheets a page links to its gzipped HTML', () => {
    const html = '<html><head><link rel="stylesheet" href="/base/_astro/site.css"><link rel="icon" href="/base/favicon.svg"></head><main><h1>Hi</h1></main></html>';
    const [page] = weigh({ 'index.html': html, '_astro/site.css': css, 'favicon.svg': '<svg/>'.repeat(100) });
    expect(page).toEqual({ path: '', htmlGz: gz(html), cssGz: gz(css), jsGz: 0, needsJs: false });
  });

  it('counts script files and inline scripts, but not JSON-LD data', () => {
    const html = `<main><p>Text</p></main><script type="application/ld+json">{"@type":"Event"}</script><script type="module" src="../_astro/search.js"></script><script>${js}</script>`;
    const [page] = weigh({ 'search/index.html': html, '_astro/search.js': js });
    expect(page?.jsGz).toBe(2 * gz(js));
  });

  it('flags a page whose main content is empty without JavaScript', () => {
    const [empty, full] = weigh({
      'a/index.html': '<body><nav>Menu</nav><main id="main"><div id="app"></div><script>render()</script></main></body>',
      'b/index.html': '<main><noscript>Search needs JavaScript; browse the <a href="/base/">timeline</a>.</noscript></main>',
    });
    expect(empty?.needsJs).toBe(true);
    expect(full?.needsJs).toBe(false);
  });
});

describe('mainText', () => {
  it('keeps visible text and decodes entities', () => {
    expect(mainText('<main><h1>Talks &amp; calls</h1><!-- x --><style>p{}</style><p>in\n Geneva</p></main>')).toBe('Talks & calls in Geneva');
  });
});

describe('summarise', () => {
  const page = (path: string, htmlGz: number, extra: Partial<PageWeight> = {}): PageWeight => ({ path, htmlGz, cssGz: 1000, jsGz: 0, needsJs: false, ...extra });

  it('gives the largest page, the median and every page over budget', () => {
    const pages = [page('a/', 2000), page('b/', PAGE_BUDGET_BYTES), page('c/', 4000, { jsGz: 10 }), page('d/', 1000, { needsJs: true })];
    const summary = summarise(pages);
    expect(summary.pages).toBe(4);
    expect(summary.largest?.path).toBe('b/');
    expect(summary.median).toBe((3000 + 5000) / 2);
    expect(summary.overBudget.map((p) => p.path)).toEqual(['b/']);
    expect(summary.needingJs.map((p) => p.path)).toEqual(['d/']);
    expect(summary.withJs).toBe(1);
    expect(pageTotal(pages[1]!)).toBe(PAGE_BUDGET_BYTES + 1000);
  });

  it('measures incompressible pages honestly', () => {
    const noise = randomBytes(40 * 1024).toString('base64');
    const [big] = weigh({ 'index.html': `<main>${noise}</main>` });
    expect(summarise([big!]).overBudget).toHaveLength(1);
  });
});

describe('largestByKind', () => {
  const page = (path: string, htmlGz: number): PageWeight => ({ path, htmlGz, cssGz: 0, jsGz: 0, needsJs: false });

  it('groups pages by section and depth', () => {
    expect(['', 'events/2026-02-25-call/', 'people/anna/2024/05/', 'articles/page/2/', '404.html'].map(pageKind)).toEqual(['(home)', 'events/*', 'people/*/*/*', 'articles/*/*', '404.html']);
  });

  it('gives the heaviest page of each kind and how many there are, heaviest first', () => {
    const kinds = largestByKind([page('events/a/', 100), page('events/b/', 300), page('', 200), page('people/x/2024/', 50)]);
    expect(kinds.map(({ kind, count, largest }) => [kind, count, largest.path])).toEqual([
      ['events/*', 2, 'events/b/'],
      ['(home)', 1, ''],
      ['people/*/*', 1, 'people/x/2024/'],
    ]);
  });
});
