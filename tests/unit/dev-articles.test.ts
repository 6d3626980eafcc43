// The development sets' reader names the file, the article and the field a mistake is in.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEntityDevArticles } from '../../scripts/lib/entity-score.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function setFile(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dev-articles-'));
  dirs.push(dir);
  const file = join(dir, 'set.yaml');
  writeFileSync(file, yaml);
  return file;
}

describe('readDevArticles', () => {
  it('reads a well-formed set', () => {
    const file = setFile('articles:\n  - id: a\n    split: tuning\n    published: 2031-02-12\n    text: Kerr met Nasser in Muscat.\n    events:\n      - quote: met Nasser\n');
    expect(readEntityDevArticles(file).map((a) => a.id)).toEqual(['a']);
  });

  it('names the article whose quote is not in its text', () => {
    const file = setFile('articles:\n  - id: a\n    split: tuning\n    published: 2031-02-12\n    text: Kerr met Nasser in Muscat.\n    events:\n      - quote: met Hamad\n');
    expect(() => readEntityDevArticles(file)).toThrow(/set\.yaml, article 1 \(a\): the quote “met Hamad” is not in its text/);
  });

  it('names a split that is neither tuning nor held-out', () => {
    const file = setFile('articles:\n  - id: a\n    split: test\n    published: 2031-02-12\n    text: Kerr met Nasser.\n    events: []\n');
    expect(() => readEntityDevArticles(file)).toThrow(/article 1 \(a\): split must be tuning or held-out, not test/);
  });
});
