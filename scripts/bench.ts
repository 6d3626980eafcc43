// `npm run bench`: pipeline throughput and memory on a synthetic corpus (fixed seed) of
// 1,000 and 10,000 articles. Each size runs in a fresh process so peak memory is its own.
// Goal: 10,000 articles in under 10 s on a 2-core machine, growing linearly.
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { parseCorrections } from '../src/pipeline/corrections/corrections-file.ts';
import { parseGazetteer } from '../src/pipeline/entities/gazetteer.ts';
import { buildTimeline } from '../src/pipeline/timeline.ts';
import { generateCorpus } from './synthetic/corpus.ts';

const { values } = parseArgs({ options: { size: { type: 'string' }, sizes: { type: 'string', default: '1000,10000' } } });

if (values.size) {
  const count = Number(values.size);
  const { articles, gazetteer } = generateCorpus(count);
  const extras = { gazetteer: parseGazetteer(gazetteer, 'synthetic-gazetteer.yaml'), corrections: parseCorrections('', 'none') };
  const started = performance.now();
  const timeline = buildTimeline(articles, extras);
  const seconds = (performance.now() - started) / 1000;
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ articles: count, events: timeline.events.length, seconds, peakMiB })}\n`);
} else {
  const rows = values.sizes.split(',').map((size) => {
    const out = execFileSync(process.execPath, [process.argv[1]!, '--size', size], { encoding: 'utf8', maxBuffer: 1 << 24 });
    return JSON.parse(out.trim().split('\n').at(-1)!) as { articles: number; events: number; seconds: number; peakMiB: number };
  });
  process.stdout.write('| articles | events | seconds | articles/s | µs/article | peak RSS (MiB) |\n|---:|---:|---:|---:|---:|---:|\n');
  for (const r of rows) {
    process.stdout.write(`| ${r.articles} | ${r.events} | ${r.seconds.toFixed(2)} | ${Math.round(r.articles / r.seconds)} | ${Math.round((r.seconds * 1e6) / r.articles)} | ${Math.round(r.peakMiB)} |\n`);
  }
  const [small, large] = [rows[0]!, rows.at(-1)!];
  const growth = large.seconds / small.seconds / (large.articles / small.articles);
  process.stdout.write(`\ngrowth: ${growth.toFixed(2)}× per article from ${small.articles} to ${large.articles} (1.00 = linear)\n`);
}
