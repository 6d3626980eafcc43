import { getRssString, type RSSFeedItem } from '@astrojs/rss';
import type { Timeline } from '../pipeline/types.ts';
import { eventSummaryLine } from './event-text.ts';
import { chronological } from '../pipeline/order.ts';
import { firstReported } from './reported.ts';
import { absoluteUrl, eventPath } from './site-url.ts';

/**
 * Events in the feed. Readers poll a feed for what is new, so it carries the events most
 * recently reported, not the archive: with every event it grew with the corpus (12 MB at
 * 10,000 articles, fetched on every poll). `/events.json` has them all.
 */
export const FEED_ITEMS = 100;

/**
 * The events as an RSS 2.0 feed: the `limit` events first reported last, newest event first
 * (the reverse of timeline order). Deterministic: no build date; each item's pubDate is when
 * the event was first reported.
 */
export function eventsFeed(timeline: Timeline, root: string, siteName: string, limit = FEED_ITEMS): Promise<string> {
  return getRssString({
    title: `${siteName} events`,
    description: 'Events found in news articles, dated and cited, newest first.',
    site: root,
    // The feed's own address, which feed validators ask for.
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${escapeXml(absoluteUrl(root, 'rss.xml'))}" rel="self" type="application/rss+xml"/>`,
    items: feedItems(timeline, root, limit),
  });
}

function feedItems(timeline: Timeline, root: string, limit = FEED_ITEMS): RSSFeedItem[] {
  const events = chronological(timeline.events);
  // On a tie the later event in the timeline goes first, as in the feed.
  const latest = new Set(
    events
      .map((event, index) => ({ event, index, reported: firstReported(event).getTime() }))
      .sort((a, b) => b.reported - a.reported || b.index - a.index)
      .slice(0, limit)
      .map(({ event }) => event),
  );
  return events
    .filter((event) => latest.has(event))
    .reverse()
    .map((event) => ({
      title: event.title,
      // @astrojs/rss makes the link the item's permalink guid: the event page never moves
      // (an id changed by a correction keeps its old URL as a redirect).
      link: absoluteUrl(root, eventPath(event.id)),
      // When the event entered the feed: it does not move when more sources arrive, and
      // unlike a planned event's own date it is never in the future.
      pubDate: firstReported(event),
      description: eventSummaryLine(event),
      categories: [event.kind],
    }));
}


function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}
