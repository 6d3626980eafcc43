/**
 * `npm run bench:ab -- --base main`: this tree's reading code (or `--branch REV`'s) against another
 * commit's, in one process, over the same synthetic articles. Each article is read by both builds
 * one after the other (the first alternating from one article to the next), each reading timed by
 * this thread's time on a core (`turnClock`: wall time less the wait for a core, where the thread
 * CPU clock steps by up to 4 ms); each chunk's median article ratio, and their median, say which is
 * faster. Each of `--processes` processes reads its share of the chunks (the base imported first in
 * every other one), one after another: how a process's code lands moves its ratio by about 2 %.
 * Bench pairs taken minutes apart measure the machine's load as much as the code when other work
 * shares the cores; two readings milliseconds apart share most of it. A commit is its src/ (with its package.json) unpacked beside the system's
 * temporary files, reading through this tree's node_modules; the articles are those of this
 * tree's synthetic corpus. Each chunk's two readings are compared as bench:reading's digest
 * compares them: a speed change has no chunk that differs. Alternating by chunk instead (two
 * readings a quarter of a second apart) read a known 5.6 % at load 21 as 1.090 and 1.013.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCorpus } from './synthetic/corpus.ts';
import { scriptArgs } from './lib/args.ts';
import { abSummary, baseFirst, type ChunkTiming } from './lib/ab-chunks.ts';
import { turnClock } from './lib/turn-clock.ts';

const { values, fail } = scriptArgs({
  name: 'bench:ab',
  usage: 'usage: npm run bench:ab -- [--base main] [--branch REV] [--size 60] [--chunks 40] [--unknown-names 0.5] [--processes 4]',
  config: {
    options: {
      base: { type: 'string', default: 'main' },
      // Without it, this tree as it stands, edits not yet committed included.
      branch: { type: 'string' },
      size: { type: 'string', default: '60' },
      chunks: { type: 'string', default: '40' },
      'unknown-names': { type: 'string', default: '0' },
      processes: { type: 'string', default: '4' },
      // One process's share of the chunks (every --processes'th from this one), its timings as JSON.
      share: { type: 'string' },
    },
  },
});
const [size, chunks, unknownNames, processes] = [Number(values.size), Number(values.chunks), Number(values['unknown-names']), Number(values.processes)];
if (!(Number.isInteger(size) && size > 0)) fail(`--size ${values.size}: give a whole number of articles a chunk`);
if (!(Number.isInteger(chunks) && chunks > 0)) fail(`--chunks ${values.chunks}: give a whole number of chunks`);
if (!(Number.isInteger(processes) && processes > 0 && processes <= chunks)) fail(`--processes ${values.processes}: give a whole number of processes, at most --chunks`);
if (!(unknownNames >= 0 && unknownNames <= 1)) fail(`--unknown-names ${values['unknown-names']}: give a share between 0 and 1`);

const tree = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const git = (...args: string[]): string => execFileSync('git', ['-C', tree, ...args], { encoding: 'utf8' }).trim();

/** The base commit's sources, unpacked once per commit (a commit never changes). */
function unpacked(rev: string): string {
  let commit: string;
  try {
    commit = git('rev-parse', '--verify', `${rev}^{commit}`);
  } catch {
    return fail(`--base ${rev}: no such commit`);
  }
  const dir = join(tmpdir(), `dateline-bench-ab-${commit}`);
  if (existsSync(dir)) return dir;
  const part = `${dir}.part-${process.pid}`;
  mkdirSync(part, { recursive: true });
  execFileSync('sh', ['-c', 'git -C "$1" archive "$2" src package.json | tar -x -C "$3"', 'unpack', tree, commit, part]);
  // Node strips types only outside node_modules: the sources sit apart and reach the packages through a link.
  symlinkSync(join(tree, 'node_modules'), join(part, 'node_modules'));
  try {
    renameSync(part, dir);
  } catch (error) {
    // Another run unpacked the same commit meanwhile.
    if (!existsSync(dir)) throw error;
    rmSync(part, { recursive: true });
  }
  return dir;
}

type Extraction = typeof import('../src/pipeline/events/article-extraction.ts');
type Gazetteer = typeof import('../src/pipeline/entities/gazetteer.ts');
interface Build {
  extraction: Extraction;
  gazetteer: Gazetteer;
}

async function load(root: string): Promise<Build> {
  const from = (path: string) => pathToFileURL(join(root, path)).href;
  return {
    extraction: (await import(from('src/pipeline/events/article-extraction.ts'))) as Extraction,
    gazetteer: (await import(from('src/pipeline/entities/gazetteer.ts'))) as Gazetteer,
  };
}

