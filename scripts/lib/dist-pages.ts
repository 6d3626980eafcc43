/** The HTML pages of a built site (an Astro out dir), for the budget and link checks. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { compareStrings } from '../../src/pipeline/order.ts';

export interface DistPage {
  /** Path of the HTML file relative to the out dir, with `/` separators: `events/x/index.html`. */
  file: string;
  /** The page's URL path under the site root: `events/x/` (`''` for the home page, `404.html`). */
  path: string;
}

/** Every `.html` file under `outDir`, in code-unit order of its path so reports are stable. */
export function listPages(outDir: string): DistPage[] {
  return listFiles(outDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, path: pagePath(file) }));
}

/** Every file under `outDir`, relative with `/` separators, sorted. */
export function listFiles(outDir: string): string[] {
  const files: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const relative = `${prefix}${entry.name}`;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), `${relative}/`);
      else files.push(relative);
    }
  };
  walk(outDir, '');
  return files.sort(compareStrings);
}

/** `events/x/index.html` → `events/x/`; `index.html` → `''`; `404.html` stays. */
export function pagePath(file: string): string {
  return file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1');
}
