import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runIngestCli } from './cli.ts';

const seed = fileURLToPath(new URL('../../tests/fixtures/seeds/004_dc1560fb2344031c.txt', import.meta.url));
const editorTitle = ['--title', 'Trump and Putin speak by phone', '--title-source', 'editor'];

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  copyFileSync(seed, join(cwd, 'article.txt'));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runIngestCli(argv, { cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

describe('ingest CLI', () => {
  it('writes content/articles/<id>.md, prints its path to stdout and the report to stderr', () => {
    const result = run('article.txt', '--published', '2025-02-12', ...editorTitle);
    expect(result).toMatchObject({ code: 0, stdout: 'content/articles/2025-02-12-trump-putin-speak-phone.md\n' });
    expect(result.stderr).toContain('ingest article.txt → 2025-02-12-trump-putin-speak-phone');
    expect(readFileSync(join(cwd, 'content/articles/2025-02-12-trump-putin-speak-phone.md'), 'utf8')).toMatch(/^---\ntitle: "Trump and Putin speak by phone"\ntitle_source: editor\n/u);
  });

  it('names the file and the flag when --published is missing', () => {
    const result = run('article.txt', ...editorTitle);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('ingest: article.txt: no publication date: pass --published YYYY-MM-DD (the day the outlet published it)\n');
  });

  it('rejects a day that does not exist', () => {
    const result = run('article.txt', '--published', '2026-02-30', ...editorTitle);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/article\.txt: --published "2026-02-30" is not a real calendar day/u);
  });

  it('says which file is missing', () => {
    const result = run('missing.txt', '--published', '2026-02-25');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/missing\.txt: no such file/u);
  });

  it('refuses to overwrite unless --force', () => {
    expect(run('article.txt', '--published', '2025-02-12', ...editorTitle).code).toBe(0);
    const again = run('article.txt', '--published', '2025-02-12', ...editorTitle);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/2025-02-12-trump-putin-speak-phone\.md already exists: pass --force/u);
    expect(run('article.txt', '--published', '2025-02-12', ...editorTitle, '--force').code).toBe(0);
  });

  it('asks for an editor title when the article has no headline', () => {
    const result = run('article.txt', '--published', '2025-02-12');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no headline.*--title "…" --title-source editor/u);
  });

  it('rejects unknown flags and a bad --title-source with usage help', () => {
    expect(run('article.txt', '--publshed', '2025-02-12')).toMatchObject({ code: 2, stderr: expect.stringContaining('usage:') });
    expect(run('article.txt', '--published', '2025-02-12', '--title', 'T', '--title-source', 'desk').stderr).toMatch(/--title-source must be/u);
  });

  it('sniffs HTML without an .html extension', () => {
    writeFileSync(join(cwd, 'saved-page'), '<!DOCTYPE html><html><body><article><h1>Envoys Meet in Geneva Again</h1><p>Envoys met in Geneva on Thursday for a second round of talks, officials said, and agreed to meet again in March.</p></article></body></html>');
    const result = run('saved-page', '--published', '2026-02-26', '--out', 'out');
    expect(result.code).toBe(0);
    expect(existsSync(join(cwd, 'out/2026-02-26-envoys-meet-geneva-again.md'))).toBe(true);
  });
});

describe('scripts/ingest.ts', () => {
  it('runs under Node with its exit code and streams', () => {
    const script = fileURLToPath(new URL('../../scripts/ingest.ts', import.meta.url));
    const ok = spawnSync(process.execPath, [script, 'article.txt', '--published', '2025-02-12', ...editorTitle], { cwd, encoding: 'utf8' });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toBe('content/articles/2025-02-12-trump-putin-speak-phone.md\n');
    const failed = spawnSync(process.execPath, [script, 'article.txt'], { cwd, encoding: 'utf8' });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/--published/u);
  });
});
