// `npm run bench:site [-- --runs 3] [-- --sizes 1000,4000] [-- --10k]`: builds the synthetic
// site (scripts/synthetic) cold (no cache, no previous output), warm (caches and output of
// the last build kept) and after one added article, beside a bare Astro site and Hugo
// building as many pages, the tools alternating within each run; prints medians. The
// machine is shared, so it prints figures and never fails on time. After the tables, the
// heaviest page of each kind (page + CSS, gzipped) of each size's first cold build and the
// feeds' sizes; it exits 1 when a page is over the 30 KB budget.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { generateCorpus } from './synthetic/corpus.ts';
import { writeArticle, writeContent } from './synthetic/write.ts';
import { bin, PROJECT_ROOT, runLogged } from './lib/run.ts';
import { bareAstroSite, hugoSite } from './lib/bench-sites.ts';
import { scriptArgs } from './lib/args.ts';
import { buildSplit, median, type BuildSplit } from './lib/bench-split.ts';
import { gzipSync } from 'node:zlib';
import { largestByKind, PAGE_BUDGET_BYTES, pageTotal, weighBuiltSite, type PageWeight } from './lib/page-budget.ts';
import { compareStrings } from '../src/pipeline/order.ts';

const { values, fail } = scriptArgs({
  name: 'bench:site',
  usage: 'usage: npm run bench:site -- [--runs N] [--sizes 1000,4000] [--10k]',
  config: { options: { runs: { type: 'string', default: '3' }, sizes: { type: 'string', default: '1000,4000' }, '10k': { type: 'boolean', default: false } } },
});
const runs = Number(values.runs);
const sizes = values.sizes.split(',').map(Number).concat(values['10k'] ? [10_000] : []);
if (!Number.isInteger(runs) || runs < 1 || sizes.some((n) => !Number.isInteger(n) || n < 1)) fail('--runs and each of --sizes take whole numbers from 1');

const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME);
const hasHugo = await succeeds('hugo', ['version']);
// Inside the project (.bench/ is git-ignored): Astro stages a build outside the working
// directory in the shared ./.astro/, where builds side by side would delete each other's files.
const work = path.join(PROJECT_ROOT, '.bench', 'site');
mkdirSync(work, { recursive: true });

interface Measure extends BuildSplit {
  seconds: number;
  /** The machine's 1-minute load average when the build started. */
  load: number;
  peakMB?: number;
  pages: number;
  cards: number;
}

const rows: { size: number; name: string; measures: Measure[] }[] = [];
/** Per size: the pages and the files that are not pages but grow with the corpus, of the first cold build. */
const weights = new Map<number, { pages: PageWeight[]; files: { file: string; bytes: number; gz: number }[] }>();
/** Exports that carry every event by design, and the feeds and sitemaps, which should not grow without bound. */
const GROWING_FILES = /^(rss\.xml|events\.json|events\.ics|sitemap-[^/]*\.xml|pagefind\/[^/]+\/pagefind\.[^/]*\.pf_meta)$/;
for (const size of sizes) {
  const content = path.join(work, `content-${size}`);
  const corpus = generateCorpus(size + 1);
  const added = corpus.articles.pop()!;
  writeContent(content, corpus);
  const cache = path.join(work, `cache-${size}`);
  const out = path.join(work, `dist-${size}`);
  const env = { DATELINE_CONTENT: content, DATELINE_CACHE_DIR: cache, DATELINE_OUT_DIR: out };
  const series = new Map<string, Measure[]>();
  const record = (name: string, measure: Measure) => series.set(name, [...(series.get(name) ?? []), measure]);
  for (let run = 1; run <= runs; run += 1) {
    progress(`${size} articles, run ${run}/${runs}: Dateline cold`);
    rmSync(cache, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
    rmSync(path.join(content, 'articles', `${added.id}.md`), { force: true });
    const cold = await dateline(env, out);
    record('Dateline cold', cold);
    if (!weights.has(size)) weights.set(size, weigh(out));
    progress(`${size} articles, run ${run}/${runs}: Dateline warm`);
    record('Dateline warm', await dateline(env, out));
    progress(`${size} articles, run ${run}/${runs}: Dateline + 1 article`);
    writeArticle(content, added);
    record('Dateline + 1 article', await dateline(env, out));
    progress(`${size} articles, run ${run}/${runs}: bare Astro, ${cold.pages} pages`);
    record('bare Astro', await bare('astro', cold.pages));
    if (hasHugo) {
      progress(`${size} articles, run ${run}/${runs}: Hugo, ${cold.pages} pages`);
      record('Hugo', await bare('hugo', cold.pages));
    }
  }
  for (const [name, measures] of series) rows.push({ size, name, measures });
}
print();
printWeights();

function weigh(out: string): { pages: PageWeight[]; files: { file: string; bytes: number; gz: number }[] } {
  const files = readdirSync(out, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => GROWING_FILES.test(file))
    .sort(compareStrings)
    .map((file) => {
      const bytes = readFileSync(path.join(out, file));
      return { file, bytes: bytes.length, gz: gzipSync(bytes).length };
    });
  return { pages: weighBuiltSite(out), files };
}

async function dateline(env: Record<string, string>, out: string): Promise<Measure> {
  const log = path.join(work, 'build.log');
  // `npm run build`, not `astro build`: the build script sets how much memory the allocators keep (README, "Site build at scale").
  const { seconds, peakMB, load } = await timed('npm', ['run', '--silent', 'build'], PROJECT_ROOT, env, log);
  return { seconds, peakMB, load, ...buildSplit(readFileSync(log, 'utf8')), pages: countPages(out), cards: countFiles(path.join(out, 'og'), '.png') };
}

async function bare(tool: 'astro' | 'hugo', pages: number): Promise<Measure> {
  const dir = path.join(work, `${tool}-${pages}`);
  if (!existsSync(dir)) {
    (tool === 'astro' ? bareAstroSite : hugoSite)(dir, pages);
    if (tool === 'astro') symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  }
  const out = path.join(dir, 'out');
  rmSync(out, { recursive: true, force: true });
  const [command, args] = tool === 'astro' ? [bin('astro'), ['build']] : ['hugo', ['--quiet', '--destination', out]];
  const { seconds, peakMB, load } = await timed(command, args, dir, {}, path.join(work, `${tool}.log`));
  return { seconds, peakMB, load, pages: countPages(out), cards: 0 };
}

/** Runs a command, its output in `log`; wall time, the load when it started, and peak RSS where GNU time is installed. */
async function timed(command: string, args: string[], cwd: string, env: Record<string, string>, log: string): Promise<{ seconds: number; load: number; peakMB?: number }> {
  const rss = path.join(work, 'rss.txt');
  const load = loadavg()[0]!;
  const [file, argv] = hasTime ? [TIME, ['-f', '%M', '-o', rss, command, ...args]] : [command, args];
  const started = performance.now();
  await runLogged(file, argv, cwd, env, log);
  return { seconds: (performance.now() - started) / 1000, load, peakMB: hasTime ? Number(readFileSync(rss, 'utf8').trim().split('\n').at(-1)) / 1024 : undefined };
}

function succeeds(command: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'ignore' });
    child.on('error', () => resolve(false));
    child.on('close', (code) => resolve(code === 0));
  });
}

