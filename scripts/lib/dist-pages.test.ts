import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles, listPages, pagePath } from './dist-pages.ts';

describe('pagePath', () => {
  it('maps index files to their directory URL and keeps other HTML files', () => {
    expect(pagePath('index.html')).toBe('');
    expect(pagePath('events/a/index.html')).toBe('events/a/');
    expect(pagePath('404.html')).toBe('404.html');
  });
});

describe('listPages', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dist-pages-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  for (const file of ['index.html', 'b/index.html', 'a/index.html', '404.html', 'og/x.png', 'events.json']) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), '');
  }

  it('lists every HTML file under the out dir in a stable order', () => {
    expect(listPages(dir)).toEqual([
      { file: '404.html', path: '404.html' },
      { file: 'a/index.html', path: 'a/' },
      { file: 'b/index.html', path: 'b/' },
      { file: 'index.html', path: '' },
    ]);
    expect(listFiles(dir)).toContain('og/x.png');
  });
});
