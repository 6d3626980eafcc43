/**
 * What every page type must have, checked on one real page of each type: no axe-core
 * violation (WCAG 2.2 AA) in light and dark, no console error, no sideways scrolling from
 * 320 px, a working skip link, and screenshots at 375 and 1280 px, light and dark, for
 * review (test-results/screenshots/).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { articlePaths, eventPaths, linkedPaths, openPage, pathOf, readEventsExport, type ExportedEvent } from './site.ts';

interface PageType {
  name: string;
  /** Finds the path of one page of this type, starting from the site. */
  find: (page: Page) => Promise<string>;
  /** What shows the page is complete, when a script fills it in after the load event. */
  ready?: (page: Page) => Promise<void>;
}

const first = async (paths: Promise<string[]>, what: string): Promise<string> => {
  const [path] = await paths;
  if (!path) throw new Error(`no link to ${what} found`);
  return path;
};

/** The page of the event with the most sources: the one with the most to verify. */
const mostCited = (events: ExportedEvent[]): string => {
  const [top] = [...events].sort((a, b) => (b.sources?.length ?? 0) - (a.sources?.length ?? 0));
  if (!top) throw new Error('events.json lists no event');
  return pathOf(top.url);
};

const linkedFrom = (start: string, shape: RegExp, what: string) => async (page: Page) => {
  await openPage(page, start);
  return first(linkedPaths(page, shape), what);
};

const PAGE_TYPES: PageType[] = [
  { name: 'timeline', find: async () => './' },
  { name: 'event', find: async (page) => (await openPage(page, './'), first(eventPaths(page, 'main'), 'an event page')) },
  { name: 'event with most sources', find: async (page) => mostCited(await readEventsExport(page.request)) },
  { name: 'article', find: async (page) => (await openPage(page, 'articles/'), first(articlePaths(page, 'main'), 'an article page')) },
  { name: 'articles index', find: async () => 'articles/' },
  { name: 'people index', find: async () => 'people/' },
  { name: 'person', find: linkedFrom('people/', /\/people\/[^/]+\/$/, 'a person page') },
  { name: 'places index', find: async () => 'places/' },
  { name: 'place', find: linkedFrom('places/', /\/places\/[^/]+\/$/, 'a place page') },
  { name: 'kind filter', find: linkedFrom('./', /\/kinds\/[^/]+\/$/, 'a kind filter page') },
  { name: 'search', find: async () => 'search/?q=Geneva', ready: (page) => expect(page.locator('#search-results > li').first()).toBeVisible() },
  { name: 'archive year', find: linkedFrom('./', /\/archive\/\d{4}\/$/, 'an archive year page') },
  { name: 'about', find: async () => 'about/' },
  { name: 'not found', find: async () => '404.html' },
];

const AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const type of PAGE_TYPES) {
  test.describe(`${type.name} page`, () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`has no accessibility violations in ${colorScheme} mode and no console errors`, async ({ page, pageProblems }) => {
        const path = await type.find(page);
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await openPage(page, path);
        await page.waitForLoadState('load');
        await type.ready?.(page);
        const results = await new AxeBuilder({ page }).withTags(AA_TAGS).analyze();
        const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
        expect(violations, `axe on ${path} (${colorScheme})`).toEqual([]);
        expect(pageProblems).toEqual([]);
      });
    }

    test('fits a 320 px screen and is screenshotted at 375 and 1280 px, light and dark', async ({ page }, testInfo) => {
      const path = await type.find(page);
      for (const width of [320, 375, 1280]) {
        await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
        await openPage(page, path);
        await type.ready?.(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `sideways overflow of ${path} at ${width} px`).toBeLessThanOrEqual(0);
        if (width === 320) continue;
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          await page.evaluate(() => document.fonts.ready);
          const file = `test-results/screenshots/${type.name.replace(/\W+/g, '-')}-${width}-${colorScheme}.png`;
          await page.screenshot({ path: file, fullPage: true });
          await testInfo.attach(`${type.name} at ${width} px, ${colorScheme}`, { path: file, contentType: 'image/png' });
        }
        await page.emulateMedia({ colorScheme: 'light' });
      }
    });

    test('has a skip link that moves focus to the main content', async ({ page }) => {
      await openPage(page, await type.find(page));
      await page.keyboard.press('Tab');
      const skip = page.locator(':focus');
      await expect(skip).toHaveText(/skip to content/i);
      await page.keyboard.press('Enter');
      await expect(page.locator('main')).toBeFocused();
    });
  });
}

test('the not-found page answers 404 and offers the timeline and search', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('main a[href]').first()).toBeVisible();
  await expect(page.locator('form[role="search"] input[name="q"]').first()).toBeVisible();
});

test('every event page is readable with JavaScript off', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const event of (await readEventsExport(request)).slice(0, 5)) {
    await openPage(page, pathOf(event.url));
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('main blockquote').first()).toBeVisible();
  }
  await context.close();
});
