/**
 * The reader's first screen and the drawn figures: on a phone the first event's headline is
 * on the first screen; every mark of the overview chart and of the map is a link with an
 * accessible name that lands; the home page says what it is about and when it was updated.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { openPage, readEventsExport } from './site.ts';
import { SiteReader } from './timeline-crawl.ts';

test('on a 375 × 812 phone the first event’s headline is within the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await openPage(page, './');
  const headline = page.locator('main a[href*="/events/"]').first();
  await expect(headline).toBeVisible();
  const box = (await headline.boundingBox())!;
  expect(box.y + box.height, 'bottom of the first event headline').toBeLessThanOrEqual(812);
});

test('the home page says what it is about, when it was updated and where the planned begins', async ({ page, request }) => {
  await openPage(page, './');
  await expect(page.locator('h1')).not.toHaveText(/^Timeline$/);
  await expect(page.locator('.updated')).toContainText(/Updated \d{1,2} \w+ \d{4}/);
  const planned = (await readEventsExport(request)) as unknown as { status: string }[];
  if (planned.some((e) => e.status === 'planned')) await expect(page.locator('main .as-of')).toHaveCount(1);
});

async function expectLinkedMarks(page: Page, request: APIRequestContext, baseURL: string, marks: string, from: string): Promise<number> {
  const links = page.locator(marks);
  const n = await links.count();
  const site = new SiteReader(request, new URL(baseURL));
  for (let i = 0; i < n; i += 1) {
    const link = links.nth(i);
    const name = await link.evaluate((a) => a.getAttribute('aria-label') ?? '');
    expect(name.trim(), `accessible name of mark ${i}`).not.toBe('');
    await expect(page.getByRole('link', { name, exact: true }).first()).toBeAttached();
    await site.expectLands(new URL((await link.getAttribute('href'))!, page.url()), from);
  }
  return n;
}

test('every mark of the overview chart is a link with an accessible name that lands', async ({ page, request, baseURL }) => {
  await openPage(page, './');
  expect(await expectLinkedMarks(page, request, baseURL!, 'main .overview svg a', './'), 'marks on the chart').toBeGreaterThan(0);
});

test('every place where an event took place is on the map as a named link, or listed under it', async ({ page, request, baseURL }) => {
  const exported = (await readEventsExport(request)) as unknown as { place: { id: string; name: string } | null }[];
  const venues = new Set(exported.flatMap((e) => (e.place ? [e.place.name] : [])));
  expect(venues.size, 'places with events').toBeGreaterThan(0);
  await openPage(page, 'places/');
  const marks = await expectLinkedMarks(page, request, baseURL!, 'main .map svg a', 'places/');
  const onMap = await page.locator('main .map svg a').evaluateAll((as) => as.map((a) => a.textContent!.trim()));
  const listed = await page.locator('main .map p a').allInnerTexts();
  expect(marks).toBe(onMap.length);
  expect([...onMap, ...listed].sort()).toEqual([...venues].sort());
});
