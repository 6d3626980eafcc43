import { expect, test } from './fixtures.ts';
import { built, headingText, openPage } from './site.ts';
import { SiteReader } from './timeline-crawl.ts';

const ARTICLE_PATH = /\/articles\/[^/]+\/$/;

/** Article id → title, as the events in events.json cite them. */
const titles = new Map(built.events().flatMap((event) => (event.sources ?? []).map((source) => [source.article, source.title] as const)));

test('the timeline and every event page link only to article pages that were built, and together to every cited one', async ({ request, baseURL }) => {
  // Articles are linked from the timeline and from the event pages that cite them.
  const site = new SiteReader(request, new URL(baseURL!));
  const pages = ['', ...built.events().map((event) => `events/${event.id}/`)];
  const linked = new Set<string>();
  for (const path of pages) {
    for (const link of (await site.fetch(path)).links) {
      if (site.isOwn(link) && ARTICLE_PATH.test(link.pathname)) linked.add(link.pathname.split('/').at(-2)!);
    }
  }
  expect([...linked].filter((id) => !built.articleIds().includes(id)), 'linked articles without a page').toEqual([]);
  expect([...titles.keys()].filter((id) => !linked.has(id)), 'cited articles no page links to').toEqual([]);
});

for (const id of built.articleIds()) {
  test(`article ${id} renders its title in an <h1> and has body paragraphs`, async ({ page, pageProblems }) => {
    await openPage(page, `articles/${id}/`);
    const heading = await headingText(page);
    if (titles.has(id)) expect(heading, `<h1> of article ${id}`).toBe(titles.get(id));
    const paragraphs = page.locator('main p').filter({ hasText: /\S/ });
    expect(await paragraphs.count(), `body paragraphs of article ${id}`).toBeGreaterThan(0);
    expect(pageProblems).toEqual([]);
  });
}
