import { expect, test } from './fixtures.ts';
import { built, eventPaths, openPage, pathOf } from './site.ts';

test('the timeline loads with no console error, page error or failed request', async ({ page, pageProblems }) => {
  await openPage(page, './');
  // Every resource the page names has loaded (or failed) by the load event.
  await page.waitForLoadState('load');
  expect(pageProblems).toEqual([]);
});

test('the timeline is an ordered list of events, each linking to its page', async ({ page }) => {
  await openPage(page, './');
  expect(await eventPaths(page, 'ol'), 'event links inside an <ol>').not.toEqual([]);
});

test('every event link on the timeline leads to an event of events.json', async ({ page }) => {
  await openPage(page, './');
  const exported = new Set(built.events().map((event) => pathOf(event.url)));
  const linked = await eventPaths(page);
  expect(linked.length, 'event links on the timeline').toBeGreaterThan(0);
  expect(linked.filter((path) => !exported.has(path))).toEqual([]);
});
