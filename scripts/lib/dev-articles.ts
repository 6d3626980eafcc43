/**
 * The development sets of our own (tests/fixtures/dev-articles/*.yaml): short reports, each
 * with what it should give, split into tuning and held-out before any rule was tuned on them.
 * Read and checked here, built into one timeline with an empty gazetteer, and printed by split.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { parseCorrections } from '../../src/pipeline/corrections/corrections-file.ts';
import { parseGazetteer } from '../../src/pipeline/entities/gazetteer.ts';
import { buildTimeline } from '../../src/pipeline/timeline.ts';
import type { Timeline, TimelineEvent } from '../../src/pipeline/types.ts';
import { scriptArgs } from './args.ts';

export interface DevArticle {
  id: string;
  split: 'tuning' | 'held-out';
  published: string;
  /** The headline, where the set tests what only a headline says; else the id stands for it. */
  title?: string;
  text: string;
}

const SPLITS = ['tuning', 'held-out'] as const;

/**
 * A set's articles, each checked for its fields and for every phrase its gold quotes
 * (`quotesOf`) being in its text; `check` adds the set's own checks, throwing with `where`.
 */
export function readDevArticles<A extends DevArticle>(file: string, quotesOf: (article: A) => string[], check?: (article: A, where: string) => void): A[] {
  const articles = (parse(readFileSync(file, 'utf8')) as { articles?: A[] } | null)?.articles;
  if (!Array.isArray(articles)) throw new Error(`${file}: no \`articles:\` list; see the header of the file for its fields`);
  for (const [i, article] of articles.entries()) {
    const where = `${file}, article ${i + 1} (${article.id ?? 'no id'})`;
    if (!article.id || !article.text || !article.published) throw new Error(`${where}: needs id, published and text`);
    if (!(SPLITS as readonly string[]).includes(article.split)) throw new Error(`${where}: split must be tuning or held-out, not ${String(article.split)}`);
    for (const quote of quotesOf(article)) {
      if (!article.text.includes(quote)) throw new Error(`${where}: the quote “${quote}” is not in its text; copy it from the text exactly`);
    }
    check?.(article, where);
  }
  return articles;
}

/** The timeline of a set's articles, read as one outlet's with an empty gazetteer: no name is known beforehand. */
export function devTimeline(articles: DevArticle[]): Timeline {
  return buildTimeline(
    articles.map((a) => ({ id: a.id, file: `dev/${a.id}.md`, title: a.title ?? a.id, titleSource: 'editor' as const, outlet: 'Dev Wire', published: String(a.published), language: 'en', body: a.text })),
    { gazetteer: parseGazetteer('', 'empty-gazetteer.yaml'), corrections: parseCorrections('', 'none') },
  );
}

export function citesQuote(event: TimelineEvent, article: string, quote: string): boolean {
  return event.sources.some((s) => s.article === article && s.quotes.some((q) => q.text.includes(quote)));
}

export function eventsCiting(timeline: Timeline, article: string, quote: string): TimelineEvent[] {
  return timeline.events.filter((e) => citesQuote(e, article, quote));
}

/**
 * `npm run score:…`: a line of figures per split; `--verbose` lists the tuning split's misses
 * only, since the held-out split is measured, never tuned on; `--only tuning` prints the tuning
 * split alone, so work in progress never shows a held-out figure.
 */
export function printDevScore<A extends DevArticle, S>(articles: A[], score: (articles: A[]) => S, format: (split: string, score: S, verbose: boolean) => string): void {
  // scripts/score-events.ts is `npm run score:events`.
  const name = path.basename(process.argv[1] ?? 'score', '.ts').replace('-', ':');
  const { values, fail } = scriptArgs({
    name,
    usage: `usage: npm run ${name} -- [--only tuning|held-out] [--verbose]`,
    config: { options: { verbose: { type: 'boolean', short: 'v', default: false }, only: { type: 'string' } } },
  });
  if (values.only !== undefined && !(SPLITS as readonly string[]).includes(values.only)) fail(`--only ${values.only}: give tuning or held-out`);
  for (const split of SPLITS.filter((s) => values.only === undefined || s === values.only)) {
    process.stdout.write(`${format(split, score(articles.filter((a) => a.split === split)), values.verbose && split === 'tuning')}\n`);
  }
}
