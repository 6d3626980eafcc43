/**
 * `npm test`: astro check, vitest, astro build, then the browser tests, stopping at the
 * first failure. The last line is always `tests: N passed, M failed[, K skipped]`, summed
 * from the JSON reports vitest and Playwright write next to their console output.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runBrowserTests } from './lib/browser-tests.ts';
import { runTool } from './lib/run.ts';
import { addCounts, countsFromPlaywright, countsFromVitest, readReport, summaryLine } from './lib/test-counts.ts';
import { scriptArgs } from './lib/args.ts';

scriptArgs({ name: 'test', usage: 'usage: npm test   (no options; DATELINE_TEST_PORT=43xx sets the preview port)', config: { options: {} } });

const reportDir = mkdtempSync(path.join(tmpdir(), 'dateline-test-'));
const vitestReport = path.join(reportDir, 'vitest.json');
const playwrightReport = path.join(reportDir, 'playwright.json');

interface Step {
  name: string;
  run: () => Promise<number>;
}

const steps: Step[] = [
  // Warnings fail too: the type check must be clean.
  { name: 'astro check', run: () => runTool('astro', ['check', '--minimumFailingSeverity', 'warning']) },
  {
    name: 'vitest run',
    run: () => runTool('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`]),
  },
  { name: 'astro build', run: () => runTool('astro', ['build']) },
  {
    name: 'browser tests',
    run: () => runBrowserTests(['--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightReport }),
  },
];

/** Runs the steps in order; resolves to the message of the first failure, or undefined. */
async function runSteps(): Promise<string | undefined> {
  for (const step of steps) {
    console.log(`\n==> ${step.name}`);
    const started = performance.now();
    let code: number;
    try {
      code = await step.run();
    } catch (error) {
      return `${step.name} could not run: ${error instanceof Error ? error.message : String(error)}`;
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (code !== 0) return `${step.name} failed (exit code ${code}, after ${seconds}s)`;
    console.log(`==> ${step.name}: ok in ${seconds}s`);
  }
  return undefined;
}

const failure = await runSteps();
const counts = addCounts(readReport(vitestReport, countsFromVitest), readReport(playwrightReport, countsFromPlaywright));
rmSync(reportDir, { recursive: true, force: true });
if (failure) {
  console.error(`\nnpm test: stopped, ${failure}`);
  process.exitCode = 1;
} else {
  console.log('\nnpm test: all steps passed');
}
console.log(summaryLine(counts));
