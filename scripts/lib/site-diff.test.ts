import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteDifferences } from './site-diff.ts';

describe('siteDifferences', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'site-diff-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const site = (name: string, files: Record<string, string>) => {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(work, name, file)), { recursive: true });
      writeFileSync(path.join(work, name, file), text);
    }
    return path.join(work, name);
  };

  it('finds nothing between identical sites, and names each file that differs or is missing, with where', () => {
    const same = { 'index.html': '<p>a</p>', 'events/x/index.html': 'line one\nbuilt at 10:00\n' };
    expect(siteDifferences(site('a', same), site('b', same))).toEqual([]);
    const first = site('c', { ...same, 'old.txt': 'x' });
    const second = site('d', { ...same, 'events/x/index.html': 'line one\nbuilt at 10:01\n', 'og/x.png': 'png' });
    expect(siteDifferences(first, second)).toEqual([
      { file: 'events/x/index.html', reason: 'first difference at offset 22: "built at 10:00" vs "built at 10:01"' },
      { file: 'og/x.png', reason: `only in ${second}` },
      { file: 'old.txt', reason: `only in ${first}` },
    ]);
  });
});
