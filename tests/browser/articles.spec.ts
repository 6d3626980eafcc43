import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { articlePaths, eventPaths, headingText, openPage, readEventsExport } from './site.ts';

test('every article linked from the site renders its title in an <h1> and has body paragraphs', async ({
  page,
  pageProblems,
  request,
}) => {
  // Articles are linked from the timeline and from the event pages that cite them.
  await openPage(page, './');
  const linked = new Set(await articlePaths(page));
  for (const path of await eventPaths(page)) {
    await openPage(page, path);
    for (const article of await articlePaths(page)) linked.add(article);
  }
  expect(linked.size, 'article pages linked from the site').toBeGreaterThan(0);

  const titles = await articleTitles(request);
  for (const path of [...linked].sort()) {
    await test.step(path, async () => {
      await openPage(page, path);
      const id = path.split('/').at(-2) ?? '';
      expect(await headingText(page), `<h1> of article ${id}`).toBe(titles.get(id));
      const paragraphs = page.locator('main p').filter({ hasText: /\S/ });
      expect(await paragraphs.count(), `body paragraphs of article ${id}`).toBeGreaterThan(0);
    });
  }
  expect(pageProblems).toEqual([]);
});

/** Article id → title, as the events in events.json cite them. */
async function articleTitles(request: APIRequestContext): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  for (const event of await readEventsExport(request)) {
    for (const source of event.sources ?? []) titles.set(source.article, source.title);
  }
  return titles;
}
