import { datelineTownName } from './dateline-town.ts';
import type { NameSpan } from './discover.ts';
import type { Entity } from './gazetteer.ts';
import { CAPITAL_ACTS_AFTER, DESCRIBED_BEFORE, JOURNEY_TO, LAUNCH_SITE_BEFORE, SEA_AFTER_THE, seatedBody, seatOfVenue, TAKEN_BY_FORCE, TOWN_HOSTS_AFTER, townOfVenue, VENUE_THEN_COMMA, WELCOMED_TO } from './lexicon.ts';
import { demonymsIn } from './national-sides.ts';
import type { VenueSpan } from './named-venues.ts';
import { capitalOf, countryByCode, countryById, countryCodeOf, countryOfDemonym, findCountry, findPlace, findTown, nameKey, regionOfTown, type Country, type RegionPlace, slug, smallTownRespelled, steeringCountry, type Town } from './places.ts';
import type { EntityMention } from './recognise.ts';
import { townByForm } from './town-form.ts';
import { NAMED_TOWN_POPULATION, townInVenueName, townNamedNear, townWrittenAlone } from './venue-town.ts';
import { everyMatch } from '../gated-matches.ts';

/** The words that make a town's name a region's: "the Donetsk region", "Idlib province". */
const REGION_WORDS = 'region|oblast|province|governorate|prefecture|krai';
export const REGION_WORD_AFTER = new RegExp(String.raw`^\s+(${REGION_WORDS})\b`, 'i');
const REGION_WORD_AFTER_NAME = new RegExp(String.raw`^(.+?)\s+(${REGION_WORDS})$`, 'i');
/** A venue's name whose first word is its owner's: "Valparaiso's Cerro Castillo". */
const POSSESSIVE_FIRST = /^\p{Lu}[\p{L}\p{M}-]*['’]s\s/u;
/**
 * Before a building, words that put what is told inside it ("at the Kremlin", "visited the White House") or take someone
 * there ("was driven to the Élysée Palace to hand his resignation", "was taken to the White House, where Trump greeted him"):
 * the building is a place, not who acts.
 */
const IN_BUILDING = /\b(?:in|at|inside|into|visit(?:s|ed|ing)?|(?:driven|taken|brought|escorted|went|walked|drove|flown|flew)\s+(?:back\s+)?to)\s+(?:the\s+)?$/i;
/** How far before a building IN_BUILDING may start: "escorted back to the " and no further. */
const IN_BUILDING_REACH = 24;

/** Before a body that opens its sentence as the doer: "The ", "France's ", "the French ", nothing. */
const BODY_OPENS_SENTENCE = /^(?:(?:the|The)\s+)?(?:(?<state>\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)?)(?:['’]s)?\s+)?$/u;

/** What an article's places are read with: the article reader's entities, so a town found here is the one its sentences name. */
export interface PlaceReading {
  /** The gazetteer's entries by id and by a place's name, and the country each entry acts for. */
  known: { byId: Map<string, Entity>; placesByName: Map<string, Entity>; sides: Map<string, string> };
  /** The entities the article named that the gazetteer lacks, by id. */
  found: Map<string, Entity>;
  sentences: string[];
  /** The article's one entity for a name it lacks, with this spelling kept as an alias. */
  remember: (entity: Entity, spelling: string) => Entity;
  /** A country by the gazetteer's entry where it has one. */
  country: (c: Country) => Entity;
}

/** One article's places: a tagged name, a region, a town, a venue, a seat of government. */
export class ArticlePlaces {
  private readonly reader: PlaceReading;
  /** The town of the article's wire dateline, read once. */
  private dateline: { town: Entity | undefined } | undefined;
  /** The countries the article names or files from, read once. */
  private named: string[] | undefined;

  constructor(reader: PlaceReading) {
    this.reader = reader;
  }

  /** The place a tagged name is, if it is one: a country, a region, a town; the sentence's context says which. */
  place(span: NameSpan, text: string): Entity | undefined {
    const named = findCountry(span.text);
    if (named) return this.reader.country(named);
    // An untyped name after a place's description is that place: "the Black Sea resort of Sochi"; so is
    // one a journey ends at: "flew to Lilongwe", "arrived in Arequipa"; a craft's launch site: "blasted off from Baikonur"; one a guest is welcomed to: "welcomed the Tuvaluan
    // prime minister to Nuku'alofa"; one taken by force: "said it had taken Goma"; one a named building stands in: "at the
    // Presidential Villa, Abuja" (a name GeoNames does not know as a town stays none).
    const before = text.slice(Math.max(0, span.start - 60), span.start);
    const welcomedTo = () => WELCOMED_TO.test(text.slice(Math.max(0, span.start - 160), span.start));
    const placedBy = DESCRIBED_BEFORE.test(before) || JOURNEY_TO.test(before) || LAUNCH_SITE_BEFORE.test(before) || TAKEN_BY_FORCE.test(before) || VENUE_THEN_COMMA.test(before);
    if (span.kind !== 'place' && !(span.kind === 'name' && (placedBy || welcomedTo()))) return undefined;
    if (SEA_AFTER_THE.test(span.text) && /\bthe\s+$/i.test(before)) return undefined;
    const [, stem, word] = REGION_WORD_AFTER_NAME.exec(span.text) ?? [];
    if (stem && word) return this.regionAround(stem, word);
    // "Helsinki, Finland", "Palm Beach, Florida": the country or region written after a place says which one.
    const after = /^,\s*(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)/u.exec(text.slice(span.end));
    const reading = findPlace(span.text, after ? countryCodeOf(after[1]!, span.text) : steeringCountry(span.text, countriesNamedIn(text)));
    if (reading?.region) return this.regionEntity(reading.region);
    // A region the tagger knows that CLDR lacks is a place without a point on the map; other unknowns are not places.
    if (!reading) return span.region ? (this.reader.found.get(slug(span.text)) ?? discoveredEntity(slug(span.text), span.text, 'place')) : undefined;
    // A small town found only by respelling the name is a guess, wrong where the article names countries and not the town's
    // ("Annaya" in a Lebanese story is no Annau, Turkmenistan); a text naming no country has nothing to say against it.
    if (smallTownRespelled(span.text, reading.town) && this.namesOtherCountries(reading.town)) return undefined;
    return this.townEntity(reading.town);
  }

  /** The countries (ISO alpha-2) the article names anywhere, and the one its dateline files from. */
  private articleCountries(): string[] {
    if (!this.named) {
      const filed = firstDatelineTown(this.reader.sentences)?.town.country;
      this.named = [...new Set([...this.reader.sentences.flatMap(countriesNamedIn), ...(filed ? [filed] : [])])];
    }
    return this.named;
  }

  /** Whether the article names or files from some country, and not the town's. */
  private namesOtherCountries(town: Town): boolean {
    const countries = this.articleCountries();
    return countries.length > 0 && !countries.includes(town.country);
  }

  /**
   * The town a name read as its largest namesake means in this article: the namesake in a country the article names, where
   * the largest is a town in none ("Airdrie" in a Canadian story); one a country written beside it chose stays.
   */
  private namesake(town: Town): Town {
    if (findTown(town.name)?.id !== town.id) return town;
    const country = steeringCountry(town.name, this.articleCountries(), 'article');
    return (country && findTown(town.name, country)) || town;
  }

  /**
   * "Port Louis hosted talks between …", "Tromsø will host a summit": a name opening a sentence as the host of a gathering
   * is a town, not a person, when GeoNames knows it as its country's seat of government or as a town of a country the
   * article names, and the article has named no person by it ("Carney hosted talks" after "Prime Minister Mark Carney").
   */
  hostTown(span: NameSpan, text: string): Entity | undefined {
    const hosts = TOWN_HOSTS_AFTER.test(text.slice(span.end));
    if (text.slice(0, span.start).trim() !== '' || !(hosts || CAPITAL_ACTS_AFTER.test(text.slice(span.end)))) return undefined;
    if ([...this.reader.found.values()].some((e) => e.type === 'person' && e.name.endsWith(span.text))) return undefined;
    const town = findPlace(span.text)?.town;
    if (!town) return undefined;
    const seat = capitalOf(town.country)?.id === town.id;
    // A town that hosts may be any of a country the article names; one that speaks or acts for a state only its seat ("Nouakchott has offered").
    return seat || (hosts && this.reader.sentences.some((s) => countriesNamedIn(s).includes(town.country))) ? this.townEntity(town) : undefined;
  }

  /**
   * "Kinshasa and Kigali", "Hanoi, Vientiane and Phnom Penh": a name the tagger could not type,
   * listed with a town, is a town when GeoNames knows it as its country's seat of government (a
   * surname listed with a town is rarely a capital's name; a small town's name often is one).
   */
  listedSeat(span: NameSpan): Entity | undefined {
    const town = findPlace(span.text)?.town;
    return town && capitalOf(town.country)?.id === town.id ? this.townEntity(town) : undefined;
  }

  /**
   * "the Donetsk region", "Kherson Oblast", "Idlib province": the region around a town, named by
   * it, in the town's country, with no point on the map; not the town. Its id is the same
   * whichever word the article uses ("donetsk-region"), and it is a place of its own whether
   * or not CLDR lists it (CLDR writes many in their own language: "Donechchyna").
   */
  regionAround(stem: string, word: string): Entity | undefined {
    const reading = findPlace(stem);
    const code = reading?.town?.country ?? reading?.region?.country;
    if (!code) return undefined;
    const id = slug(`${stem} region`);
    const country = countryByCode(code)?.id;
    return this.reader.known.byId.get(id) ?? this.reader.found.get(id) ?? { ...discoveredEntity(id, `${stem} ${word}`, 'place'), ...(country ? { country, within: country } : {}) };
  }

  /** A region CLDR lists, under the gazetteer's entry for it if there is one. */
  private regionEntity(region: RegionPlace): Entity {
    const country = countryByCode(region.country)?.id;
    return this.reader.known.byId.get(region.id) ?? this.reader.known.placesByName.get(nameKey(region.name)) ?? this.reader.found.get(region.id) ?? { ...discoveredEntity(region.id, region.name, 'place'), ...(country ? { country, within: country } : {}) };
  }

  /** A GeoNames town, under the gazetteer's entry for it if there is one, on the map. */
  townEntity(read: Town): Entity {
    const town = this.namesake(read);
    const known = this.reader.known.byId.get(town.id) ?? this.reader.known.placesByName.get(nameKey(town.name)) ?? this.reader.found.get(town.id);
    if (known) return known;
    // A town lies in its region where GeoNames says which (Anchorage in Alaska), so a report of either is of one place.
    const region = regionOfTown(town);
    const within = region ? this.reader.remember(this.regionEntity(region), region.name).id : undefined;
    return { ...discoveredEntity(town.id, town.name, 'place'), coordinates: { lat: town.lat, lon: town.lon }, country: countryByCode(town.country)?.id, ...(within ? { within } : {}) };
  }

  /**
   * A named building or estate is a place of its own, in the town, region or country written
   * with it ("his Mar-a-Lago estate in Florida" is "Mar-a-Lago, Florida", on the map where its
   * town is); with none written it is still the place, only not on the map.
   */
  venueEntity(name: string, locality: Entity | undefined): Entity {
    const known = this.reader.found.get(slug(name));
    if (known?.type === 'place') return known;
    // The tagger may have taken the name for an organisation ("Quinta Vista"); its building word says otherwise.
    this.reader.found.delete(slug(name));
    if (!locality) return discoveredEntity(slug(name), name, 'place');
    const country = locality.type === 'country' ? locality.id : locality.country;
    return {
      ...discoveredEntity(slug(name), `${name}, ${locality.name}`, 'place'),
      within: locality.id,
      ...(locality.coordinates ? { coordinates: locality.coordinates } : {}),
      ...(country ? { country } : {}),
    };
  }

  /**
   * The town the article's wire dateline files from: a venue with no town written is there. The dateline opens the
   * story, which may come after a masthead, a byline or an editor's note ("Developing story - …", "(Adds …)"): the
   * first sentence whose dateline names a town is it.
   */
  filedFrom(): Entity | undefined {
    if (!this.dateline) {
      const town = firstDatelineTown(this.reader.sentences);
      this.dateline = { town: town ? this.reader.remember(this.townEntity(town.town), town.written) : undefined };
    }
    return this.dateline.town;
  }

  /** The town a venue's own name begins with, or, for a building, the one the sentences around it name. */
  nearbyTown(venue: VenueSpan, text: string): Entity | undefined {
    const inName = this.townBeginningName(venue.name);
    const near = venue.bare ? undefined : townNamedNear(this.reader.sentences, this.reader.sentences.indexOf(text));
    // "the Carlton Hotel … The talks, in central Bratislava": a town the venue's name begins with in no country the sentence names yields to the town the sentences name.
    const town = inName && near && !countriesNamedIn(text).includes(inName.country) ? near : (inName ?? near);
    return town ? this.reader.remember(this.townEntity(town), town.name) : undefined;
  }

  /**
   * "the Riverside Hall", "Lincoln Center", "the Victoria Theatre": a town word a venue's name begins with is its town only
   * when the article names that town's country ("Prague Castle" in a Czech story), writes it as the owner ("Riyadh's …") or
   * writes it alone where something is ("Windsor Castle" beside "at Windsor").
   */
  private townBeginningName(name: string): Town | undefined {
    const word = townInVenueName(name);
    return word && (POSSESSIVE_FIRST.test(name) || this.reader.sentences.some((s) => countriesNamedIn(s).includes(word.country)) || townWrittenAlone(this.reader.sentences, name)) ? word : undefined;
  }

  /**
   * The town a planner's item is written under, read as a dateline's ("15:30 Palace of Westminster —" is London,
   * "09:00 Northwood, Middlesex —" Northwood, "20:00 Windsor Castle —" Windsor): a seat of government or a venue of
   * meetings stands for its town, a town of some size for itself, a venue for the town its name begins with; "18:30
   * Guildhall —" (a hamlet's name abroad) for none.
   */
  headingTown(heading: { name: string; beside?: string }): Entity | undefined {
    const town =
      townOfSeat(heading.name) ??
      findPlace(heading.name, heading.beside ? countryCodeOf(heading.beside, heading.name) : undefined)?.town ??
      this.townBeginningName(heading.name);
    return town && town.population >= NAMED_TOWN_POPULATION ? this.townEntity(town) : undefined;
  }

  /** "in Niagara-on-the-Lake": a town by its name's form that GeoNames lacks, a place of its own in the country the sentence gives. */
  ownTown(span: NameSpan, text: string): Entity | undefined {
    const town = span.kind === 'organization' ? undefined : townByForm(span.text, text, span);
    if (!town) return undefined;
    const own = this.reader.found.get(slug(span.text)) ?? discoveredEntity(slug(span.text), span.text, 'place');
    // A town, named as itself (not "…, Canada" as a venue is), lying in its country.
    return town.country && own.type === 'place' ? { ...own, within: town.country.id, country: town.country.id } : own;
  }

  /** The capital a body opening the sentence acts in (capitalOfDoer), as the article's town. */
  doersCapital(m: EntityMention, text: string): Entity | undefined {
    const town = capitalOfDoer(m, text, this.reader.known.sides);
    return town ? this.reader.remember(this.townEntity(town), town.name) : undefined;
  }

  /** "at the Kremlin", "inside the White House": an institution of a state, as a place, is in that state's capital. */
  seat(m: EntityMention, text: string): Entity | undefined {
    if (m.entity.type !== 'organization' || !IN_BUILDING.test(text.slice(Math.max(0, m.start - IN_BUILDING_REACH), m.start))) return undefined;
    const state = countryById(this.reader.known.sides.get(m.entity.id) ?? '');
    const town = state ? capitalOf(state.code) : undefined;
    return town ? this.townEntity(town) : undefined;
  }

  /**
   * "at the Kremlin", "inside the White House": a seat of government the gazetteer lacks stands for its state's capital;
   * "at the Palais des Nations", "at the Peace Palace": a well-known venue of meetings for its town.
   */
  seatOfGovernment(span: { text: string; start: number }, text: string): Entity | undefined {
    if (!IN_BUILDING.test(text.slice(Math.max(0, span.start - IN_BUILDING_REACH), span.start))) return undefined;
    const town = townOfSeat(span.text);
    return town ? this.townEntity(town) : undefined;
  }
}

/**
 * "The Federal Reserve lowered its rate", "France's National Assembly withdrew its confidence": a body that sits in its state's
 * capital (seatedBody), opening its sentence as the doer, acts in that capital; a chamber many states name alike only with
 * its state written before it. Its gazetteer entry's state, where it has one, says whose a body is too.
 */
function capitalOfDoer(m: EntityMention, text: string, sides: Map<string, string>): Town | undefined {
  if (m.entity.type !== 'organization') return undefined;
  const seated = seatedBody(m.text.replace(/^the\s+/i, ''));
  const lead = seated && BODY_OPENS_SENTENCE.exec(text.slice(0, m.start));
  if (!lead) return undefined;
  const written = lead.groups!['state'];
  const state = seated.state ?? (written ? (findCountry(written) ?? countryOfDemonym(written))?.code : countryById(sides.get(m.entity.id) ?? '')?.code);
  return state ? capitalOf(state) : undefined;
}

/** The capital a seat of government stands in, or the town of a well-known venue of meetings. */
function townOfSeat(name: string): Town | undefined {
  const code = seatOfVenue(name);
  const venue = code ? undefined : townOfVenue(name);
  return code ? capitalOf(code) : venue ? findTown(venue[0], venue[1]) : undefined;
}

/** The town the first dateline naming one files from, as it is written. */
function firstDatelineTown(sentences: string[]): { town: Town; written: string } | undefined {
  for (const sentence of sentences) {
    const written = datelineTownName(sentence);
    const town = written ? findPlace(written.name, written.beside ? countryCodeOf(written.beside, written.name) : undefined)?.town : undefined;
    if (town) return { town, written: written!.name };
  }
  return undefined;
}

/** An entity the gazetteer lacks, as the article first names it. */
export function discoveredEntity(id: string, name: string, type: Entity['type']): Entity {
  return { id, name, type, aliases: [], roles: [], discovered: true };
}

/** A run of capitalised words, as a country's name is written ("New Zealand", "Costa Rica"). */
const CAPITALISED_RUN = /\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*/gu;

/** The countries (ISO alpha-2) a sentence names, by name or adjective: they say which town a shared name is. */
function countriesNamedIn(text: string): string[] {
  const codes = demonymsIn(text).map((d) => d.word.country.code);
  for (const run of everyMatch(CAPITALISED_RUN, text)) {
    const named = findCountry(run[0]);
    if (named) codes.push(named.code);
  }
  return codes;
}
