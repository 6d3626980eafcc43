// A worker thread of buildTimelineInParallel (../parallel.ts): reads the shares of articles it
// is sent, exactly as buildTimeline would, and sends back what each yields; then, when asked,
// merges and describes one family of reports (../merge-in-parts.ts).
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { Gazetteer } from '../entities/gazetteer.ts';
import type { FamilyMerge, FamilyMerged } from '../merge-in-parts.ts';
import type { Article } from '../types.ts';

export type ToWorker = { index: number; articles: Article[] } | { merge: FamilyMerge } | null;
export type FromWorker = 'ready' | { index: number; extracted: import('./article-extraction.ts').ArticleExtraction[] } | { merged: FamilyMerged };

enableCompileCache();
const { extractArticle, extractionContext } = await import('./article-extraction.ts');
const { mergeAndDescribe } = await import('../timeline.ts');
const { gazetteer } = workerData as { gazetteer: Gazetteer };
const port = parentPort!;
const context = extractionContext(gazetteer);
const send = (message: FromWorker): void => port.postMessage(message);
port.on('message', (message: ToWorker) => {
  if (message === null) port.close();
  else if ('articles' in message) {
    send({ index: message.index, extracted: message.articles.map((article) => extractArticle(article, context)) });
  } else send({ merged: mergeAndDescribe(message.merge) });
});
send('ready');
