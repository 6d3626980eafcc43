/**
 * People and places: every participant and place of an event has a page; the indexes link
 * to every such page; each page lists exactly the entity's events, in timeline order,
 * and every event link lands.
 */
import { expect, test } from './fixtures.ts';
import { readEventsExport } from './site.ts';
import { listedEventIds, SiteReader } from './timeline-crawl.ts';

interface Exported {
  id: string;
  participants: { id: string; name: string }[];
  place: { id: string; name: string } | null;
}

const SECTIONS = ['people', 'places'] as const;

async function exported(request: Parameters<typeof readEventsExport>[0]): Promise<Exported[]> {
  return (await readEventsExport(request)) as unknown as Exported[];
}

/** Entity id → name, for everyone and everywhere the events name. */
function entitiesOf(events: Exported[]): Map<string, string> {
  return new Map(events.flatMap((e) => [...e.participants, ...(e.place ? [e.place] : [])]).map((x) => [x.id, x.name]));
}

/** Links to entity pages on every page of a section's index (`people/`, then `people/page/2/`… from its pages' nav). */
async function indexedEntityLinks(site: SiteReader, section: (typeof SECTIONS)[number]): Promise<URL[]> {
  const first = await site.fetch(`${section}/`);
  expect(first.status, `${section}/`).toBe(200);
  const later = [...new Map(first.links.filter((l) => new RegExp(`/${section}/page/\\d+/$`).test(l.pathname)).map((l) => [l.pathname, l])).values()];
  const pages = [first, ...(await Promise.all(later.map((url) => site.fetch(url))))];
  for (const [i, page] of pages.entries()) expect(page.status, `page ${i + 1} of ${section}/`).toBe(200);
  const entity = new RegExp(`/${section}/[^/]+/$`);
  return [...new Map(pages.flatMap((page) => page.links.filter((l) => entity.test(l.pathname))).map((l) => [l.href, l])).values()];
}

test('every participant and place of an event has exactly one page, linked from its index', async ({ request, baseURL }) => {
  const site = new SiteReader(request, new URL(baseURL!));
  const indexed = new Set<string>();
  for (const section of SECTIONS) for (const link of await indexedEntityLinks(site, section)) indexed.add(site.sitePath(link));
  const entities = entitiesOf(await exported(request));
  expect(entities.size, 'entities named by events').toBeGreaterThan(0);
  for (const [id, name] of entities) {
    const pages = [];
    for (const section of SECTIONS) if ((await site.fetch(`${section}/${id}/`)).status === 200) pages.push(`${section}/${id}/`);
    expect(pages, `pages of ${name} (${id})`).toHaveLength(1);
    expect(indexed.has(pages[0]!), `${pages[0]} linked from its index`).toBe(true);
  }
});

test('each person’s and place’s page lists exactly its events, in timeline order, and every link lands', async ({ request, baseURL }) => {
  const site = new SiteReader(request, new URL(baseURL!));
  const events = await exported(request);
  const order = events.map((e) => e.id);
  for (const section of SECTIONS) {
    const pages = await indexedEntityLinks(site, section);
    expect(pages.length, `entities on ${section}/`).toBeGreaterThan(0);
    for (const url of pages) {
      const path = site.sitePath(url);
      const id = path.split('/').at(-2)!;
      const entityPage = await site.fetch(url);
      expect(entityPage.status, path).toBe(200);
      const heading = /<h1[^>]*>([^<]*)<\/h1>/.exec(entityPage.html)?.[1];
      expect(heading, `<h1> of ${path}`).toBe(entitiesOf(events).get(id));
      // Its events: here, or (for the busiest) on its year pages.
      const yearPages = entityPage.links.filter((l) => l.pathname.startsWith(url.pathname) && l.pathname !== url.pathname);
      const listed = yearPages.length === 0 ? listedEventIds(entityPage.html) : (await Promise.all(yearPages.map(async (y) => listedEventIds((await site.fetch(y)).html)))).flat();
      const expected = events.filter((e) => e.participants.some((p) => p.id === id) || e.place?.id === id).map((e) => e.id);
      expect(listed, `events on ${path}`).toEqual(expected);
      expect(listed, `order on ${path}`).toEqual([...listed].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
      for (const link of entityPage.links.filter((l) => site.isOwn(l))) await site.expectLands(link, path);
    }
  }
});