function countFiles(dir: string, ending: string): number {
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith(ending)).length : 0;
}

/** HTML pages of a built site: every `*.html` under it. */
function countPages(dir: string): number {
  if (!existsSync(dir)) return 0;
  let count = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) if (entry.isFile() && entry.name.endsWith('.html')) count += 1;
  return count;
}

function progress(message: string): void {
  process.stderr.write(`bench:site: ${message} (load ${loadavg()[0]!.toFixed(1)})\n`);
}

function print(): void {
  const fmt = (n: number | undefined, digits = 1) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits));
  const lines = [
    `bench:site — medians of ${runs} run${runs === 1 ? '' : 's'}, ${availableParallelism()} cores, load ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end`,
    '',
    '| articles | build | load | pages | cards | wall s | × Hugo | ms / article | peak RSS MB | pipeline s | other pages s | cards after the rest s | search s | event page ms (rendered) |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { size, name, measures } of rows) {
    const m = (pick: (x: Measure) => number | undefined) => median(measures.map(pick).filter((x): x is number => x !== undefined));
    const hugo = rows.find((r) => r.size === size && r.name === 'Hugo');
    const ratio = hugo ? m((x) => x.seconds) / median(hugo.measures.map((x) => x.seconds)) : undefined;
    lines.push(
      `| ${size} | ${name} | ${fmt(m((x) => x.load))} | ${m((x) => x.pages)} | ${m((x) => x.cards)} | ${fmt(m((x) => x.seconds))} | ${fmt(ratio)} | ${fmt((m((x) => x.seconds) * 1000) / size)} | ${fmt(m((x) => x.peakMB), 0)} | ${fmt(m((x) => x.pipelineSeconds))} | ${fmt(m((x) => x.renderSeconds))} | ${fmt(m((x) => x.cardSeconds))} | ${fmt(m((x) => x.searchSeconds))} | ${fmt(m((x) => x.eventPageMs))} (${fmt(m((x) => x.eventPagesRendered), 0)}) |`,
    );
  }
  if (!hasHugo) lines.push('', 'Hugo is not installed (Debian: apt-get install -y hugo): its rows are left out.');
  if (!hasTime) lines.push('', 'GNU time (/usr/bin/time) is not installed: peak RSS is left out.');
  process.stdout.write(`${lines.join('\n')}\n`);
}

function printWeights(): void {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const lines = ['', `Heaviest page of each kind (HTML + CSS, gzipped; budget ${kb(PAGE_BUDGET_BYTES)} KB), first cold build:`, '', '| articles | kind | pages | largest KB | page |', '|---:|---|---:|---:|---|'];
  let over = 0;
  for (const [size, { pages }] of weights) {
    over += pages.filter((page) => pageTotal(page) > PAGE_BUDGET_BYTES).length;
    for (const { kind, count, largest } of largestByKind(pages)) lines.push(`| ${size} | ${kind} | ${count} | ${kb(pageTotal(largest))} | /${largest.path} |`);
  }
  lines.push('', 'Files that grow with the corpus:', '', '| articles | file | MB | gzipped MB |', '|---:|---|---:|---:|');
  for (const [size, { files }] of weights) for (const { file, bytes, gz } of files) lines.push(`| ${size} | ${file} | ${(bytes / 2 ** 20).toFixed(2)} | ${(gz / 2 ** 20).toFixed(2)} |`);
  if (over > 0) lines.push('', `${over} page(s) over the ${kb(PAGE_BUDGET_BYTES)} KB budget.`);
  process.stdout.write(`${lines.join('\n')}\n`);
  if (over > 0) process.exitCode = 1;
}
