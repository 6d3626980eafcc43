import { describe, expect, it } from 'vitest';
import type { EntityEntry } from '../pipeline/types.ts';
import { MAP_HEIGHT, MAP_WIDTH, placesMap, venues } from './map.ts';

const place = (id: string, lat: number, lon: number, count = 1) => ({ id, name: id, lat, lon, count });

describe('placesMap', () => {
  const map = placesMap([place('geneva', 46.2, 6.15, 3), place('moscow', 55.75, 37.62), place('riyadh', 24.7, 46.7), place('lausanne', 46.52, 6.63)])!;

  it('frames the places: every point inside the map, west to east and north to south as on the globe', () => {
    for (const point of map.points) {
      expect(point.x).toBeGreaterThan(0);
      expect(point.x).toBeLessThan(100);
      expect(point.y).toBeGreaterThan(0);
      expect(point.y).toBeLessThan(100);
    }
    const at = (id: string) => map.points.find((p) => p.places.some((q) => q.id === id))!;
    expect(at('geneva').x).toBeLessThan(at('moscow').x);
    expect(at('moscow').y).toBeLessThan(at('riyadh').y);
  });

  it('draws the land from Natural Earth as one rounded path', () => {
    expect(map.land.length).toBeGreaterThan(1000);
    expect(map.land).toMatch(/^M-?\d+,-?\d+/);
    expect(map.land).not.toMatch(/\.\d/);
    expect([map.width, map.height]).toEqual([MAP_WIDTH, MAP_HEIGHT]);
  });

  it('gives places that would touch one point, the busiest first, labels to the left on the right side', () => {
    const geneva = map.points.find((p) => p.places[0]!.id === 'geneva')!;
    expect(geneva.places.map((p) => p.id)).toEqual(['geneva', 'lausanne']);
    expect(map.points).toHaveLength(3);
    expect(map.points.find((p) => p.places[0]!.id === 'riyadh')!.side).toBe('left');
  });

  it('draws nothing for no places', () => {
    expect(placesMap([])).toBeUndefined();
  });
});

describe('venues', () => {
  const entity = (id: string, type: EntityEntry['type'], fields: Partial<EntityEntry> = {}): EntityEntry => ({ id, name: id, type, aliases: [], events: [], ...fields });

  it('maps where events took place, by the entry’s coordinates or a country’s centre, and lists the rest', () => {
    const entities = [
      entity('geneva', 'place', { coordinates: { lat: 46.2, lon: 6.15 } }),
      entity('saudi', 'country', { name: 'Saudi Arabia' }),
      entity('lincoln-memorial', 'place'),
      entity('ukraine', 'country', { name: 'Ukraine' }),
    ];
    const events = [{ place: { id: 'geneva' } }, { place: { id: 'geneva' } }, { place: { id: 'saudi' } }, { place: { id: 'lincoln-memorial' } }, { place: null }];
    const { mapped, unmapped } = venues(events, entities);
    expect(mapped.map((p) => [p.id, p.count])).toEqual([['geneva', 2], ['saudi', 1]]);
    expect(mapped[1]!.lat).toBeGreaterThan(15);
    expect(mapped[1]!.lat).toBeLessThan(30);
    expect(unmapped.map((e) => e.id)).toEqual(['lincoln-memorial']);
  });
});
