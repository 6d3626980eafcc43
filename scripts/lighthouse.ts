// `npm run lighthouse [-- --port N]`: Lighthouse (mobile, its default) on the home page and on
// the event page with the most sources, against `astro preview` of the built dist/ (run
// `npm run build` first). Prints the four category scores per page. Not a test: scores move
// with the machine's load, so it prints figures and exits 1 only when Lighthouse cannot run.
// Chrome: CHROME_PATH if set, else the Chromium the browser tests use.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { requireBrowser, SYSTEM_CHROMIUM_ARGS } from './lib/browser.ts';
import { bin, PROJECT_ROOT, toolEnv } from './lib/run.ts';
import { scriptArgs } from './lib/args.ts';

const { values } = scriptArgs({ name: 'lighthouse', usage: 'usage: npm run lighthouse -- [--port 4340]', config: { options: { port: { type: 'string', default: process.env.DATELINE_TEST_PORT ?? '4340' } } } });
const port = Number(values.port);
const dist = path.join(PROJECT_ROOT, 'dist');
if (!existsSync(path.join(dist, 'events.json'))) {
  process.stderr.write('lighthouse: no built site in dist/: run `npm run build` first\n');
  process.exit(2);
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const base = `http://127.0.0.1:${port}`;
const { events } = JSON.parse(readFileSync(path.join(dist, 'events.json'), 'utf8')) as { events: { url: string; sources: unknown[] }[] };
const [mostCited] = [...events].sort((a, b) => b.sources.length - a.sources.length);
const pages = [
  { name: 'home', url: `${base}/` },
  ...(mostCited ? [{ name: 'event', url: `${base}${new URL(mostCited.url).pathname}` }] : []),
];

const preview = spawn(bin('astro'), ['preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
  cwd: PROJECT_ROOT,
  env: toolEnv({ ASTRO_PREVIEW_BACKGROUND: '0' }),
  stdio: 'ignore',
});

async function waitForServer(): Promise<void> {
  for (;;) {
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch {
      // not listening yet
    }
    if (preview.exitCode !== null) throw new Error(`astro preview exited with ${preview.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const chromePath = process.env.CHROME_PATH ?? requireBrowser().executablePath;
let failed = false;
try {
  await waitForServer();
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...SYSTEM_CHROMIUM_ARGS] });
  try {
    console.log(`page   ${CATEGORIES.join('  ')}  url`);
    for (const page of pages) {
      const result = await lighthouse(page.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      const categories = result?.lhr.categories;
      if (!categories) throw new Error(`no result for ${page.url}`);
      const scores = CATEGORIES.map((c) => String(Math.round((categories[c]?.score ?? 0) * 100)).padStart(c.length));
      console.log(`${page.name.padEnd(5)}  ${scores.join('  ')}  ${page.url}`);
      for (const c of CATEGORIES) {
        const failing = Object.values(result.lhr.audits).filter((a) => a.score !== null && a.score < 1 && result.lhr.categories[c]?.auditRefs.some((r) => r.id === a.id && r.weight > 0));
        if (c === 'performance') {
          const metric = (id: string) => result.lhr.audits[id]?.displayValue ?? '?';
          console.log(`       FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}`);
          continue;
        }
        for (const audit of failing) {
          console.log(`       ${c}: ${audit.id} — ${audit.title}`);
          const items = ((audit.details as { items?: { node?: { snippet?: string } }[] } | undefined)?.items ?? []).slice(0, 5);
          for (const item of items) if (item.node?.snippet) console.log(`         ${item.node.snippet}`);
        }
      }
    }
  } finally {
    chrome.kill();
  }
} catch (error) {
  process.stderr.write(`lighthouse: ${error instanceof Error ? error.message : String(error)}\n`);
  failed = true;
} finally {
  preview.kill();
}
process.exit(failed ? 1 : 0);
