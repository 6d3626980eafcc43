// A worker thread of buildTimelineInParallel (../parallel.ts): reads the shares of articles it
// is sent, exactly as buildTimeline would, and sends back what each yields.
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { Gazetteer } from '../entities/gazetteer.ts';
import type { Article } from '../types.ts';

enableCompileCache();
const { extractArticle, extractionContext } = await import('./article-extraction.ts');
const port = parentPort!;
const context = extractionContext((workerData as { gazetteer: Gazetteer }).gazetteer);
port.on('message', (share: { index: number; articles: Article[] } | null) => {
  if (share === null) port.close();
  else port.postMessage({ index: share.index, extracted: share.articles.map((article) => extractArticle(article, context)) });
});
port.postMessage('ready');
