/**
 * The timeline's filters are plain links in one disclosure, so they work the same with
 * JavaScript off and on:
 * a kind's page lists only that kind (and, with its archive, all of it); a person's or a
 * place's page lists only events they are part of, as many as the filter says.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { openPage, readEventsExport } from './site.ts';
import { listedEventIds, SiteReader } from './timeline-crawl.ts';

interface Exported {
  id: string;
  kind: string;
  participants: { id: string }[];
  place: { id: string } | null;
}

const filterLinks = (page: Page, section: string) =>
  page.getByRole('navigation', { name: 'Filter events' }).locator(`a[href*="/${section}/"]:not([href$="/${section}/"])`);

/** The filters sit in one disclosure, closed at first so a phone shows events first. */
const openFilters = async (page: Page) => {
  const filters = page.locator('details.filters');
  await expect(filters).not.toHaveAttribute('open');
  await filters.locator('summary').click();
  await expect(filters).toHaveAttribute('open');
};

const listedOnPage = (page: Page) => page.locator('main li.event').evaluateAll((items) => items.map((item) => item.id));

for (const javaScriptEnabled of [false, true]) {
  test.describe(`filters with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('each kind filter opens a page with only that kind, and its archive has all of them', async ({ page, request, baseURL }) => {
      const exported = (await readEventsExport(request)) as unknown as Exported[];
      const site = new SiteReader(request, new URL(baseURL!));
      await openPage(page, './');
      await openFilters(page);
      const kinds = await filterLinks(page, 'kinds').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
      expect(kinds.length, 'kind filters').toBeGreaterThan(0);
      for (const path of kinds) {
        await test.step(path, async () => {
          await openPage(page, './');
          await openFilters(page);
          await filterLinks(page, 'kinds').and(page.locator(`[href="${path}"]`)).click();
          // The URL changes before the new page is parsed: wait for it to load, then read it.
          await page.waitForURL(new RegExp(`${path}$`));
          const kind = path.split('/').at(-2)!;
          const ofKind = exported.filter((e) => e.kind === kind).map((e) => e.id);
          const listed = await listedOnPage(page);
          expect(listed.length, `events on ${path}`).toBeGreaterThan(0);
          expect(ofKind).toEqual(expect.arrayContaining(listed));
          const years = (await page.locator('#archive a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))).map((href) => new URL(href));
          const archived: string[] = [];
          for (const year of years) {
            const yearPage = await site.fetch(year);
            archived.push(...listedEventIds(yearPage.html));
            for (const month of yearPage.links.filter((l) => site.isOwn(l) && l.pathname.startsWith(year.pathname) && l.pathname !== year.pathname && !l.hash)) {
              archived.push(...listedEventIds((await site.fetch(month)).html));
            }
          }
          expect(archived, `events in the archive of ${path}`).toEqual(ofKind);
        });
      }
    });

    for (const section of ['people', 'places']) {
      test(`a ${section} filter opens a page with only their events, as many as the filter says`, async ({ page, request }) => {
        const exported = (await readEventsExport(request)) as unknown as Exported[];
        await openPage(page, './');
        await openFilters(page);
        const link = filterLinks(page, section).first();
        const id = (await link.evaluate((a) => (a as HTMLAnchorElement).pathname)).split('/').at(-2)!;
        const count = Number(await link.locator('xpath=following-sibling::*[contains(@class, "count")]').innerText());
        const theirs = exported.filter((e) => e.participants.some((p) => p.id === id) || e.place?.id === id).map((e) => e.id);
        expect(count, `events of ${id} according to the filter`).toBe(theirs.length);
        await link.click();
        await page.waitForURL(new RegExp(`/${section}/${id}/$`));
        const listed = await listedOnPage(page);
        expect(listed.length, `events on the page of ${id}`).toBeGreaterThan(0);
        expect(theirs).toEqual(expect.arrayContaining(listed));
      });
    }
  });
}

test.describe('the find box', () => {
  test('with JavaScript it narrows the list in place to the events that mention every word typed', async ({ page, pageProblems }) => {
    await openPage(page, './');
    const items = page.locator('main li.event');
    const all = await items.count();
    await openFilters(page);
    const name = (await filterLinks(page, 'people').first().innerText()).trim();
    const mentioning = await items.evaluateAll((lis, n) => lis.filter((li) => li.textContent!.toLowerCase().includes(n.toLowerCase())).map((li) => li.id), name);
    expect(mentioning.length).toBeLessThan(all);
    await page.getByLabel('Find').fill(name.toUpperCase());
    await expect(page.locator('main li.event:visible')).toHaveCount(mentioning.length);
    expect(await page.locator('main li.event:visible').evaluateAll((lis) => lis.map((li) => li.id))).toEqual(mentioning);
    await expect(page.getByRole('status')).toHaveText(`${mentioning.length} shown`);
    // The overview chart shows what the list shows (a month too busy to stack folds some marks into "+N").
    const marked = await page.locator('main .overview a[data-event]').evaluateAll((as) => as.map((a) => a.getAttribute('data-event')));
    expect(marked.length).toBeGreaterThan(0);
    expect(await page.locator('main .overview a[data-event]:visible').evaluateAll((as) => as.map((a) => a.getAttribute('data-event')).sort())).toEqual(mentioning.filter((id) => marked.includes(id)).sort());
    await page.getByLabel('Find').fill('');
    await expect(page.locator('main li.event:visible')).toHaveCount(all);
    await expect(page.locator('main .overview a[data-event]:visible')).toHaveCount(await page.locator('main .overview a[data-event]').count());
    expect(pageProblems).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('is not there, and every event stays listed', async ({ page }) => {
      await openPage(page, './');
      await expect(page.getByLabel('Find')).toHaveCount(0);
      await expect(page.locator('main li.event:visible')).toHaveCount(await page.locator('main li.event').count());
    });
  });
});
