// `npm run bench`: pipeline throughput and memory on a synthetic corpus (fixed seed) of
// 1,000 and 10,000 articles, read on one thread (buildTimeline) and on every core
// (buildTimelineInParallel, what the site's build runs for a large corpus). Each run is a
// fresh process, so the main thread's module loading is not counted and peak memory is its
// own. On several threads the helper worker's module loading IS counted (0.5–0.8 s): the
// site overlaps it with reading the article files (src/content-loaders/articles.ts), but
// here there is nothing to overlap it with, and a figure that left it out would flatter the
// build. Goal: 10,000 articles in under 10 s on a 2-core machine, growing linearly.
// `--unknown-names 0.5`: half the people named are not in the gazetteer, so the NLP tagger
// (compromise, entities/discover.ts) reads their sentences as it reads real articles'; in the
// default corpus every name is known and the tagger is hardly run. Another corpus, another digest.
// Node's flags (package.json: the young generation the build gives) go to each run's process.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { parseCorrections } from '../src/pipeline/corrections/corrections-file.ts';
import { parseGazetteer } from '../src/pipeline/entities/gazetteer.ts';
import { buildTimelineInParallel, startHelper } from '../src/pipeline/parallel.ts';
import { type Stages, threadStages } from '../src/pipeline/stage-clock.ts';
import { generateCorpus } from './synthetic/corpus.ts';
import { scriptArgs } from './lib/args.ts';

const GOAL = { articles: 10_000, seconds: 10 };

interface Run {
  articles: number;
  threads: number;
  events: number;
  seconds: number;
  cpuSeconds: number;
  /** CPU time of the main thread alone: it reads and then assembles, so on an idle machine it is about the wall time, and under load it is the steadier figure. */
  mainCpuSeconds: number;
  peakMB: number;
  /** sha256 of the timeline's JSON: every way of building it must give the same bytes. */
  digest: string;
  /** Each thread's CPU and wall time per stage (stage-clock.ts): the main thread's, and the helper's on several threads. */
  stages: { main: Stages; helper?: Stages };
}

const { values, fail } = scriptArgs({
  name: 'bench',
  usage: 'usage: npm run bench -- [--sizes 1000,10000] [--unknown-names 0.5]\n       npm run bench -- --size N [--threads N] [--unknown-names 0.5]   (one run, one JSON line)',
  config: { options: { size: { type: 'string' }, threads: { type: 'string' }, sizes: { type: 'string', default: '1000,10000' }, 'unknown-names': { type: 'string', default: '0' } } },
});

const unknownNames = Number(values['unknown-names']);
if (!(unknownNames >= 0 && unknownNames <= 1)) fail(`--unknown-names ${values['unknown-names']}: give a share between 0 and 1 (0.5: half the people named are not in the gazetteer)`);

if (values.size) {
  const articles = Number(values.size);
  const threads = Number(values.threads ?? 1);
  const corpus = generateCorpus(articles, undefined, { unknownNames });
  const extras = { gazetteer: parseGazetteer(corpus.gazetteer, 'synthetic-gazetteer.yaml'), corrections: parseCorrections('', 'none') };
  const cpu = process.cpuUsage();
  const mainCpu = process.threadCpuUsage();
  const started = performance.now();
  threadStages.reset();
  const helper = threads > 1 ? startHelper() : undefined;
  const timeline = await buildTimelineInParallel(corpus.articles, extras, threads, helper);
  const seconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  const main = process.threadCpuUsage(mainCpu);
  const stages = { main: threadStages.read(), ...(helper ? { helper: await helper.stages() } : {}) };
  await helper?.close();
  const peakMB = (process.resourceUsage().maxRSS * 1024) / 1e6;
  const digest = createHash('sha256').update(JSON.stringify(timeline)).digest('hex');
  const run: Run = { articles, threads, events: timeline.events.length, seconds, cpuSeconds: (user + system) / 1e6, mainCpuSeconds: (main.user + main.system) / 1e6, peakMB, digest, stages };
  process.stdout.write(`${JSON.stringify(run)}\n`);
} else {
  const sizes = values.sizes.split(',').map(Number);
  const threadCounts = [...new Set([1, availableParallelism()])];
  const load = loadavg()[0]!;
  const runs = sizes.flatMap((size) =>
    threadCounts.map((threads) => {
      const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, '--size', String(size), '--threads', String(threads), '--unknown-names', String(unknownNames)], { encoding: 'utf8', maxBuffer: 1 << 24 });
      return JSON.parse(out.trim().split('\n').at(-1)!) as Run;
    }),
  );
  const print = (line = ''): boolean => process.stdout.write(`${line}\n`);
  const names = unknownNames > 0 ? `, ${Math.round(unknownNames * 100)} % of the people named unknown to the gazetteer` : '';
  print(`Synthetic corpus (fixed seed${names}); ${availableParallelism()} cores, load average ${load.toFixed(1)} when the bench started.`);
  print();
  print('| articles | threads | events | wall s | CPU s | main thread CPU s | articles/s | ms/article | peak RSS (MB) |');
  print('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of runs) {
    print(`| ${r.articles} | ${r.threads} | ${r.events} | ${r.seconds.toFixed(2)} | ${r.cpuSeconds.toFixed(2)} | ${r.mainCpuSeconds.toFixed(2)} | ${Math.round(r.articles / r.seconds)} | ${((r.seconds * 1000) / r.articles).toFixed(2)} | ${Math.round(r.peakMB)} |`);
  }
  print();
  // Where each thread's time went: on two cores, one thread's waiting is the other's critical path.
  const stageTimes = (stages: Stages): string =>
    Object.entries(stages)
      .map(([stage, { cpuMs, wallMs }]) => `${stage} ${(cpuMs / 1000).toFixed(2)}/${(wallMs / 1000).toFixed(2)}`)
      .join(', ');
  for (const r of runs.filter((run) => run.stages.helper)) {
    print(`stages, ${r.articles} articles on ${r.threads} threads (CPU s/wall s):`);
    print(`- main: ${stageTimes(r.stages.main)}`);
    print(`- helper: ${stageTimes(r.stages.helper!)}`);
  }
  print();
  const [smallest, largest] = [Math.min(...sizes), Math.max(...sizes)];
  for (const threads of threadCounts) {
    const [small, large] = [smallest, largest].map((size) => runs.find((r) => r.articles === size && r.threads === threads)!);
    const growth = large!.seconds / small!.seconds / (large!.articles / small!.articles);
    print(`growth, ${threads} thread${threads > 1 ? 's' : ''}: ${growth.toFixed(2)}× time per article from ${smallest} to ${largest} articles (1.00 = linear)`);
  }
  const sameBytes = sizes.every((size) => new Set(runs.filter((r) => r.articles === size).map((r) => r.digest)).size === 1);
  print(`same timeline on every thread count: ${sameBytes ? 'yes' : 'NO'}`);
  const atGoal = runs.filter((r) => r.articles === GOAL.articles);
  if (atGoal.length > 0) {
    const best = atGoal.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    const met = best.seconds < GOAL.seconds;
    print(`goal (${GOAL.articles} articles in under ${GOAL.seconds} s): ${met ? 'met' : 'NOT met'}, ${best.seconds.toFixed(2)} s with ${best.threads} thread${best.threads > 1 ? 's' : ''}`);
  }
  if (!sameBytes) process.exitCode = 1;
}
