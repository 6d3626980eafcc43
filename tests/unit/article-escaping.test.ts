/**
 * An article is untrusted text: built through the real `astro build`, a hostile title and
 * body come out as text on the article page (and the sources page), never as markup.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, expect, it } from 'vitest';

const work = mkdtempSync(path.join(tmpdir(), 'dateline-hostile-article-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const HOSTILE = `---
title: "Talks </script><script>alert('title')</script> in Geneva"
outlet: "<b>Outlet</b>"
published: 2026-02-25
---

Delegations met in Geneva on Thursday. <script>alert('body')</script>

<img src="https://tracker.example/pixel.png" onerror="alert('img')">

Read [the statement](javascript:alert('link')) and \\</script\\> as text.
`;

it('escapes the title and drops raw HTML, handlers and javascript: links from the built article page', () => {
  const content = path.join(work, 'content');
  const dist = path.join(work, 'dist');
  cpSync('content', content, { recursive: true, filter: (source) => !source.includes(`${path.sep}articles${path.sep}`) });
  writeFileSync(path.join(content, 'articles', 'hostile.md'), HOSTILE);
  const result = spawnSync('node_modules/.bin/astro', ['build'], {
    encoding: 'utf8',
    env: { ...process.env, DATELINE_CONTENT: content, DATELINE_OUT_DIR: dist, NO_COLOR: '1' },
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);

  const titleAt = { 'articles/hostile/index.html': 'main h1', 'articles/index.html': 'main a[href$="/articles/hostile/"]' };
  for (const [page, title] of Object.entries(titleAt)) {
    const html = readFileSync(path.join(dist, page), 'utf8');
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('script, img, b').length, `elements from the article in ${page}`).toBe(0);
    const attributes = [...document.querySelectorAll('*')].flatMap((element) => [...element.attributes]);
    expect(attributes.filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)).map((a) => a.name), page).toEqual([]);
    expect(html, page).not.toContain('tracker.example');
    expect(document.querySelector(title)?.textContent, page).toBe("Talks </script><script>alert('title')</script> in Geneva");
  }
  const { document } = parseHTML(readFileSync(path.join(dist, 'articles/hostile/index.html'), 'utf8'));
  expect(document.title).toBe("Talks </script><script>alert('title')</script> in Geneva · Dateline");
  const link = [...document.querySelectorAll('.article-body a')].find((a) => a.textContent === 'the statement');
  expect(link?.hasAttribute('href'), 'a javascript: link keeps its text, not its address').toBe(false);
  expect(document.querySelector('.article-body')?.textContent).toContain('</script> as text.');
});
