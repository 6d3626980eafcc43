/**
 * Article pages as evidence: every sentence an event quotes is an anchor (`#s-<n>`), shown
 * highlighted, and followed by links to the events that quote it; each link lands on an
 * event that cites this very sentence, and every event reported by the article is linked.
 */
import { expect, test } from './fixtures.ts';
import { articlePaths, built, openPage, readEventsExport } from './site.ts';
import { SiteReader } from './timeline-crawl.ts';

interface Exported {
  id: string;
  sources: { article: string }[];
}

/** Sentence anchor id → absolute URLs of the citation links that follow that sentence. */
type Citations = Record<string, string[]>;

const exported = built.events<Exported>();

test('the sources page links to every built article page', async ({ page }) => {
  await openPage(page, 'articles/');
  const listed = (await articlePaths(page, 'main')).map((path) => path.split('/').at(-2));
  expect(listed.sort()).toEqual(built.articleIds());
});

// One test per article: a crawl of every article in one test outgrows any timeout on a slow machine.
for (const article of built.articleIds()) {
  test(`every cited sentence of ${article} is highlighted and links to the events that quote it, and back`, async ({ page, request, baseURL, pageProblems }) => {
    const site = new SiteReader(request, new URL(baseURL!));
    const path = `articles/${article}/`;
    await openPage(page, path);
    const { citations, uncited, transparent } = await page.locator('.article-body').evaluate((body) => {
      const found: Citations = {};
      let sentence = '';
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_ELEMENT);
      for (let node = walker.nextNode() as Element | null; node; node = walker.nextNode() as Element | null) {
        if (/^s-\d+$/.test(node.id)) sentence = node.id;
        else if (node.matches('sup.cites a')) (found[sentence] ??= []).push((node as HTMLAnchorElement).href);
      }
      const marks = [...body.querySelectorAll('mark.cited[id]')];
      return {
        citations: found,
        uncited: marks.filter((mark) => !found[mark.id]).map((mark) => mark.id),
        transparent: marks.filter((mark) => getComputedStyle(mark).backgroundColor === 'rgba(0, 0, 0, 0)').map((mark) => mark.id),
      };
    });
    expect(uncited, 'highlighted sentences without an event link').toEqual([]);
    expect(transparent, 'highlighted sentences without a background').toEqual([]);

    for (const [sentence, links] of Object.entries(citations)) {
      await expect(page.locator(`#${sentence}`), `${sentence} of ${article} carries the highlight`).toHaveClass(/\bcited\b/);
      for (const href of links) {
        const event = new URL(href);
        await site.expectLands(event, path);
        // The event quotes this sentence: its page links to exactly this anchor.
        const back = (await site.fetch(event)).links.filter((link) => link.pathname === new URL(path, baseURL).pathname);
        expect(back.map((link) => link.hash), `${event.pathname} quotes ${article}#${sentence}`).toContain(`#${sentence}`);
      }
    }

    const linked = new Set(Object.values(citations).flat().map((href) => new URL(href).pathname.split('/').at(-2)));
    const reported = exported.filter((e) => e.sources.some((s) => s.article === article)).map((e) => e.id);
    expect([...linked].sort(), `events linked from ${article}`).toEqual([...reported].sort());
    const listed = await page.locator('section:has(#article-events) li.event').evaluateAll((items) => items.map((item) => item.id));
    expect(listed.sort(), `events listed under ${article}`).toEqual([...reported].sort());
    expect(pageProblems).toEqual([]);
  });
}

test('every sentence an event page quotes exists on its article page, highlighted', async ({ request, baseURL }) => {
  const site = new SiteReader(request, new URL(baseURL!));
  let quoted = 0;
  for (const event of (await readEventsExport(request)) as unknown as Exported[]) {
    const { links } = await site.fetch(`events/${event.id}/`);
    for (const link of links.filter((l) => /\/articles\/[^/]+\/$/.test(l.pathname) && l.hash.startsWith('#s-'))) {
      await site.expectLands(link, `events/${event.id}/`);
      const { html } = await site.fetch(link);
      expect(html, `${link.pathname}${link.hash} is highlighted`).toMatch(new RegExp(`<mark class="cited" id="${link.hash.slice(1)}">`));
      quoted += 1;
    }
  }
  expect(quoted, 'quote links on event pages').toBeGreaterThan(0);
});

test('the sources page lists every article newest first with its number of events', async ({ page, request }) => {
  const events = (await readEventsExport(request)) as unknown as Exported[];
  await openPage(page, 'articles/');
  const rows = await page.locator('main ol > li').evaluateAll((items) =>
    items.map((item) => ({
      id: item.querySelector('a')!.getAttribute('href')!.split('/').at(-2)!,
      published: item.querySelector('time')!.getAttribute('datetime')!,
      events: Number(/^(\d+) events?$/.exec(item.querySelector('.meta > :last-child')?.textContent ?? '')?.[1]),
    })),
  );
  const days = rows.map((r) => r.published.slice(0, 10));
  expect(days, 'newest first').toEqual([...days].sort().reverse());
  for (const row of rows) {
    expect(row.events, `events of ${row.id}`).toBe(events.filter((e) => e.sources.some((s) => s.article === row.id)).length);
  }
});
