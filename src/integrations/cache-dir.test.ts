import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkOrCopy } from './cache-dir.ts';

describe('linkOrCopy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cache-dir-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const [old, fresh, target] = ['old.png', 'new.png', 'site.png'].map((name) => join(dir, name)) as [string, string, string];
  writeFileSync(old, 'old card');
  writeFileSync(fresh, 'new card');

  it('links the cached file into the site', () => {
    linkOrCopy(old, target);
    expect(statSync(target).ino).toBe(statSync(old).ino);
  });

  it('replaces a file already there without writing through it into the cache file it links to', () => {
    linkOrCopy(fresh, target);
    expect(readFileSync(target, 'utf8')).toBe('new card');
    expect(readFileSync(old, 'utf8')).toBe('old card');
  });
});
