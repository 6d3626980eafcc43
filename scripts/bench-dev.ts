// `npm run bench:dev [-- --articles 4000] [-- --edits 3]`: the editors' loop on a synthetic
// content folder (scripts/synthetic). Starts `astro dev` twice, with an empty pipeline cache
// and with the cache the first start left, and times the first page (`/`) after each start;
// then, on the warm server, edits an article so that it reports a call with a person no other
// article names, and times how long until that person's page (`/people/<id>/`) is served and
// the article's page lists the new event. Prints each figure with the CPU time the server
// used meanwhile (what a quiet machine would take, about, when the server works on one core)
// and the load average; never fails on time.
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { generateCorpus, syntheticPeople } from './synthetic/corpus.ts';
import { writeContent } from './synthetic/write.ts';
import { bin, PROJECT_ROOT, toolEnv } from './lib/run.ts';
import { median } from './lib/bench-split.ts';
import { scriptArgs } from './lib/args.ts';

const { values, fail } = scriptArgs({
  name: 'bench:dev',
  usage: 'usage: npm run bench:dev -- [--articles 4000] [--edits 3]',
  config: { options: { articles: { type: 'string', default: '4000' }, edits: { type: 'string', default: '3' } } },
});
const size = Number(values.articles);
const edits = Number(values.edits);
if (!Number.isInteger(size) || size < 1 || !Number.isInteger(edits) || edits < 1) fail('--articles and --edits take whole numbers from 1');
const port = Number(process.env.DATELINE_TEST_PORT ?? 4399);
const origin = `http://127.0.0.1:${port}`;
// Outside the project: the dev server ignores .bench/ (src/content-loaders watches the content folder itself).
const work = path.join(tmpdir(), `dateline-bench-dev-${process.pid}`);
const content = path.join(work, 'content');
const cache = path.join(work, 'cache');
// Kept after the run, for where the time went.
const log = path.join(PROJECT_ROOT, '.bench', 'bench-dev.log');
/** Linux's USER_HZ: /proc counts CPU time in hundredths of a second. */
const CLOCK_TICKS = 100;
/** A page must come within this long, or the server is taken to be broken. */
const GIVE_UP_MS = 15 * 60_000;

rmSync(log, { force: true });
mkdirSync(path.dirname(log), { recursive: true });
const corpus = generateCorpus(size);
writeContent(content, corpus);
const edited = corpus.articles[Math.floor(size / 2)]!;
const articleFile = path.join(content, 'articles', `${edited.id}.md`);
const original = readFileSync(articleFile, 'utf8');

const lines: string[] = [];
const note = (line: string) => {
  lines.push(line);
  process.stderr.write(`bench:dev: ${line}\n`);
};
const load = () => loadavg()[0]!.toFixed(1);

let server: ChildProcess | undefined;
try {
  for (const start of ['empty pipeline cache', 'pipeline cache kept'] as const) {
    const before = load();
    const started = performance.now();
    server = startServer();
    await waitFor('/', (status) => status === 200);
    note(`first page after start (${start}): ${seconds(started)} s, CPU ${serverCpu().toFixed(1)} s (load ${before} → ${load()})`);
    if (start === 'empty pipeline cache') await stopServer();
  }
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let edit = 1; edit <= edits; edit += 1) {
    // A name no synthetic article uses: its page exists only once the edit's event is in the timeline.
    const person = `Zoltan Quist${'abcdefghij'[edit - 1] ?? edit}`;
    const id = person.toLowerCase().replace(/ /g, '-');
    const before = load();
    const started = performance.now();
    const cpu = serverCpu();
    // An office before the name: the pipeline then knows an unknown name for a person.
    writeFileSync(articleFile, `${original.trimEnd()}\n\n${syntheticPeople()[0]} held talks with envoy ${person} in Geneva on Monday.\n`);
    await waitFor(`/people/${id}/`, (status) => status === 200);
    await waitFor(`/articles/${edited.id}/`, (status, body) => status === 200 && body.includes(person));
    const elapsed = Number(seconds(started));
    const used = serverCpu() - cpu;
    times.push(elapsed);
    cpuTimes.push(used);
    note(`edit ${edit}: the edited article's event on its person's and its article's page after ${elapsed.toFixed(1)} s, CPU ${used.toFixed(1)} s (load ${before} → ${load()})`);
  }
  note(`edit → event shown, median of ${edits}: ${median(times).toFixed(1)} s, CPU ${median(cpuTimes).toFixed(1)} s`);
} finally {
  writeFileSync(articleFile, original);
  await stopServer();
  rmSync(work, { recursive: true, force: true });
}
process.stdout.write(`bench:dev — ${size} synthetic articles, ${availableParallelism()} cores (the servers' output: ${path.relative(PROJECT_ROOT, log)})\n${lines.map((l) => `- ${l}`).join('\n')}\n`);

function startServer(): ChildProcess {
  mkdirSync(work, { recursive: true });
  const child = spawn(bin('astro'), ['dev', '--port', String(port)], {
    cwd: PROJECT_ROOT,
    env: toolEnv({ DATELINE_CONTENT: content, DATELINE_CACHE_DIR: cache }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, so stopping it stops Vite's workers too
  });
  const keep = (chunk: Buffer) => appendFileSync(log, chunk);
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  return child;
}

async function stopServer(): Promise<void> {
  const child = server;
  server = undefined;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid!, 'SIGTERM');
  await exited;
}

/** CPU seconds used so far by the server's processes (its process group), from /proc (Linux). */
function serverCpu(): number {
  const group = server?.pid;
  if (group === undefined || !existsSync('/proc')) return Number.NaN;
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // After the command's closing parenthesis: state, ppid, pgrp, … utime (14), stime, cutime, cstime (17).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === group) ticks += [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
  }
  return ticks / CLOCK_TICKS;
}

/** Polls `pathname` until `done` holds; fails when the server exits or after GIVE_UP_MS. */
async function waitFor(pathname: string, done: (status: number, body: string) => boolean): Promise<void> {
  const started = performance.now();
  for (;;) {
    if (server?.exitCode !== null) throw new Error(`astro dev exited (${server?.exitCode}); see ${log}:\n${readFileSync(log, 'utf8').slice(-2000)}`);
    try {
      const response = await fetch(`${origin}${pathname}`);
      if (done(response.status, await response.text())) return;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > GIVE_UP_MS) throw new Error(`${pathname} did not come within ${GIVE_UP_MS / 60_000} min; see ${log}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function seconds(started: number): string {
  return ((performance.now() - started) / 1000).toFixed(1);
}
