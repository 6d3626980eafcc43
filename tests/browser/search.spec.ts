/**
 * Search: with JavaScript, the static index finds names and places and every result lands
 * on a page that contains the word; the events held at a place come first, with their
 * dates and clean excerpts; results come as you type; the header's one search link leads
 * there; nothing is fetched from another site. Without JavaScript, the page says so and
 * offers the lists.
 */
import { expect as baseExpect, test } from './fixtures.ts';
import { openPage, pathOf, readEventsExport } from './site.ts';
import { SiteReader } from './timeline-crawl.ts';

// A search's first answer waits for Pagefind's WebAssembly and index fragments, and typing
// runs one search per key: at a load of 20 on 2 cores one answer took 47 s. Ceilings, not
// waits: a quick answer passes at once.
const expect = baseExpect.configure({ timeout: 90_000 });
test.describe.configure({ timeout: 240_000 });

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

test('the header’s search link leads to a search that answers as you type', async ({ page, pageProblems }) => {
  await openPage(page, './');
  await page.locator('header').getByRole('link', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/search\/$/);
  await page.locator('#search-query').pressSequentially('Witkoff');
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await expect(page).toHaveURL(/\/search\/\?q=Witkoff$/);
  // Typing on updates the results and the address without reloading or pressing Enter.
  await page.locator('#search-query').fill('Geneva');
  await expect(page).toHaveURL(/\/search\/\?q=Geneva$/);
  await expect(page.locator('#search-status')).toHaveText(/for “Geneva”/);
  expect(pageProblems).toEqual([]);
});

test('words typed before the search script has loaded are searched, not wiped', async ({ page }) => {
  // Hold the page's scripts until the reader has typed, as a slow connection does.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/.*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto('search/', { waitUntil: 'commit' });
  await page.locator('#search-query').fill('Witkoff');
  release();
  await expect(page.locator('#search-results > li').first()).toBeVisible();
  await expect(page.locator('#search-query')).toHaveValue('Witkoff');
  await expect(page.locator('#search-status')).toHaveText(/for “Witkoff”/);
  await expect(page).toHaveURL(/\/search\/\?q=Witkoff$/);
});

test('“Geneva” lists the events held in Geneva first, each with its date and a clean excerpt', async ({ page, request }) => {
  const exported = (await readEventsExport(request)) as unknown as { url: string; place: { name: string } | null; date: { text: string }; sources: { title: string; outlet: string; published: string }[] }[];
  const held = exported.filter((e) => e.place?.name === 'Geneva');
  expect(held.length, 'events held in Geneva').toBeGreaterThan(0);
  await openPage(page, 'search/?q=Geneva');
  const results = page.locator('#search-results > li');
  await expect(results.first()).toBeVisible();
  const shown = await results.evaluateAll((items) =>
    items.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, meta: li.querySelector('.meta')?.textContent ?? '', excerpt: li.querySelector('p:last-child')?.textContent ?? '' })),
  );
  const first = shown.slice(0, held.length);
  expect(first.map((r) => pathOf(r.href)).sort()).toEqual(held.map((e) => pathOf(e.url)).sort());
  for (const event of held) {
    const result = first.find((r) => pathOf(r.href) === pathOf(event.url))!;
    expect(result.meta, `date of ${event.url} in its result`).toContain(event.date.text);
  }
  for (const result of shown) {
    expect(result.excerpt, `excerpt of ${result.href}`).not.toBe('');
    // Metadata run into text ("Outlet unknown25 February 2026") would show as a letter against a digit.
    expect(result.excerpt, `excerpt of ${result.href}`).not.toMatch(/\p{L}\d|\d\p{Lu}|Outlet unknown/u);
  }
  for (const event of held) {
    const excerpt = first.find((r) => pathOf(r.href) === pathOf(event.url))!.excerpt;
    for (const source of event.sources) expect(excerpt, 'an event’s excerpt is its own text, not its sources’ headlines').not.toContain(source.title);
  }
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
