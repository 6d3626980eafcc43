import { getRssString, type RSSFeedItem } from '@astrojs/rss';
import type { Timeline } from '../pipeline/types.ts';
import { eventSummaryLine } from './event-text.ts';
import { chronological } from '../pipeline/order.ts';
import { firstReported } from './reported.ts';
import { absoluteUrl, eventPath } from './site-url.ts';

/**
 * The events as an RSS 2.0 feed, newest event first (the reverse of timeline order).
 * Deterministic: no build date; each item's pubDate is when the event was first reported.
 */
export function eventsFeed(timeline: Timeline, root: string, siteName: string): Promise<string> {
  return getRssString({
    title: `${siteName} events`,
    description: 'Events found in news articles, dated and cited, newest first.',
    site: root,
    // The feed's own address, which feed validators ask for.
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${escapeXml(absoluteUrl(root, 'rss.xml'))}" rel="self" type="application/rss+xml"/>`,
    items: feedItems(timeline, root),
  });
}

export function feedItems(timeline: Timeline, root: string): RSSFeedItem[] {
  return chronological(timeline.events)
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