type Corpus = ReturnType<typeof generateCorpus>;

/** Reads every article of the corpus once (the warm-up). */
function read({ extraction, gazetteer }: Build, corpus: Corpus): void {
  const prepared = extraction.extractionContext(gazetteer.parseGazetteer(corpus.gazetteer, 'synthetic-gazetteer.yaml'));
  for (const article of corpus.articles) extraction.extractArticle(article, prepared);
}

const [baseRoot, branchRoot] = [unpacked(values.base), values.branch === undefined ? tree : unpacked(values.branch)];
// One module twice would share its memos: the second reading of a chunk would find the first's.
if (baseRoot === branchRoot) fail(`--base ${values.base} and --branch ${values.branch}: one commit (an A/A is --base HEAD on this tree unedited)`);
const load1 = (n: number): number => Math.round(n * 10) / 10;

/** Reads process `share`'s chunks (every `processes`th), each article by both builds, and prints their timings. */
async function readShare(share: number, processes: number): Promise<void> {
  // An even share imports the base first, an odd one the branch.
  const [base, branch] = share % 2 === 0 ? [await load(baseRoot), await load(branchRoot)] : ([await load(branchRoot), await load(baseRoot)].reverse() as [Build, Build]);
  // As bench:reading: a warm-up corpus far from the chunks' seeds, read by both.
  const warmUp = generateCorpus(400, 1, { unknownNames });
  read(base, warmUp);
  read(branch, warmUp);
  const BENCH_SEED = 20260225;
  const timings: ChunkTiming[] = [];
  const clock = turnClock();
  for (let chunk = share; chunk < chunks; chunk += processes) {
    const corpus = generateCorpus(size, BENCH_SEED + chunk, { unknownNames });
    const [baseSide, branchSide] = [sideOf(base, corpus), sideOf(branch, corpus)];
    corpus.articles.forEach((article, i) => {
      for (const side of baseFirst(chunk + i) ? [baseSide, branchSide] : [branchSide, baseSide]) {
        const from = clock.now();
        const { found, entities, affiliations } = side.build.extraction.extractArticle(article, side.prepared);
        side.ms.push(clock.now() - from);
        side.read.push({ found, entities, affiliations });
      }
    });
    timings.push({ baseMs: baseSide.ms, branchMs: branchSide.ms, same: JSON.stringify(baseSide.read) === JSON.stringify(branchSide.read) });
  }
  clock.close();
  process.stdout.write(`${JSON.stringify({ timings, exact: clock.exact })}\n`);
}

/** One build reading one chunk: its time on a core for each article, and what it read, as bench:reading digests it. */
interface Side {
  build: Build;
  prepared: ReturnType<Extraction['extractionContext']>;
  ms: number[];
  read: unknown[];
}

function sideOf(build: Build, corpus: Corpus): Side {
  return { build, prepared: build.extraction.extractionContext(build.gazetteer.parseGazetteer(corpus.gazetteer, 'synthetic-gazetteer.yaml')), ms: [], read: [] };
}

/** A share read in a process of its own, one after another, with this one's options. */
function readInProcess(share: number): { timings: ChunkTiming[]; exact: boolean } {
  const args = [...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2), '--share', String(share)];
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'inherit'] })) as { timings: ChunkTiming[]; exact: boolean };
}

if (values.share !== undefined) {
  const share = Number(values.share);
  if (!(Number.isInteger(share) && share >= 0 && share < processes)) fail(`--share ${values.share}: give a process's number below --processes`);
  await readShare(share, processes);
} else {
  const loadBefore = loadavg()[0]!;
  // One process's code lands as it lands: A/As of one process each read 1.023, 1.005, 1.019 and 1.019 on one source,
  // two processes 0.992 and 0.980, while a process's own chunks agree within about 2 %. Its share pools with the others'.
  const shares = Array.from({ length: processes }, (_, share) => readInProcess(share));
  const clock = shares.every((s) => s.exact) ? 'on a core' : 'thread CPU';
  const summary = abSummary(shares.flatMap((s) => s.timings));
  const processRatios = shares.map((s) => abSummary(s.timings).medianRatio);
  process.stdout.write(`${JSON.stringify({ base: values.base, branch: values.branch ?? 'this tree', articles: size * chunks, unknownNames, clock, ...summary, processRatios, load: [load1(loadBefore), load1(loadavg()[0]!)] })}\n`);
}
