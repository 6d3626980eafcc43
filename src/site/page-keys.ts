/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose
 * key and template code are unchanged since the last build is copied from Astro's cache
 * instead of rendered. A key must therefore cover every piece of data its page shows; the
 * functions here gather exactly what the event and article templates read. Add to them
 * whatever a template starts to show.
 */
import { createHash } from 'node:crypto';
import type { EntityEntry, TimelineEvent } from '../pipeline/types.ts';
import { entityNames, entityPaths, entityTypes } from './entity-path.ts';
import { neighbours, relatedEvents } from './event-view.ts';
import type { TimelinePages } from './timeline-pages.ts';

export function dataKey(data: unknown): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 32);
}

/**
 * A page's key, worked out for a build only: the dev server renders every page it serves
 * afresh, and working out every page's key again after each edit cost seconds.
 */
export function buildKey(key: () => string): string | undefined {
  return import.meta.env.DEV ? undefined : key();
}

/** Everything an event's page shows: the event, its neighbours, related events, where it is listed, the names and pages of its people and places. */
export function eventPageKey(event: TimelineEvent, pages: TimelinePages, entities: readonly EntityEntry[]): string {
  const { previous, next } = neighbours(pages.events, event.id);
  const [path, name, type] = [entityPaths(entities), entityNames(entities), entityTypes(entities)];
  const linked = [...event.participants, ...(event.place ? [event.place] : [])].map(({ id }) => [id, name(id), type(id), path(id)]);
  // Sources disagreeing on who took part are named, not linked.
  const claimed = event.disagreements.filter((d) => d.field === 'participants').flatMap((d) => d.claims.flatMap((c) => c.value.split(', ').map((id) => [id, name(id)])));
  return dataKey({
    event,
    previous: previous && [previous.id, previous.title],
    next: next && [next.id, next.title],
    related: relatedEvents(pages.events, event),
    listedAt: pages.listedAt(event.id),
    linked,
    claimed,
  });
}
