import { oncePerObject } from '../pipeline/memo.ts';
import type { EntityEntry, EntityType } from '../pipeline/types.ts';

/**
 * Where an entity's page lives: people and organisations (who acts) under `people/`,
 * places and countries (where things happen, and the states that take part) under `places/`.
 */
export const SECTION_OF: Record<EntityType, 'people' | 'places'> = {
  person: 'people',
  organization: 'people',
  place: 'places',
  country: 'places',
};

/** Lookups built once per list of entities (every page gets the same array), so a page pays none of their cost. */
const memoised = <T>(build: (entities: readonly EntityEntry[]) => T): ((entities: readonly EntityEntry[]) => T) => oncePerObject(build);

/** A lookup from entity id to its page's site path (`people/<id>/`), for a timeline's entities. */
export const entityPaths = memoised((entities): ((id: string) => string) => {
  const paths = new Map(entities.map((e) => [e.id, `${SECTION_OF[e.type]}/${e.id}/`]));
  return (id) => {
    const path = paths.get(id);
    if (path === undefined) throw new Error(`No entity "${id}" in the gazetteer (content/gazetteer.yaml): every participant and place needs an entry there.`);
    return path;
  };
});

/** Entity id → its canonical name, or the id itself for an id the gazetteer lacks. */
export const entityNames = memoised((entities): ((id: string) => string) => {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  return (id) => names.get(id) ?? id;
});

/** Entity id → its type; a place for an id the gazetteer lacks. */
export const entityTypes = memoised((entities): ((id: string) => EntityType) => {
  const types = new Map(entities.map((e) => [e.id, e.type]));
  return (id) => types.get(id) ?? 'place';
});
