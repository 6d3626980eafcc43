/**
 * Search: with JavaScript, the static index finds names and places and every result lands
 * on a page that contains the word; the header's search form leads there; nothing is
 * fetched from another site. Without JavaScript, the page says so and offers the lists.
 */
import { expect, test } from './fixtures.ts';
import { openPage } from './site.ts';
import { SiteReader } from './timeline-crawl.ts';

for (const query of ['Geneva', 'Witkoff']) {
  test(`search finds “${query}” and every result lands on a page that mentions it`, async ({ page, request, baseURL, pageProblems }) => {
    const origins = new Set<string>();
    page.on('request', (r) => origins.add(new URL(r.url()).origin));
    await openPage(page, `search/?q=${query}`);
    const results = page.locator('#search-results > li');
    await expect(results.first()).toBeVisible();
    await expect(page.locator('#search-status')).toHaveText(new RegExp(`^\\d+ results? for “${query}”\\.$`));
    await expect(page.locator('#search-query')).toHaveValue(query);
    await expect(page.getByText('Full-text search needs JavaScript')).toBeHidden();

    const site = new SiteReader(request, new URL(baseURL!));
    const hrefs = await results.locator('a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      const url = new URL(href);
      expect(url.pathname, 'results are events and articles').toMatch(/\/(events|articles)\/[^/]+\/$/);
      await site.expectLands(url, `search/?q=${query}`);
      expect((await site.fetch(url)).html.toLowerCase(), `${url.pathname} mentions ${query}`).toContain(query.toLowerCase());
    }
    expect([...origins], 'no request to another site').toEqual([new URL(baseURL!).origin]);
    expect(pageProblems).toEqual([]);
  });
}

test('the search form in the header leads to results', async ({ page, pageProblems }) => {
  await openPage(page, './');
  await page.locator('header #site-search').fill('Witkoff');
  await page.locator('header #site-search').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Witkoff$/);
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  // Searching again on the page updates the results and the address without reloading.
  await page.locator('#search-query').fill('Geneva');
  await page.locator('#search-query').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Geneva$/);
  await expect(page.locator('#search-status')).toHaveText(/for “Geneva”/);
  expect(pageProblems).toEqual([]);
});

test('a word found nowhere says so', async ({ page }) => {
  await openPage(page, 'search/?q=zzyzx');
  await expect(page.locator('#search-status')).toHaveText('Nothing found for “zzyzx”.');
  await expect(page.locator('#search-results > li')).toHaveCount(0);
});

test('without JavaScript the search page explains itself and offers the lists', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await openPage(page, 'search/?q=Geneva');
  await expect(page.getByText('Full-text search needs JavaScript')).toBeVisible();
  const browse = page.locator('section:has(#browse)');
  for (const name of ['Timeline', 'People', 'places', 'Sources']) {
    const link = browse.getByRole('link', { name, exact: true });
    await expect(link).toBeVisible();
    const response = await page.request.get((await link.getAttribute('href'))!);
    expect(response.status(), `${name} link`).toBe(200);
  }
  await context.close();
});
