/**
 * `npm run bench:ics [-- --articles 1000]`: how long /events.ics takes to write for a synthetic
 * timeline of that many articles (median of 5). The timeline is built once through the
 * extraction cache in .cache/pipeline/, so a second run starts at once.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { eventsCalendar } from '../src/exports/ics.ts';
import { siteRoot } from '../src/exports/site-url.ts';
import { readArticles, readContentExtras } from '../src/pipeline/read-content.ts';
import { buildTimelineCached, pipelineSourceVersion } from '../src/site/extraction-cache.ts';
import { generateCorpus } from './synthetic/corpus.ts';
import { writeContent } from './synthetic/write.ts';
import { scriptArgs } from './lib/args.ts';

const { values } = scriptArgs({ name: 'bench:ics', usage: 'usage: npm run bench:ics -- [--articles 1000]', config: { options: { articles: { type: 'string', default: '1000' } } } });
const dir = mkdtempSync(join(tmpdir(), 'dateline-ics-'));
try {
  writeContent(dir, generateCorpus(Number(values.articles)));
  const { timeline } = await buildTimelineCached(readArticles(dir), readContentExtras(dir), pipelineSourceVersion('src/pipeline'), { cacheDir: '.cache' });
  const root = siteRoot('https://example.org', '/');
  const times: number[] = [];
  let feed = '';
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    feed = eventsCalendar(timeline, root, 'Dateline');
    times.push(performance.now() - start);
  }
  if (process.env.DATELINE_ICS_OUT) writeFileSync(process.env.DATELINE_ICS_OUT, feed);
  const bytes = Buffer.byteLength(feed);
  const median = times.sort((a, b) => a - b)[2]!;
  console.log(`${values.articles} articles, ${timeline.events.length} events: events.ics ${(bytes / 1e6).toFixed(2)} MB in ${median.toFixed(0)} ms (median of 5)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
