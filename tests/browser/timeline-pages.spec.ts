/**
 * The timeline, its archive and the kind pages: the order is the order of /events.json,
 * every event is in the archive once, and every link on these pages (and on the event pages)
 * lands on a page that answers 200 and has the #fragment it points to.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { openPage, readEventsExport } from './site.ts';
import { listedEventIds, SiteReader } from './timeline-crawl.ts';

const YEAR_PAGE = /^archive\/\d{4}\/$/;
const MONTH_PAGE = /^archive\/\d{4}\/\d{2}\/$/;
/** The pages this spec crawls: the timeline, the archive, the kind pages and the event pages. */
const CRAWLED = /^(?:$|archive\/|kinds\/|events\/)/;

const unique = (items: string[]) => [...new Set(items)];

test('the timeline lists its events in the order of events.json, each linking to its page', async ({ request, baseURL }) => {
  const site = new SiteReader(request, new URL(baseURL!));
  const exported = (await readEventsExport(request)).map((e) => e.id);
  const home = await site.fetch('');
  const listed = listedEventIds(home.html);
  expect(listed.length, 'events listed on the timeline').toBeGreaterThan(0);
  const shown = new Set(listed);
  expect(listed).toEqual(exported.filter((id) => shown.has(id)));
  const linked = new Set(home.links.filter((l) => site.isOwn(l)).map((l) => site.sitePath(l)));
  for (const id of listed) expect(linked.has(`events/${id}/`), `link to the page of ${id}`).toBe(true);
});

test('the timeline groups its events under year and month headings', async ({ page }) => {
  await page.goto('./');
  const outline = await page.locator('main :is(h2, h3, h4)').evaluateAll((hs) => hs.map((h) => h.tagName));
  expect(outline).toContain('H4');
  const years = await page.locator('main h2.year').allInnerTexts();
  expect(years.length).toBeGreaterThan(0);
  expect(years.every((y) => /^\d{4}$/.test(y))).toBe(true);
  expect([...years].sort()).toEqual(years);
});

test('the archive by year lists every event once, in the order of events.json', async ({ request, baseURL }) => {
  const site = new SiteReader(request, new URL(baseURL!));
  const exported = (await readEventsExport(request)).map((e) => e.id);
  const home = await site.fetch('');
  const years = unique(home.links.filter((l) => site.isOwn(l)).map((l) => site.sitePath(l)).filter((p) => YEAR_PAGE.test(p)));
  expect(years.length, 'archive years linked from the timeline').toBeGreaterThan(0);
  const archived: string[] = [];
  for (const year of years) {
    const page = await site.fetch(year);
    expect(page.status, year).toBe(200);
    archived.push(...listedEventIds(page.html));
    const months = unique(page.links.filter((l) => site.isOwn(l)).map((l) => site.sitePath(l)).filter((p) => MONTH_PAGE.test(p) && p.startsWith(year)));
    for (const month of months) archived.push(...listedEventIds((await site.fetch(month)).html));
  }
  expect(archived).toEqual(exported);
});

test('every link on the timeline, archive, kind and event pages lands, #fragments included', async ({ request, baseURL }) => {
  const site = new SiteReader(request, new URL(baseURL!));
  const queue = [''];
  const seen = new Set(queue);
  let links = 0;
  while (queue.length > 0) {
    const path = queue.shift()!;
    const page = await site.fetch(path);
    expect(page.status, `/${path}`).toBe(200);
    for (const link of page.links.filter((l) => site.isOwn(l))) {
      links += 1;
      await site.expectLands(link, `/${path}`);
      const target = site.sitePath(link);
      if (CRAWLED.test(target) && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  const exported = await readEventsExport(request);
  for (const event of exported) expect(seen.has(`events/${event.id}/`), `events/${event.id}/ reached from the timeline`).toBe(true);
  expect(links).toBeGreaterThan(exported.length);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`archive pages have no accessibility violations in ${colorScheme} mode`, async ({ page, pageProblems }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await openPage(page, './');
    const year = await page.locator('#archive a').first().getAttribute('href');
    for (const path of ['archive/', year!]) {
      await openPage(page, new URL(path, page.url()).href);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`), `axe on ${path}`).toEqual([]);
    }
    expect(pageProblems).toEqual([]);
  });
}
