import { compareStrings } from '../order.ts';
import type { EntityEntry, EntityRef, TimelineEvent } from '../types.ts';
import type { Entity } from './gazetteer.ts';
import { countryByCode, countryById, findCountry, findPlace } from './places.ts';

/**
 * The entities pages list: every gazetteer entry, and each name the articles added that
 * some event has (a name met only in passing gets no page). Places carry their country and,
 * for towns, GeoNames coordinates, so the map needs nothing but this list.
 */
export function entityEntries(entities: Map<string, Entity>, events: TimelineEvent[]): EntityEntry[] {
  const eventsOf = new Map<string, string[]>();
  for (const event of events) {
    const ids = new Set([...event.participants.map((p) => p.id), ...(event.place ? [event.place.id] : []), ...(event.roles ? Object.values(event.roles).flat().map((r) => r.id) : [])]);
    for (const id of ids) {
      const list = eventsOf.get(id);
      if (list) list.push(event.id);
      else eventsOf.set(id, [event.id]);
    }
  }
  const entries: EntityEntry[] = [];
  for (const e of entities.values()) {
    if (e.discovered && !eventsOf.has(e.id)) continue;
    const { coordinates, country } = e.type === 'place' ? whereIs(e, entities) : {};
    entries.push({
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      ...(e.description ? { description: e.description } : {}),
      ...(e.office ? { office: e.office } : {}),
      ...(coordinates ? { coordinates } : {}),
      ...(country ? { country } : {}),
      ...(e.discovered ? { discovered: true } : {}),
      events: eventsOf.get(e.id) ?? [],
    });
  }
  return entries.sort((a, b) => compareStrings(a.id, b.id));
}

/**
 * Where a place is: its country is the first larger place (`within`) that is a country, or the
 * country GeoNames gives its town; its point is the town's, found in that country when known.
 */
function whereIs(place: Entity, entities: Map<string, Entity>): { coordinates?: { lat: number; lon: number }; country?: EntityRef } {
  let country: EntityRef | undefined;
  // A venue lies within its town, a town in its country: follow `within`, then a town's country,
  // which is on the ISO list when no article named it.
  const next = (p: Entity): Entity | undefined => {
    const id = p.within ?? p.country ?? '';
    const listed = entities.has(id) ? undefined : countryById(id);
    return entities.get(id) ?? (listed ? { id: listed.id, name: listed.name, type: 'country', aliases: [], roles: [] } : undefined);
  };
  for (let p = next(place), depth = 0; p && depth < 10 && !country; p = next(p), depth += 1) {
    if (p.type === 'country' || findCountry(p.name)) country = { id: p.id, name: p.name };
  }
  // A region (a state, a province) has no point: only a town of the name is on the map.
  const town = place.coordinates ? undefined : findPlace(place.name, country ? findCountry(country.name)?.code : undefined)?.town;
  const coordinates = place.coordinates ?? (town ? { lat: town.lat, lon: town.lon } : undefined);
  if (!country && town) {
    const listed = countryByCode(town.country);
    if (listed) country = { id: entities.get(listed.id)?.id ?? listed.id, name: entities.get(listed.id)?.name ?? listed.name };
  }
  return { ...(coordinates ? { coordinates } : {}), ...(country ? { country } : {}) };
}
