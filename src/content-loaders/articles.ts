import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parseArticleFile } from '../pipeline/parse/article-file.ts';

/**
 * Loads content/articles/*.md with the pipeline's own parser instead of Astro's glob():
 * it reads YAML without turning `2026-02-30` into a Date, and its errors name the file,
 * the line, the field and the fix. Files starting with `_` are drafts and are skipped.
 */
export function articleLoader(options: { base: string }): Loader {
  return {
    name: 'dateline-articles',
    async load({ store, parseData, generateDigest, config, logger }) {
      const root = new URL('.', config.root).pathname;
      const dir = resolve(root, options.base); // DATELINE_CONTENT may be absolute
      const names = (await readdir(dir)).filter((name) => name.endsWith('.md') && !name.startsWith('_')).sort();
      const seen = new Set<string>();
      for (const name of names) {
        const filePath = relative(root, join(dir, name));
        const source = await readFile(join(dir, name), 'utf8');
        const id = name.slice(0, -'.md'.length);
        const { body, file: _file, id: _id, ...meta } = parseArticleFile(source, filePath, id);
        const data = await parseData({ id, data: { ...meta }, filePath });
        store.set({ id, data, body, filePath, digest: generateDigest(source) });
        seen.add(id);
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      logger.info(`${seen.size} articles`);
    },
  };
}
