/**
 * Reads the development corpus (tests/fixtures/corpus) the way an editor would add it:
 * each text goes through `ingestArticle` with its metadata from articles.yaml, and the
 * resulting content file is read back as the pipeline's Article — in memory, nothing is
 * written to content/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ingestArticle } from '../../src/ingest/ingest.ts';
import { parseArticleFile } from '../../src/pipeline/parse/article-file.ts';
import type { Article } from '../../src/pipeline/types.ts';
import type { Gold } from './corpus-score.ts';

interface CorpusMeta {
  file: string;
  title: string;
  outlet: string;
  byline: string | null;
  published: string;
  form: string;
}

export interface Corpus {
  /** Gold source file → its article. */
  articles: Map<string, Article>;
  gold: Gold;
  /** The held-out source files (split.yaml). */
  heldOut: Set<string>;
}

export function readCorpus(dir: string): Corpus {
  const metas = (parse(readFileSync(join(dir, 'articles.yaml'), 'utf8')) as { articles: CorpusMeta[] }).articles;
  const articles = new Map<string, Article>();
  for (const meta of metas) {
    const id = meta.file.replace(/\.txt$/, '');
    const ingested = ingestArticle(readFileSync(join(dir, 'articles', meta.file), 'utf8'), {
      format: 'text',
      id,
      title: meta.title,
      // The table says which texts carry no headline of their own; for those the title is the editors'.
      titleSource: /no headline/.test(meta.form) ? 'editor' : 'article',
      outlet: meta.outlet,
      published: String(meta.published),
      ...(meta.byline ? { byline: meta.byline } : {}),
    });
    articles.set(meta.file, parseArticleFile(ingested.document, join(dir, 'articles', meta.file), id));
  }
  const gold = parse(readFileSync(join(dir, 'expected-timeline.yaml'), 'utf8')) as Gold;
  // A corpus without split.yaml (the sealed own corpus) has no held-out part.
  const split = join(dir, 'split.yaml');
  const heldOut = new Set(existsSync(split) ? (parse(readFileSync(split, 'utf8')) as { held_out: string[] }).held_out : []);
  return { articles, gold, heldOut };
}

/** Words of a text in 6-word runs, to recognise an article after ingest reformatted it. */
function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const runs = new Set<string>();
  for (let i = 0; i + 6 <= words.length; i += 1) runs.add(words.slice(i, i + 6).join(' '));
  return runs;
}

/** Which article each source text became (the one sharing most of its wording), by source file name. */
export function articlesOfSources(sources: Map<string, string>, articles: Article[]): Map<string, Article> {
  const runs = articles.map((a) => ({ article: a, runs: shingles(a.body) }));
  const found = new Map<string, Article>();
  for (const [file, text] of sources) {
    let best: { article: Article; shared: number } | undefined;
    for (const { article, runs: theirs } of runs) {
      let shared = 0;
      for (const run of shingles(text)) if (theirs.has(run)) shared += 1;
      if (!best || shared > best.shared) best = { article, shared };
    }
    if (best && best.shared > 0) found.set(file, best.article);
  }
  return found;
}
