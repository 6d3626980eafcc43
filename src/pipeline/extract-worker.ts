// A worker thread of buildTimelineInParallel (parallel.ts): loads the pipeline at once,
// then reads the shares of articles it is sent with the last gazetteer sent, exactly as
// buildTimeline would, and sends back what each yields; when asked, merges one family of
// reports, sends its clusters, then describes those this thread takes, says it is free, and
// describes those of the other thread's clusters it is then sent that it takes (merge-in-parts.ts).
// Its clock (stage-clock.ts) laps each stage, waiting included, and is sent when asked.
import { enableCompileCache } from 'node:module';
import { parentPort } from 'node:worker_threads';
import type { Gazetteer } from './entities/gazetteer.ts';
import type { Stages } from './stage-clock.ts';
import type { FamilyDescribed, FamilyMerge, FamilyMerged, HereToDescribe } from './merge-in-parts.ts';
import type { Article } from './types.ts';
import type { ArticleExtraction, PreparedExtraction } from './events/article-extraction.ts';

export type ToWorker = { gazetteer: Gazetteer } | { index: number; articles: Article[] } | { merge: FamilyMerge } | { here: HereToDescribe } | 'stages' | null;
export type FromWorker = 'ready' | { index: number; extracted: ArticleExtraction[] } | { merged: FamilyMerged } | { described: FamilyDescribed } | { describedHere: FamilyDescribed } | { stages: Stages };

enableCompileCache();
const { threadStages: clock } = await import('./stage-clock.ts');
const { extractArticle, extractionContext } = await import('./events/article-extraction.ts');
const { mergeFamily } = await import('./timeline.ts');
const { markFree } = await import('./merge-in-parts.ts');
const port = parentPort!;
let context: PreparedExtraction | undefined;
let family: ReturnType<typeof mergeFamily> | undefined;
const send = (message: FromWorker): void => port.postMessage(message);
const all = (next: () => FamilyDescribed[number] | undefined): FamilyDescribed => {
  const described: FamilyDescribed = [];
  for (let d = next(); d !== undefined; d = next()) described.push(d);
  return described;
};
port.on('message', (message: ToWorker) => {
  clock.lap('waiting');
  if (message === null) port.close();
  else if (message === 'stages') send({ stages: clock.read() });
  else if ('gazetteer' in message) {
    context = extractionContext(message.gazetteer);
    clock.lap('gazetteer');
  } else if ('articles' in message) {
    send({ index: message.index, extracted: message.articles.map((article) => extractArticle(article, context!)) });
    clock.lap('reading');
  } else if ('merge' in message) {
    family = mergeFamily(message.merge);
    send({ merged: family.merged });
    clock.lap('sending the clusters');
    const described = all(family.describeNext);
    markFree(message.merge);
    send({ described });
    clock.lap('describing');
  } else {
    send({ describedHere: all(family!.describeHereNext(message.here)) });
    clock.lap('describing');
  }
});
clock.lap('loading');
send('ready');
