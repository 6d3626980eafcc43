/**
 * Event permalinks: headline, date, every source with its quotes, each quote citing its
 * sentence in the article; a permalink whose copy button copies the canonical URL; previous / next in the order of /events.json; related events
 * that share someone or the place; JSON-LD that parses; old ids that redirect.
 */
import { expect, test } from './fixtures.ts';
import { built, openPage, readEventsExport } from './site.ts';
import { SiteReader } from './timeline-crawl.ts';

interface Exported {
  id: string;
  title: string;
  participants: { id: string }[];
  place: { id: string } | null;
  sources: { article: string; title: string; quotes: { text: string }[] }[];
  aliases: string[];
}

const readExport = async (request: Parameters<typeof readEventsExport>[0]) => (await readEventsExport(request)) as unknown as Exported[];
/** Letters and digits only: a quote in the article body and the sentence on the article page may differ in Markdown. */
const letters = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();

// One test per event: a crawl of every event in one test outgrows any timeout on a slow machine.
for (const event of built.events<Exported>()) {
  test(`event page ${event.id} shows its headline and each source with its quotes, linking to the sentence in the article`, async ({ page, request, baseURL }) => {
    const site = new SiteReader(request, new URL(baseURL!));
    await openPage(page, `events/${event.id}/`);
    await expect(page.locator('h1')).toHaveText(event.title);
    // The first date in the facts is the event's (a planned one's status has an "as of" date too).
    await expect(page.locator('.facts time[datetime]').first()).toHaveAttribute('class', 'event-date');
    await expect(page.locator('.facts time[datetime]').first()).toBeVisible();
    const sources = page.locator('ol.sources > li');
    await expect(sources).toHaveCount(event.sources.length);
    for (const [i, source] of event.sources.entries()) {
      const item = sources.nth(i);
      await expect(item.locator('h3')).toHaveText(source.title);
      // The best quote shows; the others are folded into a disclosure, but every one is there.
      await expect(item.locator('blockquote')).toHaveText(source.quotes.map((q) => q.text));
      await expect(item.locator('blockquote').first()).toBeVisible();
      // Each quote cites its sentence in our copy of the article; one visible link per source goes there.
      const links = await item.locator('blockquote').evaluateAll((qs) => qs.map((q) => new URL(q.getAttribute('cite') ?? '', document.baseURI).href));
      expect(links).toHaveLength(source.quotes.length);
      await expect(item.getByRole('link', { name: 'Read it in our copy of the article' })).toHaveAttribute('href', new URL(links[0]!).pathname + new URL(links[0]!).hash);
      for (const [q, href] of links.entries()) {
        const url = new URL(href);
        expect(url.pathname).toMatch(new RegExp(`/articles/${source.article}/$`));
        expect(url.hash).toMatch(/^#s-\d+$/);
        await site.expectLands(url, `events/${event.id}/`);
        const article = await site.fetch(url);
        const sentence = new RegExp(`id="${url.hash.slice(1)}"[^>]*>([\\s\\S]*?)</(?:mark|span)>`).exec(article.html)?.[1] ?? '';
        const [said, shown] = [letters(source.quotes[q]!.text), letters(sentence.replace(/<[^>]+>/g, ''))];
        expect(said.includes(shown) || shown.includes(said), `sentence ${url.hash} of ${source.article} is the quote`).toBe(true);
      }
    }
  });
}

test('previous and next follow the order of events.json', async ({ request, baseURL }) => {
  const site = new SiteReader(request, new URL(baseURL!));
  const ids = (await readExport(request)).map((e) => e.id);
  for (const [i, id] of ids.entries()) {
    const { html } = await site.fetch(`events/${id}/`);
    const rel = (name: string) => new RegExp(`href="([^"]*)" rel="${name}"`).exec(html)?.[1];
    expect(rel('prev'), `previous of ${id}`).toBe(i > 0 ? new URL(`events/${ids[i - 1]}/`, baseURL).pathname : undefined);
    expect(rel('next'), `next of ${id}`).toBe(i < ids.length - 1 ? new URL(`events/${ids[i + 1]}/`, baseURL).pathname : undefined);
  }
});

test('related events share a participant or the place', async ({ page, request }) => {
  const exported = await readExport(request);
  const byId = new Map(exported.map((e) => [e.id, e]));
  const entities = (e: Exported) => [...e.participants.map((p) => p.id), ...(e.place ? [e.place.id] : [])];
  let seen = 0;
  for (const event of exported) {
    await openPage(page, `events/${event.id}/`);
    const related = await page.locator('section:has(#related) li.event').evaluateAll((items) => items.map((item) => item.id));
    for (const id of related) {
      expect(entities(byId.get(id)!).some((x) => entities(event).includes(x)), `${id} related to ${event.id}`).toBe(true);
      seen += 1;
    }
  }
  expect(seen, 'related events across all event pages').toBeGreaterThan(0);
});

test('each event page carries a schema.org Event with its sources as NewsArticles', async ({ request, baseURL }) => {
  const site = new SiteReader(request, new URL(baseURL!));
  for (const event of await readExport(request)) {
    const { html } = await site.fetch(`events/${event.id}/`);
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(scripts, `JSON-LD on ${event.id}`).toHaveLength(1);
    const data = JSON.parse(scripts[0]![1]!) as { '@type': string; name: string; url: string; subjectOf: { '@type': string; headline: string }[] };
    expect(data['@type']).toBe('Event');
    expect(data.name).toBe(event.title);
    expect(new URL(data.url).pathname).toBe(new URL(`events/${event.id}/`, baseURL).pathname);
    expect(data.subjectOf.map((a) => [a['@type'], a.headline])).toEqual(event.sources.map((s) => ['NewsArticle', s.title]));
  }
});

test('an old id, changed by an editor’s correction, redirects to the event’s page', async ({ page, request, baseURL }) => {
  const moved = (await readExport(request)).flatMap((e) => e.aliases.map((alias) => ({ alias, id: e.id })));
  // content/corrections.yaml re-dates the US–Ukraine Geneva talks, which changes their id.
  expect(moved.length, 'aliases in events.json').toBeGreaterThan(0);
  const site = new SiteReader(request, new URL(baseURL!));
  for (const { alias, id } of moved) {
    const target = new URL(`events/${id}/`, baseURL);
    const { status, html } = await site.fetch(`events/${alias}/`);
    expect(status).toBe(200);
    expect(html).toContain('<meta name="robots" content="noindex');
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${target.pathname}"`));
    expect(html).toMatch(new RegExp(`<meta http-equiv="refresh" content="0; url=${target.pathname}"`));
    await page.goto(`events/${alias}/`);
    await expect(page).toHaveURL(target.href);
    await expect(page.locator('h1')).toBeVisible();
  }
});

test('an event whose date the editors set says so on its page, with their reason', async ({ page, request }) => {
  const exported = (await readEventsExport(request)) as unknown as (Exported & { corrections?: { field: string; reason?: string }[] })[];
  // content/corrections.yaml sets the date of the US–Ukraine Geneva talks, with a reason.
  const corrected = exported.filter((e) => e.corrections?.some((c) => c.field === 'date' && c.reason));
  expect(corrected.length, 'events.json events with a date set by the editors').toBeGreaterThan(0);
  for (const event of corrected) {
    const { reason } = event.corrections!.find((c) => c.field === 'date')!;
    await openPage(page, `events/${event.id}/`);
    const date = page.locator('.facts dd').first();
    await expect(date).toContainText('set by the editors, not read from the sources');
    await expect(date.locator('.correction')).toHaveText(`Date set by the editors: ${reason!.replace(/[.\s]+$/, '')}.`);
  }
});

test('the copy-link control copies the canonical URL of the event', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  const [event] = built.events<Exported>();
  await openPage(page, `events/${event!.id}/`);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toMatch(new RegExp(`/events/${event!.id}/$`));
  await expect(page.locator('.permalink code')).toHaveText(canonical!);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('.permalink [role="status"]')).toHaveText('Link copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
});
