import { compareStrings } from '../pipeline/order.ts';
import type { ArticleReport } from '../pipeline/types.ts';

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
