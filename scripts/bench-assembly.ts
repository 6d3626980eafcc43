/**
 * `npm run bench:assembly`: the wall after reading, alone. The bench corpus (the seed of
 * `npm run bench`) is read once and what each article yields kept in a file (`--cache`; delete
 * it when reading changes), then each round assembles it on two threads as the bench does
 * (assembleInParallel: the helper merges the largest family while this thread merges and
 * describes the rest) and tells each thread's CPU and wall per stage, and the timeline's digest:
 * the digest is the bench's (`--size 10000 --threads 2`), so a change to assembly that keeps it
 * keeps the timeline. A 10k bench run spends most of its time reading; this measures the part
 * after in a few seconds a round, which the loaded machine leaves steadier than one 10k run.
 * The first round's merging code is as cold as the bench's; later rounds show it warm.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { parseCorrections } from '../src/pipeline/corrections/corrections-file.ts';
import { parseGazetteer } from '../src/pipeline/entities/gazetteer.ts';
import type { ArticleExtraction } from '../src/pipeline/events/article-extraction.ts';
import { assembleInParallel, extractInParallel, startHelper } from '../src/pipeline/parallel.ts';
import { type Stages, threadStages } from '../src/pipeline/stage-clock.ts';
import { inIdOrder } from '../src/pipeline/timeline.ts';
import { generateCorpus } from './synthetic/corpus.ts';
import { scriptArgs } from './lib/args.ts';

const { values, fail } = scriptArgs({
  name: 'bench:assembly',
  usage: 'usage: npm run bench:assembly -- [--size 10000] [--rounds 3] [--unknown-names 0.5] [--cache /tmp/assembly-10000.bin]',
  config: { options: { size: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '3' }, 'unknown-names': { type: 'string', default: '0' }, cache: { type: 'string' } } },
});
const [size, rounds, unknownNames] = [Number(values.size), Number(values.rounds), Number(values['unknown-names'])];
if (!(Number.isInteger(size) && size > 0)) fail(`--size ${values.size}: give a whole number of articles`);
if (!(Number.isInteger(rounds) && rounds > 0)) fail(`--rounds ${values.rounds}: give a whole number of rounds`);
if (!(unknownNames >= 0 && unknownNames <= 1)) fail(`--unknown-names ${values['unknown-names']}: give a share between 0 and 1`);
const cache = values.cache ?? `/tmp/assembly-${size}-${unknownNames}.bin`;

const corpus = generateCorpus(size, undefined, { unknownNames });
const gazetteer = parseGazetteer(corpus.gazetteer, 'synthetic-gazetteer.yaml');
const extras = { gazetteer, corrections: parseCorrections('', 'none') };
const ordered = inIdOrder(corpus.articles);
if (!existsSync(cache)) writeFileSync(cache, serialize(await extractInParallel(ordered, gazetteer, 2)));
const kept = readFileSync(cache);

/** Each stage's time in `after` less that in `before`, in seconds, CPU/wall. */
function spent(before: Stages, after: Stages): Record<string, string> {
  return Object.fromEntries(
    Object.entries(after).map(([stage, { cpuMs, wallMs }]) => [stage, `${((cpuMs - (before[stage]?.cpuMs ?? 0)) / 1000).toFixed(2)}/${((wallMs - (before[stage]?.wallMs ?? 0)) / 1000).toFixed(2)}`]),
  );
}

const helper = startHelper();
await helper.loaded;
for (let round = 0; round < rounds; round += 1) {
  const extracted = deserialize(kept) as ArticleExtraction[]; // assembly joins names in place: each round its own copy
  const helperBefore = await helper.stages();
  threadStages.reset();
  const started = performance.now();
  const timeline = await assembleInParallel(ordered, extras, extracted, helper);
  const seconds = (performance.now() - started) / 1000;
  const main = threadStages.read();
  const helperStages = spent(helperBefore, await helper.stages());
  const digest = createHash('sha256').update(JSON.stringify(timeline)).digest('hex');
  process.stdout.write(`${JSON.stringify({ round, seconds: +seconds.toFixed(2), digest: digest.slice(0, 8), main: spent({}, main), helper: helperStages })}\n`);
}
await helper.close();
