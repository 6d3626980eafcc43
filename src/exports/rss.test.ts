import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { eventsFeed } from './rss.ts';
import { siteRoot } from './site-url.ts';
import { testTimeline } from '../../tests/support/timeline.ts';

const root = siteRoot('https://example.org', '/dateline/');

interface Item {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  pubDate: string;
  description: string;
}

async function items(timeline = testTimeline()): Promise<Item[]> {
  const xml = await eventsFeed(timeline, root, 'Dateline');
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
  return [parsed.rss.channel.item].flat();
}

describe('eventsFeed', () => {
  it('lists every event of a small timeline, newest first, linked to its page with that URL as permalink guid', async () => {
    const feed = await items();
    expect(feed.map((item) => item.link)).toEqual([
      'https://example.org/dateline/events/2026-03-summit/',
      'https://example.org/dateline/events/2026-02-25-geneva-talks/',
      'https://example.org/dateline/events/2026-02-17-phone-call/',
    ]);
    expect(feed[1]?.guid).toEqual({ '#text': feed[1]?.link, '@_isPermaLink': 'true' });
  });

  it('carries the events reported last, newest event first, when there are more than it holds', async () => {
    // The summit was first reported on 26 February, the other two on the 25th at the same
    // time: of those, the later event in the timeline (Geneva) goes in.
    const xml = await eventsFeed(testTimeline(), root, 'Dateline', 2);
    const links = [new XMLParser().parse(xml).rss.channel.item].flat().map((item: { link: string }) => item.link);
    expect(links).toEqual(['https://example.org/dateline/events/2026-03-summit/', 'https://example.org/dateline/events/2026-02-25-geneva-talks/']);
  });

  it('names its own address and language in the channel', async () => {
    const channel = new XMLParser({ ignoreAttributes: false }).parse(await eventsFeed(testTimeline(), root, 'Dateline')).rss.channel;
    expect(channel.link).toBe('https://example.org/dateline/');
    expect(channel.language).toBe('en');
    expect(channel['atom:link']).toEqual({ '@_href': 'https://example.org/dateline/rss.xml', '@_rel': 'self', '@_type': 'application/rss+xml' });
  });

  it('dates each item by its first report and sums the event up in the description', async () => {
    const geneva = (await items())[1];
    // wire-a (25 Feb, 18:30 UTC) reported it before wire-b.
    expect(geneva?.pubDate).toBe('Wed, 25 Feb 2026 18:30:00 GMT');
    expect(geneva?.description).toBe('25 February 2026 · talks · Steve Witkoff and Abbas Araghchi · Geneva · 2 sources');
  });

  it('escapes markup in titles and names', async () => {
    const timeline = testTimeline();
    timeline.events[0] = { ...timeline.events[0]!, title: 'Talks </title><script>alert(1)</script> & more' };
    const xml = await eventsFeed(timeline, root, 'Dateline');
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;/title&gt;&lt;script&gt;');
    expect((await items(timeline))[1]?.title).toBe('Talks </title><script>alert(1)</script> & more');
  });

  it('is byte-identical for the same timeline in any order', async () => {
    const shuffled = testTimeline();
    shuffled.events.reverse();
    expect(await eventsFeed(shuffled, root, 'Dateline')).toBe(await eventsFeed(testTimeline(), root, 'Dateline'));
  });
});
