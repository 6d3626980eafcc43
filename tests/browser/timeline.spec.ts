import { expect, test } from './fixtures.ts';
import { eventPaths, headingText, openPage } from './site.ts';

test('the timeline loads with no console error, page error or failed request', async ({ page, pageProblems }) => {
  await openPage(page, './');
  await page.waitForLoadState('networkidle');
  expect(pageProblems).toEqual([]);
});

test('the timeline is an ordered list of events, each linking to its page', async ({ page }) => {
  await openPage(page, './');
  expect(await eventPaths(page, 'ol'), 'event links inside an <ol>').not.toEqual([]);
});

test('every event link on the timeline opens a page with an <h1>', async ({ page, pageProblems }) => {
  await openPage(page, './');
  const events = await eventPaths(page);
  expect(events.length, 'event links on the timeline').toBeGreaterThan(0);
  for (const path of events) {
    await test.step(path, async () => {
      await openPage(page, path);
      await headingText(page);
    });
  }
  expect(pageProblems).toEqual([]);
});
