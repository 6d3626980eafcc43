/**
 * The article checks are wired into the real build: `astro build` over content with a bad
 * article stops, naming the file, the field and the fix (the parser's own tests cover
 * every case; this proves the build does not swallow them).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(path.join(tmpdir(), 'dateline-bad-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds the site from the real gazetteer and corrections (or `extras`, e.g. another corrections.yaml) and `articles`. */
function buildWith(articles: Record<string, string>, extras: Record<string, string> = {}) {
  const content = path.join(work, 'content');
  rmSync(content, { recursive: true, force: true });
  cpSync('content', content, { recursive: true, filter: (source) => !source.includes(`${path.sep}articles${path.sep}`) });
  for (const [name, text] of Object.entries(articles)) writeFileSync(path.join(content, 'articles', name), text);
  for (const [name, text] of Object.entries(extras)) writeFileSync(path.join(content, name), text);
  const result = spawnSync('node_modules/.bin/astro', ['build'], {
    encoding: 'utf8',
    env: { ...process.env, DATELINE_CONTENT: content, DATELINE_OUT_DIR: path.join(work, 'dist'), NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('astro build over bad content', () => {
  it('fails on an article without `published`, naming the file, the field and what to write', () => {
    const { status, output } = buildWith({
      'no-date.md': '---\ntitle: Talks in Geneva\noutlet: unknown\n---\n\nDelegations met in Geneva on Thursday.\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain('no-date.md');
    expect(output).toMatch(/published/);
    expect(output).toMatch(/2026-02-25|YYYY-MM-DD/);
  }, 180_000); // an astro build: three times what a loaded machine takes

  it('fails on an impossible day such as 2026-02-30', () => {
    const { status, output } = buildWith({
      'bad-day.md': '---\ntitle: Talks in Geneva\noutlet: unknown\npublished: 2026-02-30\n---\n\nDelegations met in Geneva on Thursday.\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain('bad-day.md');
    expect(output).toMatch(/2026-02-30/);
  }, 180_000); // an astro build: three times what a loaded machine takes

  it('fails on two files that would have one page, naming both', () => {
    const article = '---\ntitle: Talks in Geneva\noutlet: unknown\npublished: "2026-02-25"\n---\n\nDelegations met in Geneva on Thursday.\n';
    const { status, output } = buildWith({ 'geneva talks.md': article, 'geneva-talks.md': article });
    expect(status).not.toBe(0);
    expect(output).toMatch(/geneva-talks\.md would have the same page as .*geneva talks\.md/);
  }, 180_000); // an astro build: three times what a loaded machine takes
});

describe('astro build over content with warnings', () => {
  it('prints the timeline’s warnings as npm run events does: an unused correction, an undated report', () => {
    const { status, output } = buildWith(
      { 'talks.md': '---\ntitle: Talks in Geneva\noutlet: unknown\npublished: "2026-02-25"\n---\n\nTrump and Zelenskyy held a call.\n' },
      { 'corrections.yaml': '- event: 2020-01-01-nobody-call\n  hide: true\n' },
    );
    expect(status, output).toBe(0);
    expect(output).toContain('[dateline] warning [unused-correction] ');
    expect(output).toMatch(/corrections\.yaml:1: this correction \(hide 2020-01-01-nobody-call\) no longer matches any event/);
    expect(output).toMatch(/\[dateline\] warning \[undated-report\] .*no date in the text; dated by its article's publication date \(2026-02-25\)/);
  }, 180_000); // an astro build: three times what a loaded machine takes
});
