import { XMLParser } from 'fast-xml-parser';
import { inCalendar } from '../../src/exports/ics.ts';
import { FEED_ITEMS } from '../../src/exports/rss.ts';
import { expect, test } from './fixtures.ts';
import { pathOf, readEventsExport, type ExportedEvent } from './site.ts';

/** The fields of events.json these checks read besides id and url. */
type FeedEvent = ExportedEvent & { date: { start: string; end: string }; aliases: string[]; tier: 'key' | 'context' };

const xml = new XMLParser({ ignoreAttributes: false });

async function readEvents(request: Parameters<typeof readEventsExport>[0]): Promise<FeedEvent[]> {
  const events = (await readEventsExport(request)) as FeedEvent[];
  expect(events.length, 'events in events.json').toBeGreaterThan(0);
  return events;
}

async function getText(request: Parameters<typeof readEventsExport>[0], path: string, type: RegExp): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), `HTTP status of ${path}`).toBe(200);
  expect(response.headers()['content-type'], `content type of ${path}`).toMatch(type);
  return response.text();
}

test('rss.xml lists the events of events.json reported last (all of them, up to its size), newest first, linked to its page', async ({ request }) => {
  const events = await readEvents(request);
  const feed = xml.parse(await getText(request, 'rss.xml', /xml/));
  const items: { link: string; guid: { '#text': string } }[] = [feed.rss.channel.item ?? []].flat();
  const newestFirst = [...events].reverse().map((event) => pathOf(event.url));
  const listed = items.map((item) => pathOf(item.link));
  expect(listed).toHaveLength(Math.min(events.length, FEED_ITEMS));
  expect(newestFirst.filter((path) => listed.includes(path))).toEqual(listed);
  for (const item of items) expect(item.guid['#text']).toBe(item.link);
});

test('the sitemap lists every event page and no redirect from an old id', async ({ request }) => {
  const events = await readEvents(request);
  const index = xml.parse(await getText(request, 'sitemap-index.xml', /xml/));
  const sitemaps: { loc: string }[] = [index.sitemapindex.sitemap].flat();
  expect(sitemaps.length, 'sitemaps in sitemap-index.xml').toBeGreaterThan(0);
  const listed = new Set<string>();
  for (const sitemap of sitemaps) {
    const urlset = xml.parse(await getText(request, pathOf(sitemap.loc), /xml/)).urlset;
    for (const url of [urlset.url ?? []].flat() as { loc: string }[]) listed.add(pathOf(url.loc));
  }
  for (const event of events) {
    expect(listed.has(pathOf(event.url)), `sitemap lists ${event.url}`).toBe(true);
    for (const alias of event.aliases) {
      const redirect = pathOf(event.url).replace(`/events/${event.id}/`, `/events/${alias}/`);
      expect(listed.has(redirect), `sitemap leaves out the redirect ${redirect}`).toBe(false);
    }
  }
});

test('events.ics holds one all-day VEVENT per event whose period fits a calendar', async ({ request }) => {
  const events = await readEvents(request);
  const ics = (await getText(request, 'events.ics', /text\/calendar/)).replace(/\r\n[ \t]/g, '');
  const lines = ics.split('\r\n');
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  const uids = lines.filter((line) => line.startsWith('UID:')).map((line) => line.slice(4).replace(/@.*$/, ''));
  expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(uids.length);
  expect(lines.filter((line) => line.startsWith('DTSTART;VALUE=DATE:'))).toHaveLength(uids.length);
  expect(uids.sort()).toEqual(events.filter((event) => inCalendar(event.date)).map((event) => event.id).sort());
});

test('robots.txt allows crawling and points at the sitemap', async ({ request }) => {
  const robots = await getText(request, 'robots.txt', /text\/plain/);
  expect(robots).toMatch(/^User-agent: \*$/m);
  const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(sitemap, 'Sitemap line in robots.txt').toMatch(/^https?:\/\/.+\/sitemap-index\.xml$/);
  expect((await request.get(pathOf(sitemap!))).status(), 'HTTP status of the sitemap named in robots.txt').toBe(200);
});

test('every event page shows a share image (Open Graph and Twitter): its own for a key event, the site’s for context', async ({ request }) => {
  const events = await readEvents(request);
  expect(events.some((event) => event.tier === 'key'), 'key events in the content').toBe(true);
  const served = new Set<string>();
  for (const event of events) {
    const page = await (await request.get(`events/${event.id}/`)).text();
    const image = /<meta property="og:image" content="([^"]+)"/.exec(page)?.[1];
    expect(image, `og:image of ${event.id}`).toBeDefined();
    expect(new URL(image!).pathname.endsWith(event.tier === 'key' ? `/og/${event.id}.png` : '/og/site.png'), `og:image of ${event.id}: ${image}`).toBe(true);
    expect(/<meta name="twitter:image" content="([^"]+)"/.exec(page)?.[1], `twitter:image of ${event.id}`).toBe(image);
    served.add(pathOf(image!));
  }
  for (const path of served) {
    const response = await request.get(path);
    expect(response.status(), `HTTP status of ${path}`).toBe(200);
    expect(response.headers()['content-type'], `content type of ${path}`).toBe('image/png');
  }
});
