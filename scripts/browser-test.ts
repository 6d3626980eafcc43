/**
 * `npm run test:browser [-- playwright args]`: builds the site when dist/ is missing or
 * older than its sources, then runs the Playwright specs in tests/browser/.
 * Example: npm run test:browser -- tests/browser/timeline.spec.ts
 */
import { runBrowserTests } from './lib/browser-tests.ts';
import { PROJECT_ROOT, runTool } from './lib/run.ts';
import { isBuildStale } from './lib/site-build.ts';

async function main(): Promise<number> {
  if (isBuildStale(PROJECT_ROOT)) {
    console.log('dist/ is missing or older than the sources: running astro build');
    const built = await runTool('astro', ['build']);
    if (built !== 0) {
      console.error(`test:browser: astro build failed (exit code ${built})`);
      return built;
    }
  }
  return runBrowserTests(process.argv.slice(2));
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`test:browser: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
