// A worker thread of buildTimelineInParallel (../parallel.ts): loads the pipeline at once,
// then reads the shares of articles it is sent with the last gazetteer sent, exactly as
// buildTimeline would, and sends back what each yields; when asked, merges one family of
// reports, sends its clusters, then describes those this thread takes (../merge-in-parts.ts).
import { enableCompileCache } from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { Gazetteer } from '../entities/gazetteer.ts';
import type { FamilyDescribed, FamilyMerge, FamilyMerged } from '../merge-in-parts.ts';
import type { Article } from '../types.ts';
import type { ArticleExtraction, PreparedExtraction } from './article-extraction.ts';

export type ToWorker = { gazetteer: Gazetteer } | { index: number; articles: Article[] } | { merge: FamilyMerge } | null;
export type FromWorker = 'ready' | { index: number; extracted: ArticleExtraction[] } | { merged: FamilyMerged } | { described: FamilyDescribed };

enableCompileCache();
const { extractArticle, extractionContext } = await import('./article-extraction.ts');
const { mergeFamily } = await import('../timeline.ts');
const port = parentPort!;
let context: PreparedExtraction | undefined;
const send = (message: FromWorker): void => port.postMessage(message);
port.on('message', (message: ToWorker) => {
  if (message === null) port.close();
  else if ('gazetteer' in message) context = extractionContext(message.gazetteer);
  else if ('articles' in message) {
    send({ index: message.index, extracted: message.articles.map((article) => extractArticle(article, context!)) });
  } else {
    const { merged, describeNext } = mergeFamily(message.merge);
    send({ merged });
    const described: FamilyDescribed = [];
    for (let d = describeNext(); d !== undefined; d = describeNext()) described.push(d);
    send({ described });
  }
});
send('ready');
