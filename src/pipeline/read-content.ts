import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkCorrectionNames } from './corrections/check-names.ts';
import { parseCorrections, type Corrections } from './corrections/corrections-file.ts';
import { parsePublishedIds, type PublishedIds } from './ids/published-ids.ts';
import { parseGazetteer, type Gazetteer } from './entities/gazetteer.ts';
import { parseArticleFile } from './parse/article-file.ts';
import { decodeContent, readArticleSources } from './parse/content-files.ts';
import type { Article } from './types.ts';

export interface ContentExtras {
  gazetteer: Gazetteer;
  corrections: Corrections;
  /** Ids the site has published (content/published-ids.yaml): they keep redirecting when an event's id changes. */
  publishedIds?: PublishedIds;
}

/** Reads every article of a content folder, in file-name order so output never depends on the disk. */
export function readArticles(contentDir: string, cwd = process.cwd()): Article[] {
  return readArticleSources(contentDir, cwd).map(({ id, file, source }) => parseArticleFile(source, file, id));
}

/** Reads an optional YAML file of the content folder; an absent file is an empty one. */
function readOptional(contentDir: string, name: string): { source: string; file: string } | undefined {
  const path = join(contentDir, name);
  try {
    const file = relative(process.cwd(), path);
    return { source: decodeContent(readFileSync(path), file), file };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The editors' files beside the articles, each optional. */
export const CONTENT_EXTRAS_FILES = { gazetteer: 'gazetteer.yaml', corrections: 'corrections.yaml', publishedIds: 'published-ids.yaml' } as const;

/**
 * The editors' files beside the articles: who is who, and their corrections, checked
 * against each other here so that a correction naming someone unknown fails when it is read.
 */
export function readContentExtras(contentDir: string): ContentExtras {
  const gazetteerFile = readOptional(contentDir, CONTENT_EXTRAS_FILES.gazetteer);
  const correctionsFile = readOptional(contentDir, CONTENT_EXTRAS_FILES.corrections);
  const publishedFile = readOptional(contentDir, CONTENT_EXTRAS_FILES.publishedIds);
  const gazetteer = gazetteerFile ? parseGazetteer(gazetteerFile.source, gazetteerFile.file) : { entities: [] };
  const corrections = correctionsFile ? parseCorrections(correctionsFile.source, correctionsFile.file) : { file: 'content/corrections.yaml', items: [] };
  checkCorrectionNames(corrections, gazetteer);
  return { gazetteer, corrections, ...(publishedFile ? { publishedIds: parsePublishedIds(publishedFile.source, publishedFile.file) } : {}) };
}
