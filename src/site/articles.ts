import { articlesPagePath } from '../exports/site-url.ts';
import { compareStrings } from '../pipeline/order.ts';
import type { ArticleReport } from '../pipeline/types.ts';
import { formatPublished } from './format.ts';

/** Newest publication first; same day: the later time, then by title, so the order never depends on input order. */
export function newestFirst<T extends Pick<ArticleReport, 'published' | 'title'>>(articles: readonly T[]): T[] {
  return [...articles].sort(
    (a, b) => compareStrings(b.published.slice(0, 10), a.published.slice(0, 10)) || compareStrings(b.published, a.published) || compareStrings(a.title, b.title),
  );
}

const DESCRIPTION_LENGTH = 160;

/** A share and search-result description: the article's opening sentence, cut at a word. */
export function articleDescription(article: Pick<ArticleReport, 'sentences' | 'outlet' | 'title'>): string {
  const opening = article.sentences.find((s) => s.block !== 'heading')?.text ?? `${article.title}, as reported by ${article.outlet}.`;
  if (opening.length <= DESCRIPTION_LENGTH) return opening;
  const cut = opening.slice(0, DESCRIPTION_LENGTH - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), DESCRIPTION_LENGTH / 2)).trimEnd()}…`;
}

/** Articles on one page of the sources index: about 12 KB gzipped, well within the 30 KB page budget. */
export const ARTICLES_PER_PAGE = 500;

export interface ArticlesPage<T> {
  /** From 1. */
  number: number;
  /** Site path: `articles/`, `articles/page/2/`… */
  path: string;
  articles: T[];
}

/** The sources index cut into pages, newest first; always at least one page. */
export function articlesPages<T extends Pick<ArticleReport, 'published' | 'title'>>(articles: readonly T[], perPage = ARTICLES_PER_PAGE): ArticlesPage<T>[] {
  const sorted = newestFirst(articles);
  const count = Math.max(1, Math.ceil(sorted.length / perPage));
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, path: articlesPagePath(i + 1), articles: sorted.slice(i * perPage, (i + 1) * perPage) }));
}

/** Where the chronology stands: the publication day of the latest article, as ISO and in words. */
export function asOf(articles: readonly Pick<ArticleReport, 'published' | 'title'>[]): { day: string; text: string } | undefined {
  const latest = newestFirst(articles)[0];
  return latest && { day: latest.published.slice(0, 10), text: formatPublished(latest.published) };
}
