import { resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parseArticleFile } from '../pipeline/parse/article-file.ts';
import { readArticleSources } from '../pipeline/parse/content-files.ts';

/**
 * Loads `<content>/articles/*.md` with the pipeline's own reader and parser instead of
 * Astro's glob(): the same checks as `npm run events` (file names, encoding, size), YAML
 * read without turning `2026-02-30` into a Date, and errors that name the file, the line,
 * the field and the fix. Files starting with `_` are drafts and are skipped.
 */
export function articleLoader(options: { content: string }): Loader {
  return {
    name: 'dateline-articles',
    async load({ store, parseData, generateDigest, config, logger }) {
      const root = new URL('.', config.root).pathname;
      const seen = new Set<string>();
      // DATELINE_CONTENT may be absolute.
      for (const { id, file, source } of readArticleSources(resolve(root, options.content), root)) {
        const { body, file: _file, id: _id, ...meta } = parseArticleFile(source, file, id);
        const data = await parseData({ id, data: { ...meta }, filePath: file });
        store.set({ id, data, body, filePath: file, digest: generateDigest(source) });
        seen.add(id);
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      logger.info(`${seen.size} articles`);
    },
  };
}
