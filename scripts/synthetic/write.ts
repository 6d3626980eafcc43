import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/pipeline/types.ts';

/** One article as an editor would write it: `<dir>/articles/<id>.md`. */
export function writeArticle(dir: string, article: Article): void {
  const frontmatter = [`title: ${JSON.stringify(article.title)}`, `outlet: ${JSON.stringify(article.outlet)}`, `published: "${article.published}"`, `language: ${article.language}`];
  writeFileSync(join(dir, 'articles', `${article.id}.md`), `---\n${frontmatter.join('\n')}\n---\n${article.body}`);
}

/** A whole content folder (articles and gazetteer), replacing whatever was there. */
export function writeContent(dir: string, corpus: { articles: Article[]; gazetteer: string }): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  writeFileSync(join(dir, 'gazetteer.yaml'), corpus.gazetteer);
  for (const article of corpus.articles) writeArticle(dir, article);
}
