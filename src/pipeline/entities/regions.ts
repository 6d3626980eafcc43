import { createRequire } from 'node:module';
import { compareStrings } from '../order.ts';

/** A subdivision of a country (a state, province, region, emirate) by its ISO 3166-2 code. */
export interface Region {
  /** ISO 3166-2 code: US-FL. */
  code: string;
  /** Its English name as Unicode CLDR gives it: Florida, Bavaria, Crimea. */
  name: string;
  /** ISO 3166-1 alpha-2 of its country. */
  country: string;
}

type SubdivisionNames = { subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } } };

let regions: Map<string, Region> | undefined;

/**
 * Every region by its code, in code order, read once per process from CLDR's English
 * subdivision names (160 KB; about 5,400 names).
 */
export function regionsByCode(): Map<string, Region> {
  if (regions) return regions;
  const names = (createRequire(import.meta.url)('cldr-subdivisions-full/subdivisions/en/en.json') as SubdivisionNames).subdivisions.localeDisplayNames.subdivisions;
  regions = new Map();
  // CLDR's keys are the ISO codes in lower case without the hyphen: "usfl" is US-FL.
  for (const [id, name] of Object.entries(names).sort(([a], [b]) => compareStrings(a, b))) {
    const country = id.slice(0, 2).toUpperCase();
    const code = `${country}-${id.slice(2).toUpperCase()}`;
    regions.set(code, { code, name, country });
  }
  return regions;
}
