/**
 * Geometry of the map of where events took place, drawn as SVG at build time from Natural
 * Earth's countries (world-atlas, 1:110m) with d3-geo: the land as one path, framed on the
 * places with a margin around them, and each place as a point in percent of the frame, so
 * its mark and label can be drawn at a fixed pixel size whatever width the map is shown at.
 * Places that would touch at phone width share one point, their labels stacked. Pure numbers;
 * PlacesMap.astro draws them.
 */
import { createRequire } from 'node:module';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { ExtendedFeature, GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldCountries from 'world-countries';
import { compareStrings } from '../pipeline/order.ts';
import type { EntityEntry } from '../pipeline/types.ts';

export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 400;
/** Degrees of margin around the places, and the least span the frame shows. */
const MARGIN = 8;
const MIN_SPAN = 24;
/** Points closer than this (in map units; about 24 px on a 375 px phone) share one mark. */
const NEAR = 46;

export interface MapPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
  /** Events that took place there. */
  count: number;
}

export interface MapPoint {
  /** Position in percent of the map's width and height. */
  x: number;
  y: number;
  /** Labels go to the left of points in the right third. */
  side: 'left' | 'right';
  places: MapPlace[];
}

export interface PlacesMapGeometry {
  width: number;
  height: number;
  /** SVG path of the land, in map units. */
  land: string;
  points: MapPoint[];
}

let countries: ExtendedFeature[] | undefined;
function land(): ExtendedFeature[] {
  if (!countries) {
    const topology = createRequire(import.meta.url)('world-atlas/countries-110m.json') as Topology<{ countries: GeometryCollection }>;
    const collection = feature(topology, topology.objects.countries);
    countries = collection.features as ExtendedFeature[];
  }
  return countries;
}

/** The frame around the places: a lon/lat box with a margin, at least MIN_SPAN degrees each way. */
function frame(places: readonly MapPlace[]): GeoPermissibleObjects {
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  const widen = (lo: number, hi: number, limit: number): [number, number] => {
    const extra = Math.max(0, MIN_SPAN - (hi - lo)) / 2 + MARGIN;
    return [Math.max(-limit, lo - extra), Math.min(limit, hi + extra)];
  };
  const [west, east] = widen(Math.min(...lons), Math.max(...lons), 180);
  const [south, north] = widen(Math.min(...lats), Math.max(...lats), 85);
  return { type: 'MultiPoint', coordinates: [[west, south], [east, south], [east, north], [west, north], [(west + east) / 2, north], [(west + east) / 2, south]] };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The map of `places` (any order); no places, no map. */
export function placesMap(places: readonly MapPlace[]): PlacesMapGeometry | undefined {
  if (places.length === 0) return undefined;
  const projection = geoNaturalEarth1().fitExtent([[4, 4], [MAP_WIDTH - 4, MAP_HEIGHT - 4]], frame(places));
  projection.clipExtent([[0, 0], [MAP_WIDTH, MAP_HEIGHT]]);
  const path = geoPath(projection).digits(0);
  const landPath = land().map((country) => path(country) ?? '').join('');
  const points: MapPoint[] = [];
  const projected: [number, number][] = [];
  const ordered = [...places].sort((a, b) => b.count - a.count || compareStrings(a.name, b.name));
  for (const place of ordered) {
    const [px, py] = projection([place.lon, place.lat]) ?? [NaN, NaN];
    if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
    const near = projected.findIndex(([x, y]) => Math.hypot(x - px, y - py) < NEAR);
    if (near !== -1) {
      points[near]!.places.push(place);
      continue;
    }
    projected.push([px, py]);
    points.push({ x: round((px / MAP_WIDTH) * 100), y: round((py / MAP_HEIGHT) * 100), side: px > (MAP_WIDTH * 2) / 3 ? 'left' : 'right', places: [place] });
  }
  return { width: MAP_WIDTH, height: MAP_HEIGHT, land: landPath, points };
}

/**
 * The places where events took place (each event's `place`), with their coordinates: the
 * entry's own, or for a country, the centre world-countries gives it. Places without
 * coordinates are returned apart, to be listed rather than guessed.
 */
export function venues(
  events: readonly { place: { id: string } | null }[],
  entities: readonly EntityEntry[],
): { mapped: MapPlace[]; unmapped: EntityEntry[] } {
  const counts = new Map<string, number>();
  for (const event of events) if (event.place) counts.set(event.place.id, (counts.get(event.place.id) ?? 0) + 1);
  const mapped: MapPlace[] = [];
  const unmapped: EntityEntry[] = [];
  for (const entity of entities) {
    const count = counts.get(entity.id);
    if (count === undefined) continue;
    const at = entity.coordinates ?? (entity.type === 'country' ? countryCentre(entity) : undefined);
    if (at) mapped.push({ id: entity.id, name: entity.name, lat: at.lat, lon: at.lon, count });
    else unmapped.push(entity);
  }
  return { mapped, unmapped };
}

function countryCentre(entity: Pick<EntityEntry, 'name' | 'aliases'>): { lat: number; lon: number } | undefined {
  const names = new Set([entity.name, ...entity.aliases].map((n) => n.toLowerCase()));
  const country = worldCountries.find((c) => [c.name.common, c.name.official, ...c.altSpellings].some((n) => names.has(n.toLowerCase())));
  return country && { lat: country.latlng[0], lon: country.latlng[1] };
}
