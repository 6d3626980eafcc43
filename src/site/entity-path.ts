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

/** A lookup from entity id to its page's site path (`people/<id>/`), for a timeline's entities. */
export function entityPaths(entities: readonly EntityEntry[]): (id: string) => string {
  const paths = new Map(entities.map((e) => [e.id, `${SECTION_OF[e.type]}/${e.id}/`]));
  return (id) => {
    const path = paths.get(id);
    if (path === undefined) throw new Error(`No entity "${id}" in the gazetteer (content/gazetteer.yaml): every participant and place needs an entry there.`);
    return path;
  };
}
