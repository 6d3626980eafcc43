/**
 * `test` with a `pageProblems` fixture: everything that went wrong on the page while the
 * test ran — console errors, uncaught page errors, requests that failed or got a 4xx/5xx
 * answer. Specs assert it is empty:
 *
 *   test('…', async ({ page, pageProblems }) => {
 *     await page.goto('./');
 *     expect(pageProblems).toEqual([]);
 *   });
 */
import { test as base, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

/** One line per problem, e.g. `console error: …`, `page error: …`, `HTTP 404: GET http://…`. */
export type PageProblems = string[];

export function collectPageProblems(page: Page): PageProblems {
  const problems: PageProblems = [];
  page.on('console', (message) => {
    // A failed resource's message does not name it; the location does.
    if (message.type() === 'error') problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Leaving a page cancels what it was still loading (the favicon, say): not a fault.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed (${request.failure()?.errorText ?? 'unknown'}): ${request.method()} ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  return problems;
}

export const test = base.extend<{ pageProblems: PageProblems }>({
  pageProblems: async ({ page }, use) => {
    await use(collectPageProblems(page));
  },
});
