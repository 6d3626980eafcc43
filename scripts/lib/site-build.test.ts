import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isBuildStale } from './site-build.ts';

describe('isBuildStale', () => {
  let root = '';
  const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, seconds));

  function write(relative: string, time: Date): void {
    const file = path.join(root, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, '');
    utimesSync(file, time, time);
    // Folder times count too (a deleted file changes them), so age every folder made here.
    for (let dir = path.dirname(file); dir !== root; dir = path.dirname(dir)) utimesSync(dir, at(0), at(0));
  }

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'site-build-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is stale when nothing was built', () => {
    write('src/pages/index.astro', at(1));
    expect(isBuildStale(root)).toBe(true);
  });

  it('is fresh when the build is newer than every source', () => {
    write('src/pages/index.astro', at(1));
    write('content/articles/a.md', at(2));
    write('dist/index.html', at(3));
    expect(isBuildStale(root)).toBe(false);
  });

  it('is stale when a source deep in a folder changed after the build', () => {
    write('src/pages/index.astro', at(1));
    write('dist/index.html', at(3));
    write('content/articles/new.md', at(4));
    expect(isBuildStale(root)).toBe(true);
  });
});
