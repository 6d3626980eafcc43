import { getCollection } from 'astro:content';
import { buildTimeline } from '../pipeline/timeline.ts';
import { readContentExtras } from '../pipeline/read-content.ts';
import type { Article, Timeline } from '../pipeline/types.ts';
import { contentDir } from './content-dir.ts';

let timeline: Promise<Timeline> | undefined;

/**
 * The one timeline every page and export reads. Built once per build from the articles
 * collection, the gazetteer and the editors' corrections; pages never recompute it.
 */
export function getTimeline(): Promise<Timeline> {
  timeline ??= load();
  return timeline;
}

async function load(): Promise<Timeline> {
  const entries = await getCollection('articles');
  const articles: Article[] = entries.map((entry) => ({
    ...entry.data,
    id: entry.id,
    body: entry.body ?? '',
    file: entry.filePath ?? `${contentDir}/articles/${entry.id}.md`,
  }));
  return buildTimeline(articles, readContentExtras(contentDir));
}
