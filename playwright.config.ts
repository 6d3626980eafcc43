import { defineConfig, devices } from '@playwright/test';
import { launchOptions, requireBrowser } from './scripts/lib/browser.ts';

// A port of its own, so the browser tests never talk to a dev server or a preview on 4321.
const PORT = Number(process.env.DATELINE_TEST_PORT ?? 4329);
// The site may be built for a sub-path (BASE_PATH, see astro.config.mjs); specs use relative URLs.
const basePath = process.env.BASE_PATH ?? '/';
const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
const baseURL = `http://127.0.0.1:${PORT}${base}`;
const CI = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'tests/browser',
  // Two shared cores: a third worker only makes the preview server and Chromium fight.
  workers: 2,
  fullyParallel: true,
  retries: CI ? 1 : 0,
  forbidOnly: CI,
  reporter: [['list']],
  // Sized for a machine three times slower than an idle one (Playwright's defaults are 30 s
  // and 5 s); tests wait for conditions, and long crawls are split into a test per page.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: launchOptions(requireBrowser()) },
    },
  ],
  // Serves the already built dist/; `npm run test:browser` and `npm test` build first.
  webServer: {
    // --ignore-lock: a preview the developer already runs (`npm start`) must not stop the tests.
    command: `node_modules/.bin/astro preview --host 127.0.0.1 --port ${PORT} --ignore-lock`,
    url: baseURL,
    // Astro 7.2+ puts preview in the background when it thinks an agent runs it; the
    // webServer would then see its command exit.
    env: { ASTRO_PREVIEW_BACKGROUND: '0' },
    reuseExistingServer: !CI,
    // Three times what a loaded machine took to start the preview.
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
