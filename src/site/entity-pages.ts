/**
 * What the people and places sections show: their indexes, grouped by kind of entity, and
 * one page per entity with its events. An entity with more events than one page holds gets
 * the most recent periods on its page and the rest on year pages (`people/<id>/<year>/`),
 * cut the way the timeline's archive is, so every page stays within the size budget.
 */
import { indexPagePath } from '../exports/site-url.ts';
import { compareStrings } from '../pipeline/order.ts';
import type { EntityEntry, EntityType, Timeline, TimelineEvent } from '../pipeline/types.ts';
import { SECTION_OF } from './entity-path.ts';
import { buildArchive, latestPeriods, PAGE_CAP, type Archive, type ArchivePage } from './timeline-view.ts';

export type Section = 'people' | 'places';

/** The kinds of entity in each section, in the order the index lists them. */
const GROUPS: Record<Section, { type: EntityType; heading: string }[]> = {
  people: [
    { type: 'person', heading: 'People' },
    { type: 'organization', heading: 'Organisations' },
  ],
  places: [
    { type: 'place', heading: 'Places' },
    { type: 'country', heading: 'Countries' },
  ],
};

export const TYPE_LABEL: Record<EntityType, string> = { person: 'Person', organization: 'Organisation', place: 'Place', country: 'Country' };

export interface EntityGroup {
  heading: string;
  entities: EntityEntry[];
}

const byName = new Intl.Collator('en', { sensitivity: 'base' });

/** A section's index: each kind of entity that has events, its entities by name. */
export function sectionIndex(entities: readonly EntityEntry[], section: Section): EntityGroup[] {
  return GROUPS[section]
    .map(({ type, heading }) => ({
      heading,
      entities: entities.filter((e) => e.type === type && e.events.length > 0).sort((a, b) => byName.compare(a.name, b.name) || compareStrings(a.id, b.id)),
    }))
    .filter((group) => group.entities.length > 0);
}

/**
 * Entities on one page of a section's index. Measured on a built page of 300 made-up names
 * with a nav of 34 pages (10,000 names), HTML + CSS gzipped: 10.6 KB, and 17.7 KB when every
 * entry has an eight-word description; inside the 30 KB budget however many names there are.
 */
export const ENTITIES_PER_PAGE = 300;

/** Page numbers stay below 1000 so that `people/page/<n>/` never meets a year page `people/page/<yyyy>/` of an entity with id `page`. */
const MAX_INDEX_PAGES = 999;

export interface EntityIndexPage {
  /** From 1. */
  number: number;
  /** Site path: `people/`, `people/page/2/`… */
  path: string;
  /** This page's share of the index, under the headings of their kinds. */
  groups: EntityGroup[];
  /** Names of the first and last entity on the page, what the pages' nav shows, like a dictionary's guide words. */
  first: string;
  last: string;
}

/**
 * A section's index cut into pages of at most `perPage` entities, in the order `sectionIndex`
 * lists them (a kind's entities may run on to the next page); always at least one page.
 */
export function sectionIndexPages(entities: readonly EntityEntry[], section: Section, perPage = ENTITIES_PER_PAGE): EntityIndexPage[] {
  const listed = sectionIndex(entities, section).flatMap((group) => group.entities.map((entity) => ({ heading: group.heading, entity })));
  const count = Math.max(1, Math.ceil(listed.length / perPage));
  if (count > MAX_INDEX_PAGES) throw new Error(`The ${section} index would need ${count} pages of ${perPage}; more than ${MAX_INDEX_PAGES} would collide with year pages. Raise ENTITIES_PER_PAGE in src/site/entity-pages.ts.`);
  return Array.from({ length: count }, (_, i) => {
    const share = listed.slice(i * perPage, (i + 1) * perPage);
    const groups: EntityGroup[] = [];
    for (const { heading, entity } of share) {
      const last = groups.at(-1);
      if (last?.heading === heading) last.entities.push(entity);
      else groups.push({ heading, entities: [entity] });
    }
    return { number: i + 1, path: indexPagePath(section, i + 1), groups, first: share[0]?.entity.name ?? '', last: share.at(-1)?.entity.name ?? '' };
  });
}

export interface EntityListing {
  entity: EntityEntry;
  /** Site path of the entity's page, `people/<id>/`. */
  path: string;
  /** All its events, in timeline order. */
  events: TimelineEvent[];
  /** The events its own page lists: all, or the latest periods when they do not fit. */
  shown: TimelineEvent[];
  /** Year pages (with counts) when the events do not fit on one page; empty otherwise. */
  years: Archive['years'];
  /** The pages behind `years`: a year, or a month of a large year. */
  periodPages: ArchivePage[];
}

/** One listing per entity of the section that has events (entities without events get no page). */
export function entityListings(timeline: Pick<Timeline, 'events' | 'entities'>, section: Section, cap = PAGE_CAP): EntityListing[] {
  const byId = new Map(timeline.events.map((event) => [event.id, event]));
  return timeline.entities
    .filter((entity) => SECTION_OF[entity.type] === section && entity.events.length > 0)
    .map((entity) => {
      const path = `${section}/${entity.id}/`;
      const events = entity.events.map((id) => {
        const event = byId.get(id);
        if (!event) throw new Error(`Entity ${entity.id} lists event "${id}", which is not in the timeline.`);
        return event;
      });
      if (events.length <= cap) return { entity, path, events, shown: events, years: [], periodPages: [] };
      const archive = buildArchive(events, path, cap, (period) => `${entity.name}: ${period}`);
      return { entity, path, events, shown: latestPeriods(events, cap), years: archive.years, periodPages: archive.pages };
    });
}

/** The entity's other names as readers may know them, each once, whatever the capitals. */
export function variants(entity: Pick<EntityEntry, 'name' | 'aliases'>): string[] {
  const seen = new Set([entity.name.toLowerCase()]);
  return entity.aliases.filter((alias) => {
    const key = alias.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "3 events", "1 event". */
export const eventCount = (n: number): string => `${n} ${n === 1 ? 'event' : 'events'}`;
