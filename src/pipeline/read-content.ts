import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseCorrections, type Corrections } from './corrections/corrections-file.ts';
import { parseGazetteer, type Gazetteer } from './entities/gazetteer.ts';
import { parseArticleFile } from './parse/article-file.ts';
import type { Article } from './types.ts';

export interface ContentExtras {
  gazetteer: Gazetteer;
  corrections: Corrections;
}

/** Reads every article of a content folder, in file-name order so output never depends on the disk. */
export function readArticles(contentDir: string, cwd = process.cwd()): Article[] {
  const dir = join(contentDir, 'articles');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && !name.startsWith('_'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      return parseArticleFile(readFileSync(path, 'utf8'), relative(cwd, path), name.slice(0, -'.md'.length));
    });
}

/** Reads an optional YAML file of the content folder; an absent file is an empty one. */
export function readOptional(contentDir: string, name: string): { source: string; file: string } | undefined {
  const path = join(contentDir, name);
  try {
    return { source: readFileSync(path, 'utf8'), file: relative(process.cwd(), path) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The editors' files beside the articles: who is who, and their corrections. */
export function readContentExtras(contentDir: string): ContentExtras {
  const gazetteer = readOptional(contentDir, 'gazetteer.yaml');
  const corrections = readOptional(contentDir, 'corrections.yaml');
  return {
    gazetteer: gazetteer ? parseGazetteer(gazetteer.source, gazetteer.file) : { entities: [] },
    corrections: corrections ? parseCorrections(corrections.source, corrections.file) : { file: 'content/corrections.yaml', items: [] },
  };
}
