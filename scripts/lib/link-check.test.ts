import { describe, expect, it } from 'vitest';
import { checkLinks, pageIds, pageLinks, type SiteFiles } from './link-check.ts';
import { pagePath } from './dist-pages.ts';

const ROOT = 'https://example.org/base/';

function site(pages: Record<string, string>, otherFiles: string[] = []): { files: SiteFiles; pages: { file: string; path: string }[] } {
  const files = new Set([...Object.keys(pages), ...otherFiles]);
  return {
    files: { files, read: (file) => pages[file] ?? '' },
    pages: Object.keys(pages).map((file) => ({ file, path: pagePath(file) })),
  };
}

function check(pages: Record<string, string>, otherFiles: string[] = []) {
  const { files, pages: list } = site(pages, otherFiles);
  return checkLinks(files, list, ROOT);
}

describe('pageLinks', () => {
  it('finds hrefs, srcs, srcsets, form actions, share meta and meta refresh, decoding entities', () => {
    const html = `<head><link rel="canonical" href="https://example.org/base/a/"><meta property="og:image" content="https://example.org/base/og/x.png">
      <meta http-equiv="refresh" content="0; url=/base/new/"><meta name="description" content="/not/a/link"></head>
      <a href='/base/q/?x=1&amp;y=2#s-3'>x</a><img src=pic.png srcset="a.png 1x, b.png 2x"><form action="/base/search/" method=get></form>`;
    expect(pageLinks(html).map((link) => `${link.source} ${link.url}`)).toEqual([
      'link[href] https://example.org/base/a/',
      'meta[og:image] https://example.org/base/og/x.png',
      'meta[http-equiv=refresh] /base/new/',
      'a[href] /base/q/?x=1&y=2#s-3',
      'img[src] pic.png',
      'img[srcset] a.png',
      'img[srcset] b.png',
      'form[action] /base/search/',
    ]);
  });

  it('ignores markup inside comments, scripts and styles', () => {
    const html = '<!-- <a href="/gone/"> --><script type="application/ld+json">{"x":"<a href=\\"/gone/\\">"}</script><script src="/base/app.js"></script>';
    expect(pageLinks(html).map((link) => link.url)).toEqual(['/base/app.js']);
  });
});

describe('pageIds', () => {
  it('collects ids of any element and a[name]', () => {
    expect([...pageIds('<main id="main"><li id=\'2026-x\'></li><a name="old"></a><p data-id="no"></p></main>')]).toEqual(['main', '2026-x', 'old']);
  });
});

describe('checkLinks', () => {
  it('accepts links to existing pages, files and fragments, and ignores other sites', () => {
    expect(
      check(
        {
          'index.html': '<a href="events/a/#s-1">a</a><a href="/base/og/x.png">png</a><a href="https://other.example/x/">out</a><a href="mailto:x@y.z">m</a><a href="#top">t</a><b id="top"></b>',
          'events/a/index.html': '<p id="s-1"></p><a href="../../">home</a><a href="https://example.org/base/">abs</a>',
        },
        ['og/x.png'],
      ),
    ).toEqual([]);
  });

  it('reports each broken link, page by page in the order given, with the href as written and why', () => {
    expect(
      check({
        'index.html': '<a href="events/missing/">x</a><a href="events/a">y</a><a href="events/a/#nope">z</a><img src="/elsewhere/p.png">',
        'events/a/index.html': '<meta property="og:image" content="https://example.org/base/og/a.png">',
        '404.html': '<a href="#main">skip</a>',
      }),
    ).toEqual([
      { page: '', href: 'events/missing/', reason: 'a[href]: no file for /base/events/missing/ in the build' },
      { page: '', href: 'events/a', reason: "a[href]: /base/events/a lacks the trailing slash the site's URLs have" },
      { page: '', href: 'events/a/#nope', reason: 'a[href]: no element with id "nope" on /base/events/a/' },
      { page: '', href: '/elsewhere/p.png', reason: "img[src]: /elsewhere/p.png is outside the site's base path /base/" },
      { page: 'events/a/', href: 'https://example.org/base/og/a.png', reason: 'meta[og:image]: no file for /base/og/a.png in the build' },
      { page: '404.html', href: '#main', reason: 'a[href]: no element with id "main" on /base/404.html' },
    ]);
  });

  it('decodes percent-encoded paths and fragments', () => {
    expect(check({ 'index.html': '<a href="people/j%C3%B6rg/#caf%C3%A9">x</a>', 'people/jörg/index.html': '<h1 id="café"></h1>' })).toEqual([]);
  });
});
