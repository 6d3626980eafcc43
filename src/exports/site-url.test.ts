import { describe, expect, it } from 'vitest';
import { absoluteUrl, eventPath, rootRelative, siteRoot } from './site-url.ts';

describe('siteRoot', () => {
  it('joins a root base', () => {
    expect(siteRoot('https://example.org', '/')).toBe('https://example.org/');
    expect(siteRoot(new URL('https://example.org/'), '')).toBe('https://example.org/');
  });

  it('joins a non-root base with or without slashes', () => {
    for (const base of ['/dateline/', '/dateline', 'dateline', 'dateline/']) {
      expect(siteRoot('https://example.org', base)).toBe('https://example.org/dateline/');
    }
  });

  it('keeps a path already in the site URL and does not double it', () => {
    expect(siteRoot('https://example.github.io/proj/', '/dateline/')).toBe('https://example.github.io/proj/dateline/');
    expect(siteRoot('https://example.org//', '//dateline//')).toBe('https://example.org/dateline/');
  });
});

describe('absoluteUrl', () => {
  it('resolves against a root base', () => {
    const root = siteRoot('https://example.org', '/');
    expect(absoluteUrl(root, eventPath('2026-03-01-geneva-talks'))).toBe('https://example.org/events/2026-03-01-geneva-talks/');
    expect(absoluteUrl(root, '/sitemap-index.xml')).toBe('https://example.org/sitemap-index.xml');
  });

  it('stays under a non-root base even for paths with a leading slash', () => {
    const root = siteRoot('https://example.org', '/dateline/');
    expect(absoluteUrl(root, eventPath('x'))).toBe('https://example.org/dateline/events/x/');
    expect(absoluteUrl(root, '/og/x.png')).toBe('https://example.org/dateline/og/x.png');
    expect(rootRelative(root, 'og/x.png')).toBe('/dateline/og/x.png');
  });
});
