/**
 * The frontmatter of a content article, written by hand so that every string (and above all
 * `published`) is a double-quoted YAML scalar: unquoted, YAML would turn a date into a Date
 * and silently roll an invalid day such as 2026-02-30 over to March.
 */
import type { ArticleMeta } from '../pipeline/types.ts';

export type ArticleFrontmatter = Omit<ArticleMeta, 'id'>;

/** JSON string syntax is a subset of YAML's double-quoted scalars. */
function quoted(value: string): string {
  return JSON.stringify(value);
}

export function renderFrontmatter(meta: ArticleFrontmatter): string {
  const lines = [`title: ${quoted(meta.title)}`];
  if (meta.titleSource === 'editor') lines.push('title_source: editor');
  lines.push(`outlet: ${quoted(meta.outlet)}`, `published: ${quoted(meta.published)}`);
  if (meta.byline !== undefined) lines.push(`byline: ${quoted(meta.byline)}`);
  if (meta.dateline !== undefined) lines.push(`dateline: ${quoted(meta.dateline)}`);
  if (meta.url !== undefined) lines.push(`url: ${quoted(meta.url)}`);
  lines.push(`language: ${meta.language}`);
  return `---\n${lines.join('\n')}\n---\n`;
}
