import { join, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { TimelineEntry } from '../site/timeline.ts';
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
    async load({ store, parseData, generateDigest, config, logger, watcher }) {
      const root = new URL('.', config.root).pathname;
      // DATELINE_CONTENT may be absolute.
      const content = resolve(root, options.content);
      // `afterEdit`: the folder is read again (names are checked across files), but only files
      // whose bytes changed since this server read them are parsed again.
      const sync = async (afterEdit = false): Promise<void> => {
        const seen = new Set<string>();
        const sources = readArticleSources(content, root);
        // A large corpus's timeline starts its helper worker now, beside the parsing below.
        if (!afterEdit) await import('../site/timeline.ts').then(({ prepareTimeline }) => prepareTimeline(sources.length));
        for (const { id, file, source } of sources) {
          seen.add(id);
          const digest = generateDigest(source);
          if (afterEdit && store.get(id)?.digest === digest) continue;
          const { body, file: _file, id: _id, ...meta } = parseArticleFile(source, file, id);
          const data = await parseData({ id, data: { ...meta }, filePath: file });
          store.set({ id, data, body, filePath: file, digest });
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
        logger.info(`${seen.size} articles`);
        if (watcher) startTimeline(store.values());
      };
      // Under astro dev, the articles go to the timeline as soon as they are read, which
      // starts building it (src/site/timeline.ts).
      const startTimeline = (entries: ReturnType<LoaderContext['store']['values']>): void => {
        import('../site/timeline.ts')
          // Checked by the schema on the way into the store: the collection's own entries.
          .then(({ publishArticles }) => publishArticles(entries as TimelineEntry[]))
          // A page asking for the same timeline reports the error where the editor looks.
          .catch(() => undefined);
      };
      await sync();
      // Under astro dev: an added, edited or deleted article is read again (unchanged ones
      // keep their digest, so pages see only what changed).
      const articles = join(content, 'articles');
      watcher?.add(articles);
      const onChange = (path: string) => {
        if (path.startsWith(articles) && path.endsWith('.md')) sync(true).catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher?.on(event, onChange);
    },
  };
}
