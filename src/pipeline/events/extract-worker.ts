// A worker thread of buildTimelineInParallel (../parallel.ts): loads the pipeline at once,
// then reads the shares of articles it is sent with the last gazetteer sent, exactly as
// buildTimeline would, and sends back what each yields; when asked, merges and describes
// one family of reports (../merge-in-parts.ts).
import { enableCompileCache } from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { Gazetteer } from '../entities/gazetteer.ts';
import type { FamilyMerge, FamilyMerged } from '../merge-in-parts.ts';
import type { Article } from '../types.ts';
import type { ArticleExtraction, PreparedExtraction } from './article-extraction.ts';

export type ToWorker = { gazetteer: Gazetteer } | { index: number; articles: Article[] } | { merge: FamilyMerge } | null;
export type FromWorker = 'ready' | { index: number; extracted: ArticleExtraction[] } | { merged: FamilyMerged };

enableCompileCache();
const { extractArticle, extractionContext } = await import('./article-extraction.ts');
const { mergeAndDescribe } = await import('../timeline.ts');
const port = parentPort!;
let context: PreparedExtraction | undefined;
const send = (message: FromWorker): void => port.postMessage(message);
port.on('message', (message: ToWorker) => {
  if (message === null) port.close();
  else if ('gazetteer' in message) context = extractionContext(message.gazetteer);
  else if ('articles' in message) {
    send({ index: message.index, extracted: message.articles.map((article) => extractArticle(article, context!)) });
  } else send({ merged: mergeAndDescribe(message.merge) });
});
send('ready');
