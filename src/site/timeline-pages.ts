/**
 * Which list pages the site has and where each event is listed: the front page `/` (the
 * latest periods), the archive by year, and per kind a front page and its own archive.
 * Computed once per timeline; pages and event permalinks read it.
 */
import { chronological } from '../pipeline/order.ts';
import type { EventKind, Timeline, TimelineEvent } from '../pipeline/types.ts';
import { buildArchive, latestPeriods, PAGE_CAP, type Archive } from './timeline-view.ts';
import { KIND_NAMES } from './kinds.ts';

export interface KindListing {
  kind: EventKind;
  path: string;
  name: string;
  /** Every event of this kind, in timeline order. */
  events: TimelineEvent[];
  /** The latest of them, shown on the kind's own page. */
  latest: TimelineEvent[];
  archive: Archive;
}

export interface TimelinePages {
  /** Every event in timeline order (the order of /events.json). */
  events: TimelineEvent[];
  /** The events on `/`. */
  home: TimelineEvent[];
  archive: Archive;
  kinds: KindListing[];
  /** Site path of the list page that shows an event: `''` (the timeline) if it is there, else its archive page. */
  listedAt: (eventId: string) => string;
}

export function timelinePages(timeline: Pick<Timeline, 'events'>, cap = PAGE_CAP): TimelinePages {
  const events = chronological(timeline.events);
  const home = latestPeriods(events, cap);
  const onHome = new Set(home.map((e) => e.id));
  const archive = buildArchive(events, 'archive/', cap);
  const kinds = (Object.keys(KIND_NAMES) as EventKind[]).flatMap((kind) => {
    const ofKind = events.filter((e) => e.kind === kind);
    if (ofKind.length === 0) return [];
    const path = `kinds/${kind}/`;
    return [{ kind, path, name: KIND_NAMES[kind].plural, events: ofKind, latest: latestPeriods(ofKind, cap), archive: buildArchive(ofKind, path, cap, (period) => `${KIND_NAMES[kind].plural}, ${period}`) }];
  });
  return {
    events,
    home,
    archive,
    kinds,
    listedAt: (id) => (onHome.has(id) ? '' : archive.locate(id)),
  };
}
