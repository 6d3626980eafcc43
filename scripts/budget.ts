// `npm run budget [-- --skip-synthetic] [-- --articles N] [-- --keep]`: builds the site for the
// project's content and for a synthetic corpus of N articles (default 1,000), each into its
// own out dir, and prints what each page costs a first visit: HTML + linked CSS gzipped
// (budget 30 KB) and the JavaScript it loads (none may be needed to read). Not a timed test:
// it prints figures and exits 1 when a page is over budget or needs JavaScript to read.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PAGE_BUDGET_BYTES, pageTotal, summarise, weighBuiltSite, type BudgetSummary, type PageWeight } from './lib/page-budget.ts';
import { bin, PROJECT_ROOT, toolEnv } from './lib/run.ts';
import { scriptArgs } from './lib/args.ts';

const { values, fail } = scriptArgs({
  name: 'budget',
  usage: 'usage: npm run budget -- [--skip-synthetic] [--articles 1000] [--keep]',
  config: {
    options: {
      'skip-synthetic': { type: 'boolean', default: false },
      articles: { type: 'string', default: '1000' },
      keep: { type: 'boolean', default: false },
    },
  },
});
const articles = Number(values.articles);
if (!Number.isInteger(articles) || articles < 1) fail(`--articles must be a whole number of articles, got "${values.articles}"`);

interface Corpus {
  name: string;
  /** DATELINE_CONTENT for the build; undefined builds the project's own content/. */
  content?: string;
}

// Inside the project (.bench/ is git-ignored): for an out dir outside the working directory
// Astro stages its server build in the shared ./.astro/, where builds running side by side
// would delete each other's files.
mkdirSync(path.join(PROJECT_ROOT, '.bench'), { recursive: true });
const work = mkdtempSync(path.join(PROJECT_ROOT, '.bench', 'budget-'));
const corpora: Corpus[] = [{ name: 'project content' }];
if (!values['skip-synthetic']) corpora.push({ name: `synthetic, ${articles} articles`, content: path.join(work, 'synthetic-content') });

let failed = false;
let broken = false;
try {
  for (const corpus of corpora) {
    const outDir = path.join(work, `dist-${corpora.indexOf(corpus)}`);
    if (corpus.content) await run('synthetic content', 'node', ['scripts/synthetic-content.ts', '--articles', String(articles), '--out', corpus.content], {}, path.join(work, 'synthetic.log'));
    process.stdout.write(`\n== ${corpus.name}: building into ${outDir}\n`);
    const log = path.join(work, `build-${corpora.indexOf(corpus)}.log`);
    const started = performance.now();
    await run('astro build', bin('astro'), ['build'], { DATELINE_OUT_DIR: outDir, ...(corpus.content ? { DATELINE_CONTENT: corpus.content } : {}) }, log);
    const seconds = (performance.now() - started) / 1000;
    const weights = weighBuiltSite(outDir);
    const summary = summarise(weights);
    printReport(summary, seconds, shareImageCost(log));
    failed ||= summary.overBudget.length > 0 || summary.needingJs.length > 0;
  }
} catch (error) {
  process.stderr.write(`budget: ${(error as Error).message}\n`);
  broken = true;
} finally {
  if (values.keep) process.stdout.write(`\nBuilds kept in ${work}\n`);
  else rmSync(work, { recursive: true, force: true });
}
process.exitCode = broken ? 2 : failed ? 1 : 0;

function printReport(summary: BudgetSummary, buildSeconds: number, shareImages: string): void {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const rows: [string, string][] = [
    ['build time', `${buildSeconds.toFixed(1)} s`],
    ['HTML pages', String(summary.pages)],
    ['largest page + CSS (gz)', summary.largest ? `${kb(pageTotal(summary.largest))}  /${summary.largest.path}` : '-'],
    ['median page + CSS (gz)', kb(summary.median)],
    [`over ${kb(PAGE_BUDGET_BYTES)}`, String(summary.overBudget.length)],
    ['pages loading JS', String(summary.withJs)],
    ['pages needing JS to read', String(summary.needingJs.length)],
    ['share images', shareImages],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) process.stdout.write(`  ${label.padEnd(width)}  ${value}\n`);
  const list = (title: string, pages: PageWeight[]) => {
    if (pages.length === 0) return;
    process.stdout.write(`\n  ${title}:\n`);
    for (const page of pages.slice(0, 20)) {
      process.stdout.write(`    /${page.path}  html ${kb(page.htmlGz)} + css ${kb(page.cssGz)} = ${kb(pageTotal(page))}, js ${kb(page.jsGz)}\n`);
    }
    if (pages.length > 20) process.stdout.write(`    … and ${pages.length - 20} more\n`);
  };
  list('Over budget', summary.overBudget);
  list('Main content empty without JavaScript', summary.needingJs);
}

/** What the share-card integration (src/integrations/og-cards.ts) says it did, from the build log. */
function shareImageCost(log: string): string {
  return /\] (\d+ share cards in og\/.*)$/m.exec(readFileSync(log, 'utf8'))?.[1] ?? 'none';
}

/** Runs a command from the project root with its output in `logFile`; rejects with the log's tail. */
function run(what: string, command: string, args: string[], env: Record<string, string>, logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(logFile);
    const child = spawn(command === 'node' ? process.execPath : command, args, { cwd: PROJECT_ROOT, env: toolEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('error', reject);
    child.on('close', (code) => {
      log.end(() => {
        if (code === 0) return resolve();
        const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
        reject(new Error(`${what} failed (exit ${code}); the end of its output:\n${tail}`));
      });
    });
  });
}
