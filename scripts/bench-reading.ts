/**
 * `npm run bench:reading`: the CPU this thread spends reading the synthetic bench corpus's
 * articles (extractArticle: sentences, names, dates, events; no merging, no describing), a
 * round at a time, and a digest of what was read. The bench's stage clock gives reading's CPU
 * of a whole 10k run; this gives it in seconds of machine time, per round, for the lever being
 * tried: thread CPU (not wall) is what a loaded machine leaves steady. A warm-up corpus is
 * read first (the bench reads 5,000 articles a thread), then each round reads a corpus of its
 * own seed, the bench's first: a corpus read twice would find the memos of its first reading.
 * Two versions of the reader agree when their digests do.
 */
import { createHash } from 'node:crypto';
import { parseGazetteer } from '../src/pipeline/entities/gazetteer.ts';
import { extractArticle, extractionContext } from '../src/pipeline/events/article-extraction.ts';
import { generateCorpus } from './synthetic/corpus.ts';
import { scriptArgs } from './lib/args.ts';

const { values, fail } = scriptArgs({
  name: 'bench:reading',
  usage: 'usage: npm run bench:reading -- [--size 500] [--rounds 3] [--unknown-names 0.5]',
  config: { options: { size: { type: 'string', default: '500' }, rounds: { type: 'string', default: '3' }, 'unknown-names': { type: 'string', default: '0' } } },
});
const [size, rounds, unknownNames] = [Number(values.size), Number(values.rounds), Number(values['unknown-names'])];
if (!(Number.isInteger(size) && size > 0)) fail(`--size ${values.size}: give a whole number of articles`);
if (!(Number.isInteger(rounds) && rounds > 0)) fail(`--rounds ${values.rounds}: give a whole number of rounds`);
if (!(unknownNames >= 0 && unknownNames <= 1)) fail(`--unknown-names ${values['unknown-names']}: give a share between 0 and 1`);

/** Reads every article of the corpus once: this thread's CPU seconds reading, and the digest of what was read (made after the clock stops). */
function readAll(corpus: ReturnType<typeof generateCorpus>): { cpuSeconds: number; digest: string } {
  const prepared = extractionContext(parseGazetteer(corpus.gazetteer, 'synthetic-gazetteer.yaml'));
  const from = process.threadCpuUsage();
  const read = corpus.articles.map((article) => extractArticle(article, prepared));
  const used = process.threadCpuUsage(from);
  const hash = createHash('sha256');
  for (const { found, entities, affiliations } of read) hash.update(JSON.stringify({ found, entities, affiliations }));
  return { cpuSeconds: (used.user + used.system) / 1e6, digest: hash.digest('hex').slice(0, 16) };
}

/** The synthetic corpus's own seed (scripts/synthetic/corpus.ts); the warm-up's is far from the rounds'. */
const BENCH_SEED = 20260225;
const WARM_UP_SEED = 1;
readAll(generateCorpus(size, WARM_UP_SEED, { unknownNames }));
const runs = Array.from({ length: rounds }, (_, round) => readAll(generateCorpus(size, BENCH_SEED + round, { unknownNames })));
const cpu = runs.map((r) => r.cpuSeconds);
const total = cpu.reduce((a, b) => a + b, 0);
process.stdout.write(
  `${JSON.stringify({ articles: size, rounds, unknownNames, digests: runs.map((r) => r.digest), cpuSeconds: cpu.map((s) => +s.toFixed(3)), msPerArticle: +((1000 * total) / (size * rounds)).toFixed(3) })}\n`,
);
