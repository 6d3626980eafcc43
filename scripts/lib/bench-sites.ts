/**
 * The reference sites of `npm run bench:site`: a bare Astro site and a Hugo site, each with
 * `pages` pages of about the size of a Dateline event page (a title, paragraphs and a list
 * of links) and one layout, so the comparison is what a generator costs per page.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const PARAGRAPH = 'Negotiators met again on Tuesday, officials said, and agreed to continue the talks next week in the same city. Both sides described the meeting as constructive.';

function fresh(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}

export function bareAstroSite(dir: string, pages: number): void {
  fresh(dir);
  mkdirSync(path.join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro', private: true, type: 'module' }));
  writeFileSync(path.join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ outDir: './out', build: { format: 'directory' } });\n");
  writeFileSync(
    path.join(dir, 'src', 'pages', '[n].astro'),
    `---
export const getStaticPaths = () => Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i) } }));
const { n } = Astro.params;
const paragraphs = Array.from({ length: 12 }, () => ${JSON.stringify(PARAGRAPH)});
---
<html lang="en"><head><meta charset="utf-8" /><title>Page {n}</title></head>
<body><main><h1>Page {n}</h1>{paragraphs.map((p) => <p>{p}</p>)}
<ul>{Array.from({ length: 10 }, (_, i) => <li><a href={\`/\${(Number(n) + i + 1) % ${pages}}/\`}>Page {i}</a></li>)}</ul></main></body></html>
`,
  );
}

export function hugoSite(dir: string, pages: number): void {
  fresh(dir);
  writeFileSync(path.join(dir, 'hugo.toml'), "baseURL = 'http://localhost/'\ntitle = 'bench'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404']\n");
  mkdirSync(path.join(dir, 'layouts', '_default'), { recursive: true });
  const layout = '<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main><h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range first 10 .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main></body></html>\n';
  writeFileSync(path.join(dir, 'layouts', '_default', 'single.html'), layout);
  writeFileSync(path.join(dir, 'layouts', '_default', 'list.html'), layout);
  writeFileSync(path.join(dir, 'layouts', 'index.html'), layout);
  mkdirSync(path.join(dir, 'content', 'pages'), { recursive: true });
  const body = Array.from({ length: 12 }, () => PARAGRAPH).join('\n\n');
  // The home page and the section's list page are pages too.
  for (let i = 0; i < Math.max(1, pages - 2); i += 1) writeFileSync(path.join(dir, 'content', 'pages', `p${i}.md`), `---\ntitle: "Page ${i}"\n---\n${body}\n`);
}
