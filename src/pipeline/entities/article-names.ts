import { type Anaphor, anaphorsIn, antecedents, type AtHome, heldAtHome, namedAfter, type NamedNext, namedLater, type OfficeRank, sidesOfOffice } from './anaphora.ts';
import { ArticlePlaces, discoveredEntity, REGION_WORD_AFTER } from './article-places.ts';
import { datelineLength } from '../events/dateline.ts';
import { entryHeadingPlace, outletAfterDateline } from './dateline-town.ts';
import { discoverNames, type NameSpan } from './discover.ts';
import type { Entity, Gazetteer } from './gazetteer.ts';
import { everyMatch } from '../gated-matches.ts';
import { BODY_BY_INITIALS, CALENDAR_WORD_BEFORE, CAPITAL_BY_ADJECTIVE, COUNTERPART_BEFORE, DESCRIBED_BEFORE, DESCRIBED_SMALL_PLACE, HAPPENING_IN_BEFORE, INSTITUTION_NOUN, JOINED_BY, LOCALITY_NOT_CLOSING, NAME_THEN_OF, NAME_THEN_PARTICLE, NOT_A_NAME, NOT_A_PARTY, OFFICE_THEN_COMMA, OFFICE_TITLE, OWN_PREMISES_AFTER, OWN_PREMISES_BEFORE, PARTICLE_THEN_NAME, PLACE_WITH_ITS_KIND, SENTENCE_ADVERB, SHARED_DEMONYMS, SMALL_PLACE_LOCALITY, TITLE_WORDS, VENUE_AWAY_FROM_TOWN, VENUE_OF_ITS_TOWN } from './lexicon.ts';
import { personKey, surnameKey } from './person-names.ts';
import { countryById, countryOfDemonym, findCountry, findPlace, findTown, type Country, nameKey, placeWithin, slug } from './places.ts';
import { demonymsIn, nationalWord } from './national-sides.ts';
import { aloneAsPerson, institution, movement, peopleAmongNames, unnamed } from './name-company.ts';
import { initialsOf, isInitials, spelledOut } from './initials.ts';
import { englishWord } from '../parse/tagged-terms.ts';
import { venuesIn } from './named-venues.ts';
import { officeWritten, stateOfficeWritten } from './offices.ts';
import { bodyNamedIn, institutionNamed, markOrganisationSides, numberedGroups, organisationBegun } from './organisation-sides.ts';
import { createRecogniser, type EntityMention, markInstitutionNames } from './recognise.ts';
import { countriesOfCompound, markSides, seatOf } from './sentence-sides.ts';
import { affiliationsIn, describedSides } from './sides.ts';

/** Who and where one article names: the gazetteer's entries, and the names it lacks. */
export interface ArticleNames {
  recognise: (text: string, day: string) => EntityMention[];
  isPerson: (id: string) => boolean;
  /** The larger place a place lies in: the gazetteer's `within`, or a town's country. */
  within: (place: string) => string | undefined;
  /** The entities this article named that the gazetteer lacks, with every spelling seen. */
  discovered: () => Entity[];
  /** For whom the people it names act, as it says ("Russia's foreign minister Sergey Lavrov"): person id → country id. */
  affiliations: () => [string, string][];
  /** The country a person acts for, as this article or the gazetteer's description says. */
  sideOf: (id: string) => string | undefined;
  /** The countries each sentence read so far names together as sides ("Ukraine–Russia–US talks"), by sentence index. */
  sideGroups: () => { sentence: number; ids: string[] }[];
  /** The id of the town the article's wire dateline files it from, if it has one. */
  filedFrom: () => string | undefined;
  /** The id of the capital where the body opening a sentence acts ("The Federal Reserve lowered its rate": Washington), if it sits in one. */
  doersCapital: (text: string, day: string) => string | undefined;
}

const CAPITALISED = /\p{Lu}[\p{L}\p{M}'’.-]*/gu;
/** What ends a capitalised word without being of its name: a possessive 's, trailing dots, quotes or dashes. */
const POSSESSIVE_OR_TRAILING_MARKS = /['’]s$|[.'’-]+$/u;
/** A country written in initials: "U.S.", "U.K.", "UAE", "US". */
const ABBREVIATION = /^(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,4})$/u;
/** How many sentences back "the three" or "there" may find what it refers to. */
const LOOK_BACK = 4;
/** A name written as whose something is, before a word in lower case or an office written as a title: "India's prime minister", "Romania's President Radu Munteanu", "Ghana's Minister of Trade, Kofi Mensah". */
const COUNTRY_POSSESSIVE = new RegExp(String.raw`(?<![\p{L}.])(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*)['’]s\s+(?=\p{Ll}|${OFFICE_TITLE.source}|${OFFICE_THEN_COMMA.source})`, 'gu');
/** After a surname, the office a sentence gives it: ", India's prime minister", ", who became Japan's prime minister", ", the Dutch premier". Sticky: read where the surname ends (officeAfterSurname). */
const OFFICE_AFTER_NAME = /,\s+(?:who\s+(?:is|was|became|has\s+been|had\s+been|remains)\s+)?(?:the\s+|a\s+)?\p{Lu}[\p{L}.]*(?:['’]s)?\s+\p{Ll}/uy;
/** A letter or a hyphen ending a text: a surname after one is the end of another word. */
const WORD_ENDS = /[\p{L}-]$/u;

/**
 * Whether a sentence writes the surname, as a word's start, with an office after it ("Sato, Japan's prime minister"). The surname is
 * looked for as written and the office read after it, with patterns made once: one made per surname cost more to compile than to run.
 */
function officeAfterSurname(sentence: string, surname: string): boolean {
  for (let at = sentence.indexOf(surname); at >= 0; at = sentence.indexOf(surname, at + 1)) {
    if (WORD_ENDS.test(sentence.slice(0, at))) continue;
    OFFICE_AFTER_NAME.lastIndex = at + surname.length;
    if (OFFICE_AFTER_NAME.test(sentence)) return true;
  }
  return false;
}

/** A run of capitalised words, its last one captured: a name in full ("Chidi Okafor", "Turkish Trade Minister Emre Doğanay"), or not. */
const FULL_NAME = /\p{Lu}[\p{L}\p{M}'’-]+\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,4}(\p{Lu}[\p{L}\p{M}'’-]+)/gu;
/** Before a surname standing alone: no capitalised word, unless a form of address ("Mr.", "Dr."). */
const LONE_WORD_BEFORE = /(?:^|(?:^|[^\p{L}.])(?:Mr|Mrs|Ms|Dr|Gen|Sen)\.?\s+|(?:^|[^\p{L}])[\p{Ll}\d,;:"“(]+\s+)$/u;
/** Two or three capitalised words, the run a double surname is written as ("Quispe Mamani", "Salazar Andrade"). */
const SURNAME_RUN = /^\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+){1,2}(?![\p{L}\p{M}'’-])/u;
/** After a word that is not a name alone: another capitalised word ("Okafor Group"). */
const NAME_CONTINUES = /^(?:['’]s)?\s+\p{Lu}/u;
/** What may stand before a sentence's first word: a quotation mark, a bracket or a dash. */
const OPENING_MARKS = /^[\s"“‘'(\[—–-]*$/u;
/**
 * Before a word inside a sentence, what only a sentence's middle has: a word in lower case, a figure, a comma ("…, Zentro said");
 * not an article or a possessive, before which an institution's noun is capitalised too ("the Sultanate", "Canada's Parliament").
 */
const WORD_INSIDE_A_SENTENCE = /(?<!\b(?:[Tt]he|an?|['’]s))(?<=[\p{Ll}\d,;:)])\s+$/u;
/** After a name written alone, no word of a longer name: no capitalised word, no "of" ("Sultanate of Oman"). */
const NAME_ALONE_AFTER = String.raw`(?!\s+(?:\p{Lu}|of\b))`;
/** A preposition that a firm or a place follows as readily as a person ("a stake in …", "shares of …", "talks with …"). */
const PLACE_OR_FIRM_PREPOSITION_BEFORE = /\b(?:in|at|of|from|into|with)\s+$/i;

/** After a person, what makes their side a side at the table: "Dalton's team", "Okafor's delegation". */
const PERSONS_SIDE_AFTER = /^['’]s\s+(?:negotiating\s+)?(?:team|delegation|negotiators|envoys)\b/u;

/** A town, of the places a sentence names: a place with a point on the map (a region has none). */
function isTown(e: Entity): boolean {
  return e.type === 'place' && e.coordinates !== undefined;
}

/**
 * Prepares the gazetteer once; the reader it returns reads one article's names at a time.
 * Given the article's sentences, it also resolves "the three", "the two sides" and "there"
 * to the names the sentences before gave.
 */
export function createNameReader(gazetteer: Gazetteer): (sentences?: string[]) => ArticleNames {
  // A spelling the gazetteer lacks still finds its person ("Zelenskii" is "Zelenskyy"), and a
  // town found in GeoNames its place under any name the gazetteer gives it ("Washington, D.C.").
  const peopleByKey = new Map<string, Entity>();
  const placesByName = new Map<string, Entity>();
  for (const e of gazetteer.entities) {
    for (const name of [e.name, ...e.aliases]) {
      if (e.type === 'person' && name.includes(' ')) peopleByKey.set(personKey(name), e);
      if (e.type === 'place' && !placesByName.has(nameKey(name))) placesByName.set(nameKey(name), e);
    }
  }
  const known: Known = { fromGazetteer: createRecogniser(gazetteer), byId: new Map(gazetteer.entities.map((e) => [e.id, e])), peopleByKey, placesByName, sides: describedSides(gazetteer.entities) };
  return (sentences = []) => new ArticleReader(known, sentences).names();
}

/** What the gazetteer gives every article's reader, prepared once. */
interface Known {
  fromGazetteer: (text: string, day: string) => EntityMention[];
  byId: Map<string, Entity>;
  peopleByKey: Map<string, Entity>;
  placesByName: Map<string, Entity>;
  /** Person or organisation id → the country it acts for, from the descriptions. */
  sides: Map<string, string>;
}

/**
 * One article's reading. Sentences are read in order, each at most once; what one sentence
 * names (a person in full, a side, a town) is kept here so the sentences after can use it.
 */
class ArticleReader {
  /** The entities this article named that the gazetteer lacks, by id. */
  private readonly found = new Map<string, Entity>();
  /** Surnames of the people this article has named in full, so "Umerov" alone is the same man. */
  private readonly surnames = new Map<string, Entity>();
  /** The people named in full by the first words of their names, for names written surname first and first words two people share. */
  private readonly firstWords = new Map<string, Entity[]>();
  /** Person id → the country the article says they act for. */
  private readonly affiliation = new Map<string, string>();
  /** For each shared demonym's usual state, the state it stands for in this article, once read (null: the usual one). */
  private steered: Map<string, Country | null> | undefined;
  /** The countries each sentence names together as sides, by the sentence's text. */
  private readonly groupsByText = new Map<string, string[][]>();
  /** Each sentence's names, read at most once, so references can look back. */
  private readonly read = new Map<number, EntityMention[]>();
  /** The last sentence `recognise` was given, so a sentence written twice is found at its second place. */
  private cursor = -1;
  /** For each office as an anaphor writes it, the latest holder found before a sentence (`upTo`), so the search further back goes on from there. */
  private readonly latestHolders = new Map<string, { upTo: number; holder: Entity[] }>();
  /** Person id → the person whose counterpart the article calls them, their side unwritten ("met his counterpart, Aminata Ouédraogo"). */
  private readonly counterparts = new Map<string, string>();
  /** The day the article's sentences are read on (a gazetteer's roles hold for some days only), once one is. */
  private day: string | undefined;
  /** For each last word of a run of capitalised words ("Chidi Okafor"), the first sentence that writes it so. */
  private fullNames: Map<string, number> | undefined;
  /** For each surname readOffice was asked of, the sentences that give it an office after it (officeSentences). */
  private readonly officeGivenIn = new Map<string, number[]>();
  /** The surnames the article writes alone where only a person stands (aloneAsPerson), by surnameKey: found once, when first asked. */
  private loneSurnames: Set<string> | undefined;
  /** For each word opening a sentence that openerNamedWithin was asked of, whether the article writes it capitalised inside a sentence. */
  private readonly namedWithin = new Map<string, boolean>();
  /** The people a lead opens with after its dateline, with a state's office and no side (leadsAtHome): the article's own country's, if it says no other (homeSides). */
  private readonly titledBare = new Set<string>();

  private readonly known: Known;
  private readonly sentences: string[];
  private readonly places: ArticlePlaces;

  constructor(known: Known, sentences: string[]) {
    this.known = known;
    this.sentences = sentences;
    this.places = new ArticlePlaces({ known, found: this.found, sentences, remember: (entity, spelling) => this.remember(entity, spelling), country: (c) => this.country(c) });
  }

  /** What the pipeline asks of the article's names. */
  names(): ArticleNames {
    const { byId, sides } = this.known;
    return {
      recognise: (text, day) => this.recognise(text, day),
      isPerson: (id) => (byId.get(id) ?? this.found.get(id))?.type === 'person',
      within: (id) => placeWithin(byId.get(id) ?? this.found.get(id)),
      discovered: () => [...this.found.values()],
      affiliations: () => [...this.affiliation, ...this.counterpartSides(), ...this.homeSides()],
      sideOf: (id) => this.affiliation.get(id) ?? sides.get(id) ?? this.homeSides().find(([person]) => person === id)?.[1],
      sideGroups: () => this.sentences.flatMap((text, sentence) => (this.groupsByText.get(text) ?? []).map((ids) => ({ sentence, ids }))),
      filedFrom: () => this.places.filedFrom()?.id,
      doersCapital: (text, day) => {
        const body = this.recognise(text, day).find((m) => m.entity.type === 'organization');
        return body && this.places.doersCapital(body, text)?.id;
      },
    };
  }

  // ── Entities: one object per id, whichever sentence names it ──

  /** The article's one entity for a name it lacks, with this spelling kept as an alias. */
  private remember(entity: Entity, spelling: string): Entity {
    if (this.known.byId.get(entity.id) === entity) return entity;
    const known = this.found.get(entity.id) ?? entity;
    this.found.set(known.id, known);
    if (spelling !== known.name && !known.aliases.includes(spelling)) known.aliases.push(spelling);
    return known;
  }

  /** The person of a name; a name in full also makes its surname and first word say that person after. */
  private person(name: string): Entity {
    const words = name.split(/\s+/);
    if (words.length === 1) {
      // "Xi" after "Xi Jinping", "Moon" after "Moon Hee-jin": a surname written first, when no one has it last.
      const key = surnameKey(name);
      const same = this.surnames.get(key) ?? this.onlyOneFirstWord(key);
      if (same) return same;
    }
    const entity = this.known.peopleByKey.get(personKey(name)) ?? this.found.get(slug(name)) ?? discoveredEntity(slug(name), name, 'person');
    if (words.length > 1) {
      const last = surnameKey(words.at(-1)!);
      if (!this.surnames.has(last)) this.surnames.set(last, entity);
      const first = surnameKey(words[0]!);
      const sharing = this.firstWords.get(first) ?? [];
      if (!sharing.includes(entity)) this.firstWords.set(first, [...sharing, entity]);
    }
    return entity;
  }

  /** The person a first word alone says: the one named in full with it, if only one is ("Kim" alone says neither of two Kims). */
  private onlyOneFirstWord(key: string): Entity | undefined {
    const people = this.firstWords.get(key);
    return people?.length === 1 ? people[0] : undefined;
  }

  /** The person named in full before whose whole name is written at `start`, whoever else shares its first word ("Mirela Szabo" after "Mirela Iwasaki"). */
  private writtenInFull(text: string, start: number, key: string): Entity | undefined {
    return this.firstWords.get(key)?.find((p) => text.startsWith(p.name, start) && !/^[\p{L}\p{M}]/u.test(text.slice(start + p.name.length)));
  }

  /** A country by the gazetteer's entry where it has one, so its aliases and roles come along. */
  private country(named: Country): Entity {
    const c = this.sharedDemonymState(named);
    return this.known.byId.get(c.id) ?? this.found.get(c.id) ?? discoveredEntity(c.id, c.name, 'country');
  }

  /** The state a shared demonym's usual state stands for in this article: the other one when only its words are written ("Congolese" in Brazzaville). */
  private sharedDemonymState(c: Country): Country {
    const shared = SHARED_DEMONYMS.find((s) => s.usual === c.id);
    if (!shared) return c;
    this.steered ??= new Map();
    let other = this.steered.get(c.id);
    if (other === undefined) {
      const whole = this.sentences.join('\n');
      other = shared.otherCue.test(whole) && !shared.usualCue.test(whole) ? (countryById(shared.other) ?? null) : null;
      this.steered.set(c.id, other);
    }
    return other ?? c;
  }

  /** A body under the name the article spells out, if it gives one for its initials ("the EU" of "the European Union"), else under the name news knows it by. */
  private body(name: string): Entity {
    return organization(isInitials(name) ? (spelledOut(name, this.sentences) ?? BODY_BY_INITIALS.get(initialsOf(name)) ?? name) : name, this.found);
  }

  // ── Other sentences: where a person is introduced, and their office given ──

  /** Reads sentence `at` now, marked as read first so that reading it never comes back to it. */
  private readAhead(at: number, day: string): void {
    this.read.set(at, []);
    this.read.set(at, this.readSentence(this.sentences[at]!, day));
  }

  /**
   * Reads the sentence that first names in full the person of a surname, if no sentence read
   * so far did: most reports introduce a person once ("Nigeria's national security adviser,
   * Chidi Okafor, flew to Niamey") and call them by surname after ("Mr. Okafor met …"), and the
   * sentence that introduces them need not report anything. Whether anyone was found there.
   */
  private readIntroduction(surname: string, text: string, day: string): boolean {
    if (!this.fullNames) {
      this.fullNames = new Map();
      for (const [i, sentence] of this.sentences.entries()) {
        for (const m of everyMatch(FULL_NAME, sentence)) {
          const key = surnameKey(m[1]!);
          if (!this.fullNames.has(key)) this.fullNames.set(key, i);
        }
      }
    }
    const at = this.fullNames.get(surnameKey(surname));
    if (at === undefined || this.sentences[at] === text || this.read.has(at)) return false;
    this.readAhead(at, day);
    return true;
  }

  /**
   * Reads the first sentence not yet read that gives a surname an office after it ("Varma, India's
   * prime minister, and Sato, who became Japan's prime minister, agreed …"): a person named in full
   * with no side may have it written in a sentence that reports nothing.
   */
  private readOffice(surname: string, text: string, day: string): void {
    // A surname is letters, apostrophes and hyphens: a word with other marks in it is given no office.
    if (!/^[\p{L}'’-]+$/u.test(surname)) return;
    const at = this.officeSentences(surname).find((i) => this.sentences[i] !== text && !this.read.has(i));
    if (at !== undefined) this.readAhead(at, day);
  }

  /**
   * The sentences that give a surname an office after it, in order, found once per surname: readOffice asks at every mention of
   * a person with no side.
   */
  private officeSentences(surname: string): number[] {
    let found = this.officeGivenIn.get(surname);
    if (found) return found;
    found = this.sentences.flatMap((sentence, i) => (officeAfterSurname(sentence, surname) ? [i] : []));
    this.officeGivenIn.set(surname, found);
    return found;
  }

  /** A surname standing alone ("Mr. Okafor met …", "Dalton's team") whose person a sentence not yet read names in full. */
  private namedInFullElsewhere(text: string, start: number, end: number, day: string): Entity | undefined {
    const before = text.slice(Math.max(0, start - 30), start);
    if (!(LONE_WORD_BEFORE.test(before) || CALENDAR_WORD_BEFORE.test(before)) || NAME_CONTINUES.test(text.slice(end))) return undefined;
    const surname = text.slice(start, end);
    return this.readIntroduction(surname, text, day) ? this.surnames.get(surnameKey(surname)) : undefined;
  }

  /** Whether the article writes a surname alone, no name word beside it, where only a person stands ("Vosk said", "met Vosk"). */
  private writtenAloneAsPerson(surname: string): boolean {
    if (!this.loneSurnames) {
      this.loneSurnames = new Set();
      const bareNames = new Map<string, Set<number>>();
      for (const [index, sentence] of this.sentences.entries()) {
        for (const word of everyMatch(CAPITALISED, sentence)) {
          const end = word.index + word[0].replace(POSSESSIVE_OR_TRAILING_MARKS, '').length;
          const alone = LONE_WORD_BEFORE.test(sentence.slice(Math.max(0, word.index - 30), word.index)) && !NAME_CONTINUES.test(sentence.slice(end));
          if (!alone) continue;
          const key = surnameKey(sentence.slice(word.index, end));
          if (aloneAsPerson(sentence, word.index, end)) this.loneSurnames.add(key);
          // "appointed Takaichi, …", "237 votes for Takaichi": a word written alone inside sentences, in two of them, is a name the
          // story goes by, whatever it stands beside; a sentence's first word may be capitalised only for opening it. After "in", "of"
          // and the like a firm or a place stands as well as a person ("a stake in Marubo", "shares of Marubo"), so that is no sign.
          else if (word.index > 0 && !PLACE_OR_FIRM_PREPOSITION_BEFORE.test(sentence.slice(0, word.index))) {
            bareNames.set(key, (bareNames.get(key) ?? new Set()).add(index));
          }
        }
      }
      for (const [key, sentences] of bareNames) if (sentences.size >= 2) this.loneSurnames.add(key);
    }
    return this.loneSurnames.has(surnameKey(surname));
  }

  /**
   * "Later Quispe Mamani met …" after "Peru's trade minister, Óscar Quispe Mamani,", "On Tuesday dos Santos Neto …": a run of
   * capitalised words standing where a name begins (no name word before it) that ends the longer full name of a person the
   * article names is that person: double surnames are written without the given name, as single ones are.
   */
  private endOfFullName(text: string, start: number, day: string): { person: Entity; end: number } | undefined {
    const run = SURNAME_RUN.exec(text.slice(start))?.[0];
    if (!run) return undefined;
    const before = /(\p{Lu}[\p{L}\p{M}'’.-]*)\s+$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
    if (before && !NOT_A_NAME.has(before) && !SENTENCE_ADVERB.has(before) && !TITLE_WORDS.has(before.toLowerCase())) return undefined;
    const last = run.split(/\s+/).at(-1)!;
    const key = surnameKey(last);
    if (!this.surnames.has(key)) this.readIntroduction(last, text, day);
    const person = this.surnames.get(key);
    return person?.type === 'person' && person.name.endsWith(` ${run}`) ? { person, end: start + run.length } : undefined;
  }

  // ── One sentence: each step adds to or rewrites its mentions, in this order ──

  /** The names of one sentence, each step below in turn; the sentences it needs first are read on the way. */
  private readSentence(text: string, day: string): EntityMention[] {
    const mentions = this.gazetteerMentions(text, day);
    const headingTown = this.readEntryHeading(text, mentions);
    // "the Group of Seven", "G7": a body of one id whichever way it is written, which the tagger splits or misses.
    for (const group of numberedGroups(text)) if (!overlapsAny(mentions, group.start, group.end)) this.add(mentions, text, this.body(group.name), group.start, group.end);
    const unknown = this.readCapitalisedWords(text, day, mentions);
    // The tagger costs far more than the gazetteer: it reads only sentences with a name still unknown.
    const untyped = unknown ? this.readTaggedNames(text, mentions) : [];
    this.widenToRegions(text, mentions);
    describedPlaces(text, mentions);
    smallPlaces(text, mentions, (name, locality) => this.remember(this.places.venueEntity(name, locality), name), (word) => {
      const state = nationalWord(word);
      return state && !state.plural ? this.country(state.country) : undefined;
    });
    this.addCapitalsByAdjective(text, mentions);
    this.readVenues(text, mentions, headingTown);
    this.readSides(text, mentions, untyped);
    this.readAffiliations(text, mentions);
    this.readWhereIntroduced(text, day, mentions);
    return mentions.filter((m) => !ownPremises(text, m)).sort((a, b) => a.start - b.start);
  }

  /** Adds a mention of `entity` written at start–end, remembering that spelling. */
  private add(mentions: EntityMention[], text: string, entity: Entity, start: number, end: number): void {
    mentions.push({ entity: this.remember(entity, text.slice(start, end)), text: text.slice(start, end), start, end, byRole: false });
  }

  /** What the gazetteer finds, an institution met in its building read as its state's capital. */
  private gazetteerMentions(text: string, day: string): EntityMention[] {
    return this.known.fromGazetteer(text, day).map((m) => {
      const place = this.places.seat(m, text);
      return place ? { ...m, entity: this.remember(place, place.name) } : m;
    });
  }

  /**
   * Each capitalised word nothing has read yet that the article has already named (a surname, a
   * first word), or that is a country by initials, compound or name. Whether a word is left
   * that only the tagger may know.
   */
  private readCapitalisedWords(text: string, day: string, mentions: EntityMention[]): boolean {
    let unknown = false;
    for (const word of everyMatch(CAPITALISED, text)) {
      const start = word.index;
      const end = start + word[0].replace(POSSESSIVE_OR_TRAILING_MARKS, '').length;
      const token = text.slice(start, end);
      if (overlapsAny(mentions, start, end) || NOT_A_NAME.has(token) || TITLE_WORDS.has(token.toLowerCase())) continue;
      const whole = this.endOfFullName(text, start, day);
      if (whole) {
        this.add(mentions, text, whole.person, start, whole.end);
        continue;
      }
      const key = surnameKey(token);
      const same = this.writtenInFull(text, start, key) ?? this.surnames.get(key) ?? this.onlyOneFirstWord(key) ?? this.namedInFullElsewhere(text, start, end, day);
      // "Mohammed bin Salman" after "Mohamed bin Zayed", "Abdullah bin Hamad" after "Tamim bin Hamad": a word particles join to
      // another is part of a name of its own, which only that whole name read before says.
      const joined = PARTICLE_THEN_NAME.test(text.slice(end)) || NAME_THEN_PARTICLE.test(text.slice(Math.max(0, start - 40), start));
      if (same && joined && !text.startsWith(same.name, start)) {
        unknown = true;
        continue;
      }
      const compound = same ? [] : countriesOfCompound(token);
      // Initials the tagger does not read as a name: "U.S.", "UK", "UAE".
      const initials = same || !ABBREVIATION.test(word[0]) ? undefined : findCountry(token);
      // A name read before in full is that name again, not its first word and its last ("Mark Ellison" is no alias "Mark").
      if (same && text.startsWith(same.name, start)) this.add(mentions, text, same, start, start + same.name.length);
      else if (same) this.add(mentions, text, same, start, end);
      // Its last full stop is the initials' own ("U.S. envoy"), not the sentence's.
      else if (initials) this.add(mentions, text, this.country(initials), start, start + word[0].replace(/['’]s$/u, '').length);
      else if (compound.length > 0) for (const part of compound) this.add(mentions, text, this.country(part.country), start + part.start, start + part.end);
      // A national adjective ("Russian officials") says whose people, not which sides sat down:
      // read as a party it splits one round of talks into several (measured on the corpus).
      // A state whose adjective is its name ("talks in Djibouti") is named as the state.
      else if (nationalWord(token) && findCountry(token)?.name === token) this.add(mentions, text, this.country(findCountry(token)!), start, end);
      else if (nationalWord(token)) continue;
      else if (this.openerNamedWithin(text, start, end)) this.add(mentions, text, this.found.get(slug(token)) ?? (this.writtenAloneAsPerson(token) ? this.person(token) : this.body(token)), start, end);
      else unknown = true;
    }
    return unknown;
  }

  /**
   * Whether a word opening its sentence, alone, is a name by what the article writes of it elsewhere: the same word capitalised
   * inside a sentence ("Zentro unveiled the phones …" and "…, Zentro said", "forecasts for Zentro’s shipments"). The tagger reads
   * a sentence's first capital as no sign of a name, so a firm opening its sentence was no one there ("Zentro" no party of its
   * launch). A word the tagger's lexicon knows ("Shares rose …"), a feast or an era (NOT_A_PARTY), a place or a country is no such name; it is a person only
   * when the article writes it alone where a person stands (writtenAloneAsPerson), else a body.
   */
  private openerNamedWithin(text: string, start: number, end: number): boolean {
    const token = text.slice(start, end);
    if (!OPENING_MARKS.test(text.slice(datelineLength(text), start)) || NAME_CONTINUES.test(text.slice(end)) || englishWord(token) || NOT_A_PARTY.test(token) || INSTITUTION_NOUN.test(token) || findPlace(token) || findCountry(token)) return false;
    let within = this.namedWithin.get(token);
    if (within === undefined) {
      const inside = new RegExp(String.raw`(?<![\p{L}\p{M}'’-])${RegExp.escape(token)}(?=(?:['’]s)?(?![\p{L}\p{M}'’-])${NAME_ALONE_AFTER})`, 'gu');
      within = this.sentences.some((sentence) => everyMatch(inside, sentence).some((m) => WORD_INSIDE_A_SENTENCE.test(sentence.slice(Math.max(0, m.index - 30), m.index))));
      this.namedWithin.set(token, within);
    }
    return within;
  }

  /**
   * The names the tagger finds that nothing has read, typed as a country, person, place or body.
   * Returns the names it could not type: a side, if listed with one (`readSides`).
   */
  private readTaggedNames(text: string, mentions: EntityMention[]): NameSpan[] {
    const untyped: NameSpan[] = [];
    const first = text === this.sentences[0];
    const filed = first ? datelineLength(text) : 0;
    const outlet = first ? outletAfterDateline(text) : undefined;
    // "PARIS, Nov 22 (Seine Wire) -": a dateline names its town and its outlet, no one in the news and no body taking part.
    const spans = discoverNames(text).filter((span) => !overlapsAny(mentions, span.start, span.end) && !(span.end <= filed && (span.kind !== 'place' || /\([^)]*$/.test(text.slice(0, span.start)))) && !(outlet && span.start >= outlet.start && span.end <= outlet.end));
    const people = peopleAmongNames(text, spans, mentions, filed, (surname) => this.writtenAloneAsPerson(surname));
    for (const span of spans) {
      // A national adjective ("South Korean") is read as one later, whatever the tagger makes of it.
      if (nationalWord(span.text)) continue;
      // A country's name is the country whatever the tagger makes of it ("the leaders of France" is no Anatole France).
      const named = findCountry(span.text);
      // "President Aurelio Vance of Santa Ines", "Mayor Ines Calvo of Puerto Lindo": a name after a person's "of" is where their office is, no one.
      if (!named && (span.kind === 'person' || people.has(span)) && officeHoldersPlace(text, span, spans, mentions)) continue;
      const entity = named ? this.country(named) : (this.places.seatOfGovernment(span, text) ?? this.places.hostTown(span, text) ?? (movement(span.text) ? this.body(span.text) : span.kind === 'person' || people.has(span) ? this.person(span.text) : (this.places.place(span, text) ?? this.places.ownTown(span, text) ?? (span.kind === 'organization' || institution(text, span) || (span.kind === 'place' && institutionNamed(span.text)) ? this.body(span.text) : undefined))));
      if (entity) this.add(mentions, text, entity, span.start, span.end);
      else if (span.kind === 'name') untyped.push(span);
    }
    // "Kinshasa and Kigali have put their names to a deal": a name listed with a town may be a seat of government, read after every town is.
    for (const span of [...untyped]) {
      const listedWith = (m: EntityMention): boolean => isTown(m.entity) && JOINED_BY.test(m.end <= span.start ? text.slice(m.end, span.start) : text.slice(span.end, m.start));
      const seat = mentions.some(listedWith) ? this.places.listedSeat(span) : undefined;
      if (!seat) continue;
      this.add(mentions, text, seat, span.start, span.end);
      untyped.splice(untyped.indexOf(span), 1);
    }
    // "Varma, India's prime minister": a country's name as whose someone is, which the tagger left out.
    for (const m of everyMatch(COUNTRY_POSSESSIVE, text)) {
      const named = overlapsAny(mentions, m.index, m.index + m[1]!.length) ? undefined : findCountry(m[1]!);
      if (named) this.add(mentions, text, this.country(named), m.index, m.index + m[1]!.length);
    }
    return untyped;
  }

  /** "in the Kursk region": the word after a place makes it the region around it. */
  private widenToRegions(text: string, mentions: EntityMention[]): void {
    for (const [i, m] of mentions.entries()) {
      const word = m.entity.type === 'place' ? REGION_WORD_AFTER.exec(text.slice(m.end))?.[1] : undefined;
      const region = word ? this.places.regionAround(text.slice(m.start, m.end), word) : undefined;
      if (!region) continue;
      const end = m.end + REGION_WORD_AFTER.exec(text.slice(m.end))![0].length;
      mentions[i] = { ...m, entity: this.remember(region, text.slice(m.start, end)), text: text.slice(m.start, end), end };
    }
  }

  /** "the Kazakh capital": a state's capital named by its adjective. */
  private addCapitalsByAdjective(text: string, mentions: EntityMention[]): void {
    for (const named of everyMatch(CAPITAL_BY_ADJECTIVE, text)) {
      const state = nationalWord(named[1]!);
      // Under the name the country list gives it (GeoNames may still have a former one: Nur-Sultan for Astana).
      const town = state && !state.plural ? (state.country.capital ? findTown(state.country.capital, state.country.code) : undefined) : undefined;
      const start = named.index + named[0].indexOf(named[1]!);
      if (!town || overlapsAny(mentions, start, named.index + named[0].length)) continue;
      this.add(mentions, text, this.places.townEntity(town), start, named.index + named[0].length);
      mentions.at(-1)!.capitalByAdjective = true;
    }
  }

  /**
   * "15:30 Palace of Westminster — Mr Macron addresses …", "12:00 Northwood — Mr Starmer and …": the place a planner's
   * item is written under is its town (`headingTown`), no one in the news, whatever the gazetteer or the tagger reads in it.
   */
  private readEntryHeading(text: string, mentions: EntityMention[]): Entity | undefined {
    const heading = entryHeadingPlace(text);
    const town = heading ? this.places.headingTown(heading) : undefined;
    if (!heading || !town) return undefined;
    mentions.splice(0, mentions.length, ...mentions.filter((m) => m.end <= heading.start || heading.end <= m.start));
    const entity = this.remember(town, town.name);
    mentions.push({ entity, text: text.slice(heading.start, heading.end), start: heading.start, end: heading.end, byRole: false });
    return entity;
  }

  /**
   * A named hotel, palace or estate: the town it stands in, or a place of its own; the names inside it are none. The town a
   * planner's item is written under (readEntryHeading) is where its venues are ("09:00 Northwood — Summit at the Permanent Joint Headquarters").
   */
  private readVenues(text: string, mentions: EntityMention[], headingTown: Entity | undefined): void {
    for (const venue of venuesIn(text)) {
      const inName = mentions.filter((m) => m.start < venue.nameEnd && venue.nameStart < m.end);
      // A venue the gazetteer knows ("the White House") is read as it says; a bare name anyone reads otherwise too.
      if (inName.some((m) => this.known.byId.get(m.entity.id) === m.entity)) continue;
      const seat = this.places.seatOfGovernment({ text: text.slice(venue.nameStart, venue.nameEnd), start: venue.nameStart }, text);
      if (seat) {
        mentions.splice(0, mentions.length, ...mentions.filter((m) => !inName.includes(m)));
        mentions.push({ entity: this.remember(seat, seat.name), text: text.slice(venue.start, venue.end), start: venue.start, end: venue.end, byRole: false });
        continue;
      }
      if (venue.bare && (inName.length > 0 || unnamed(venue.name))) continue;
      // "at the Geneva headquarters of the WHO": a town that names its premises is the town.
      if (venue.premises && inName.some((m) => m.entity.type === 'place' || m.entity.type === 'country')) continue;
      const locality = mentions.find((m) => m.start === venue.localityAt && (m.entity.type === 'place' || m.entity.type === 'country'));
      // A hotel or a palace in a town stands for the town ("at the Sheraton Hotel in Addis Ababa"); with none
      // written, for the town a planner's item is written under or a wire dateline files from ("PARIS (AFP) — … at the Élysée Palace").
      // Else in the town its own name begins with ("Aviano Air Base"), or, for a building, the one the sentences
      // around it name (a bare name after "at" may be no building at all: "at Quinta Rosales"). One written at a distance
      // from a town ("about an hour west of Calgary") is in none of them.
      const away = !locality && VENUE_AWAY_FROM_TOWN.test(text.slice(venue.end));
      // "the Palace of Versailles": a town its name is "of" stands in that town, whatever is written or filed around it.
      const namesItsTown = inName.find((m) => isTown(m.entity) && m.end === venue.nameEnd && VENUE_OF_ITS_TOWN.test(text.slice(venue.nameStart, m.start)));
      const town = namesItsTown ? namesItsTown.entity : locality ? (isTown(locality.entity) || venue.premises ? locality.entity : undefined) : away ? undefined : (headingTown ?? this.places.filedFrom() ?? this.places.nearbyTown(venue, text));
      if (!town && (venue.described || venue.premises)) continue;
      const entity = town ?? this.remember(this.places.venueEntity(venue.name, locality?.entity), venue.name);
      const end = locality?.end ?? venue.end;
      mentions.splice(0, mentions.length, ...mentions.filter((m) => !inName.includes(m) && m !== locality));
      mentions.push({ entity, text: text.slice(venue.start, end), start: venue.start, end, byRole: false });
    }
  }

  /**
   * Which names sit at the table as sides: organisations and countries marked as such, the
   * sentence's groups of sides kept for `sideGroups`, and a name listed with a side.
   */
  private readSides(text: string, mentions: EntityMention[], untyped: NameSpan[]): void {
    const begun = (word: string): Entity | undefined => {
      const known = organisationBegun(word, [...this.found.values(), ...this.known.byId.values()]);
      const name = known ? undefined : bodyNamedIn(this.sentences, word);
      return known ?? (name ? this.body(name) : undefined);
    };
    markOrganisationSides(text, mentions, begun, (side, start, end) => {
      this.add(mentions, text, 'type' in side ? side : this.country(side), start, end);
      return mentions.at(-1)!;
    });
    mentions.sort((a, b) => a.start - b.start);
    const covered = (start: number, end: number): boolean => overlapsAny(mentions, start, end);
    const groups = markSides(text, mentions, covered, (c, start, end) => {
      this.add(mentions, text, this.country(c), start, end);
      const mention = mentions.at(-1)!;
      mention.byAdjective = true;
      return mention;
    });
    if (groups.length > 0) this.groupsByText.set(text, groups);
    // "Israeli and Hamas delegations", "talks between Colombia and the ELN": a name listed with a side is a side too, an organisation.
    const listedWithSide = (at: { start: number; end: number }): boolean =>
      mentions.some((m) => m.asSide && !m.asMediator && m.entity.type === 'country' && JOINED_BY.test(m.end <= at.start ? text.slice(m.end, at.start) : text.slice(at.end, m.start)));
    for (const m of mentions) if (m.entity.type === 'organization' && m.entity.discovered && listedWithSide(m)) m.asSide = true;
    for (const span of untyped) {
      if (!listedWithSide(span) || covered(span.start, span.end)) continue;
      this.add(mentions, text, this.body(span.text), span.start, span.end);
      mentions.at(-1)!.asSide = true;
    }
  }

  /** For whom the sentence says its people act ("Russia's foreign minister Sergey Lavrov"), the first saying kept. */
  private readAffiliations(text: string, mentions: EntityMention[]): void {
    const { byId, sides } = this.known;
    // "Asante met his counterpart, Aminata Ouédraogo": whose counterpart she is, the person before her in the sentence.
    for (const [i, m] of mentions.entries()) {
      const holder = mentions.slice(0, i).findLast((o) => o.entity.type === 'person' && o.entity !== m.entity);
      if (m.entity.type === 'person' && holder && COUNTERPART_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) && !this.counterparts.has(m.entity.id)) this.counterparts.set(m.entity.id, holder.entity.id);
    }
    // A capital before an office stands for its state: "Beijing's special envoy Li Hui".
    const actsFor = (id: string): string | undefined => this.affiliation.get(id) ?? sides.get(id) ?? seatOf(byId.get(id) ?? this.found.get(id))?.id;
    for (const [person, side] of affiliationsIn(text, mentions, actsFor)) {
      if (this.affiliation.has(person)) continue;
      const state = countryById(side);
      this.affiliation.set(person, state ? this.sharedDemonymState(state).id : side);
      // A side known only by its adjective ("Brazilian President …") is still an entity, with its name.
      if (state && !byId.has(side)) this.remember(this.country(state), this.sharedDemonymState(state).name);
    }
  }

  /**
   * "Asante met his counterpart, Aminata Ouédraogo, …" in an article whose only states are Ghana and Burkina Faso: a counterpart
   * whose side no sentence writes acts for the other of the two, once the whole article is read; with more states, or none
   * other, it has none (the town they met in says nothing of whose they are).
   */
  private counterpartSides(): [string, string][] {
    if (this.counterparts.size === 0 || this.day === undefined) return [];
    // Every sentence counts, the ones that report nothing too ("Tanzania had asked for it").
    for (const at of this.sentences.keys()) if (!this.read.has(at)) this.readAhead(at, this.day);
    const states = new Set([...this.read.values()].flat().filter((m) => m.entity.type === 'country').map((m) => m.entity.id));
    for (const side of this.affiliation.values()) if (countryById(side)) states.add(side);
    if (states.size !== 2) return [];
    return [...this.counterparts].flatMap(([person, holder]) => {
      const own = this.affiliation.get(holder) ?? this.known.sides.get(holder);
      const other = [...states].find((s) => s !== own);
      return own && states.has(own) && other && !this.affiliation.has(person) ? [[person, other] as [string, string]] : [];
    });
  }

  /**
   * "OSLO, May 4 (Nordwire) - Prime Minister Kari Dahl opened the summit": a holder of a state's office written bare in the lead
   * after the dateline of an article filed from a town acts for the town's country, unless the article gives them another side; news writes a
   * visitor's office with their country (titleAtHome reads the same convention). Only the lead: further on, a visitor may be
   * written bare after a sentence that gave their country ("… admitted Timor-Leste as the bloc's eleventh member. Prime
   * Minister Xanana Gusmão wiped away tears"). The gazetteer's people are its editors' to place.
   */
  private homeSides(): [string, string][] {
    const home = this.titledBare.size > 0 ? this.homeCountry() : undefined;
    if (!home) return [];
    return [...this.titledBare].filter((id) => !this.affiliation.has(id) && !this.counterparts.has(id)).map((id) => [id, home]);
  }

  /** The country of the town the article's wire dateline files it from, if it has one. */
  private homeCountry(): string | undefined {
    const town = this.places.filedFrom();
    return countryById(town?.country ?? placeWithin(town) ?? '')?.id;
  }

  /**
   * Whether a person is the subject of the lead after the article's dateline, named first with a state's office and no side
   * ("OSLO, May 4 (Nordwire) - Prime Minister Kari Dahl opened …"), and the lead gives the dateline's country to no one else: a
   * visitor may be written bare after the host ("Prime Minister Mark Carney and President Emmanuel Macron spoke" from Ottawa),
   * and an outlet's own minister abroad opposite a host written with the country ("Muscat - External Affairs Minister S
   * Jaishankar held talks with his Omani counterpart"), nor two bare leaders met in another country's town (peersAbroad).
   */
  private leadsAtHome(text: string, person: EntityMention, mentions: EntityMention[]): boolean {
    const opening = datelineLength(text);
    const office = opening > 0 ? stateOfficeWritten(text, person) : undefined;
    if (!office || sidesOfOffice(text, person, office).length > 0) return false;
    const before = text.slice(opening, person.start);
    const at = before.toLowerCase().lastIndexOf(office.toLowerCase());
    if (!/^[\s\p{P}]*(?:the\s+)?$/iu.test(at >= 0 ? before.slice(0, at) : before)) return false;
    const home = this.homeCountry();
    return home !== undefined && !mentions.some((m) => m.entity.id === home) && !demonymsIn(text).some((d) => d.word.country.id === home) && !this.peersAbroad(text, opening, person, mentions, home);
  }

  /**
   * Whether the lead tells a meeting of its subject with another holder of a state's office written with no side, in a town of a
   * country not the dateline's ("OSLO - Prime Minister Taro Hayase and President Min Su-jin met in Geneva, Switzerland"): abroad
   * neither hosts, so the bare offices say nothing of the dateline's country. An outlet's own leader abroad is still written bare
   * beside a counterpart given their country ("NEW DELHI - Prime Minister Narendra Modi and Canadian Prime Minister Mark Carney
   * agreed in Johannesburg"), or alone ("… opened the fair in Lyon").
   */
  private peersAbroad(text: string, opening: number, person: EntityMention, mentions: EntityMention[], home: string): boolean {
    const abroad = mentions.some((m) => {
      if (m.start < opening || m.entity.type !== 'place' || !HAPPENING_IN_BEFORE.test(text.slice(0, m.start))) return false;
      const country = countryById(placeWithin(m.entity) ?? '');
      return country !== undefined && country.id !== home;
    });
    return abroad && mentions.some((m) => {
      if (m === person || m.entity.type !== 'person' || m.entity.id === person.entity.id) return false;
      if (this.affiliation.has(m.entity.id) || this.known.sides.has(m.entity.id)) return false;
      const office = stateOfficeWritten(text, m);
      return office !== undefined && sidesOfOffice(text, m, office).length === 0;
    });
  }

  /** Whom a person acts for is said where the article introduces them ("U.S. trade envoy Mark Dalton arrived …"). */
  private readWhereIntroduced(text: string, day: string, mentions: EntityMention[]): void {
    for (const m of [...mentions]) {
      if (m.entity.type !== 'person') continue;
      if (m.entity.discovered && !m.refersBack && this.leadsAtHome(text, m, mentions)) this.titledBare.add(m.entity.id);
      if (m.entity.discovered && m.entity.office === undefined && !m.refersBack) {
        const office = officeWritten(text, m);
        if (office) m.entity.office = office;
      }
      if (m.entity.discovered && !this.affiliation.has(m.entity.id)) this.readIntroduction(m.entity.name.split(/\s+/).at(-1)!, text, day);
      if (m.entity.discovered && m.entity.type === 'person' && !this.affiliation.has(m.entity.id)) this.readOffice(m.entity.name.split(/\s+/).at(-1)!, text, day);
      // "Dalton's team met …": their side sits at the table, as "American negotiators" would.
      const side = this.affiliation.get(m.entity.id) ?? this.known.sides.get(m.entity.id);
      const state = side && PERSONS_SIDE_AFTER.test(text.slice(m.end)) ? (this.known.byId.get(side) ?? this.found.get(side)) : undefined;
      if (state?.type === 'country') mentions.push({ entity: state, text: m.text, start: m.start, end: m.end, byRole: false, asSide: true, byAdjective: true });
    }
  }

  // ── The article's sentences in order, and what "the three" or "there" refers back to ──

  /** The names of the next sentence of the article (or of any text), with its references resolved. */
  private recognise(text: string, day: string): EntityMention[] {
    this.day = day;
    const at = this.sentences.indexOf(text, this.cursor + 1);
    // Marked as read while it is read: an introduction or an office read from it never reads it again.
    if (at >= 0 && !this.read.has(at)) this.read.set(at, []);
    const mentions = this.readSentence(text, day);
    if (at >= 0) {
      this.cursor = at;
      this.read.set(at, mentions);
      const anaphors = anaphorsIn(text);
      if (anaphors.length > 0) {
        this.resolveAnaphors(anaphors, at, text, day, mentions);
        mentions.sort((a, b) => a.start - b.start);
      }
    }
    return markInstitutionNames(text, mentions);
  }

  /** Adds, for each reference back, the names it refers to among this sentence's and the few before. */
  private resolveAnaphors(anaphors: Anaphor[], at: number, text: string, day: string, mentions: EntityMention[]): void {
    const earlier = this.mentionsOf(Math.max(0, at - LOOK_BACK), at, day);
    for (const anaphor of anaphors) {
      // An office the gazetteer reads as its holder ("the U.S. envoy") is read as it says.
      if (anaphor.office && mentions.some((m) => m.entity.type === 'person' && m.start < anaphor.end && anaphor.start < m.end)) continue;
      const preceding = [...earlier, ...mentions.filter((m) => m.end <= anaphor.start).map((mention) => ({ mention, text }))].filter((p) => !(anaphor.town && this.inDateline(p)));
      const atHome = this.titleAtHome(anaphor, at, day, preceding);
      const before = antecedents(anaphor, preceding, atHome);
      const next = before.length > 0 ? undefined : this.namedInNext(anaphor, at, day, mentions, officeRank(anaphors, anaphor));
      // A holder the next sentence names only after a verb or with no office yields to one the article named further back (NamedNext).
      const firm = before.length > 0 ? before : next?.asSubject ? next.holders : [];
      const further = firm.length > 0 ? firm : this.holderFurtherBack(anaphor, at, day, atHome);
      const nextAtAll = further.length > 0 ? further : (next?.holders ?? []);
      const resolved = nextAtAll.length > 0 ? nextAtAll : this.holderNamedLater(anaphor, at, day, mentions);
      // "The Prime Minister's Office confirmed …": the office's holder speaks, and its "Office" is no body of its own.
      if (anaphor.office && resolved.length > 0) removeBodiesWithin(mentions, anaphor);
      for (const entity of resolved) {
        // "The US envoy", "the Norwegian envoy": the side written with the office is theirs.
        const side = anaphor.office?.side ? (findCountry(anaphor.office.side) ?? countryOfDemonym(anaphor.office.side)) : undefined;
        if (side && !this.affiliation.has(entity.id)) {
          this.affiliation.set(entity.id, this.sharedDemonymState(side).id);
          this.remember(this.country(side), this.sharedDemonymState(side).name);
        }
        mentions.push({ entity, text: text.slice(anaphor.start, anaphor.end), start: anaphor.start, end: anaphor.end, byRole: false, refersBack: true, ...(entity.type === 'country' ? { asSide: true as const } : {}) });
      }
    }
  }

  /**
   * Whom an office alone stands for when the few sentences before and the next name no holder: the article's latest holder of
   * it, however far back ("Pope Leo XIV flies to Ankara. … [six sentences] … On Saturday the Pope visits the Blue Mosque"); an
   * office is held by one person at a time, and a holder told as gone is passed over (`antecedents`).
   */
  private holderFurtherBack(anaphor: Anaphor, at: number, day: string, atHome: AtHome | undefined): Entity[] {
    if (!anaphor.office || anaphor.count !== 1 || at <= LOOK_BACK) return [];
    // One holder is looked for, latest first: the sentences since the last search, newest first, then that search's answer.
    const key = JSON.stringify([anaphor.type, anaphor.town ?? false, anaphor.office, atHome !== undefined]);
    const to = at - LOOK_BACK;
    const known = this.latestHolders.get(key);
    const from = known !== undefined && known.upTo <= to ? known.upTo : 0;
    let holder: Entity[] = [];
    for (let i = to - 1; i >= from && holder.length === 0; i -= 1) holder = antecedents(anaphor, this.mentionsOf(i, i + 1, day), atHome);
    if (holder.length === 0 && from > 0) holder = known!.holder;
    this.latestHolders.set(key, { upTo: to, holder });
    return holder;
  }

  /**
   * For a title alone ("The Prime Minister will …"), when the article before it named a holder of the title at home (heldAtHome,
   * its own country the dateline's): a visitor named nearer with their country's title is not the one meant.
   */
  private titleAtHome(anaphor: Anaphor, at: number, day: string, preceding: { mention: EntityMention; text: string }[]): AtHome | undefined {
    if (!anaphor.office || anaphor.office.side || anaphor.count !== 1) return undefined;
    const home = this.homeCountry();
    return heldAtHome(anaphor.office.words, [...this.mentionsOf(0, Math.max(0, at - LOOK_BACK), day), ...preceding], home) ? { home } : undefined;
  }

  /** Whom an office written with its side stands for when no sentence before or next names a holder: one a later sentence gives that side and office (namedLater). */
  private holderNamedLater(anaphor: Anaphor, at: number, day: string, mentions: EntityMention[]): Entity[] {
    const office = anaphor.office;
    if (!office?.side || anaphor.count !== 1) return [];
    const lastWord = office.words.split(/\s+/).at(-1)!;
    for (let i = at + 1; i < this.sentences.length; i += 1) {
      const text = this.sentences[i]!;
      // Only a sentence that writes the office's last word can give its holder: the others are not read for it.
      if (!text.toLowerCase().includes(lastWord)) continue;
      if (!this.read.has(i)) this.readAhead(i, day);
      const holder = namedLater(anaphor, { mentions: this.read.get(i)!, text }, mentions);
      if (holder) return [holder];
    }
    return [];
  }

  /** The mentions of sentences `from` to before `to`, each with its sentence, read once and kept. */
  private mentionsOf(from: number, to: number, day: string): { mention: EntityMention; text: string }[] {
    const found: { mention: EntityMention; text: string }[] = [];
    for (let i = from; i < to; i += 1) {
      const mentions = this.read.get(i) ?? this.readSentence(this.sentences[i]!, day);
      this.read.set(i, mentions);
      found.push(...mentions.map((mention) => ({ mention, text: this.sentences[i]! })));
    }
    return found;
  }

  /** Whether a name is its wire dateline's ("GOMA, Jan 27 (Reuters) -"): where the story is filed from, which "the city" after it need not be. */
  private inDateline({ mention, text }: { mention: EntityMention; text: string }): boolean {
    return text === this.sentences[0] && mention.end <= datelineLength(text);
  }

  /** Whom a reference no names before stand for, named in the next sentence ("… with the German chancellor. Chancellor Friedrich Albrecht …"). */
  private namedInNext(anaphor: Anaphor, at: number, day: string, mentions: EntityMention[], rank: OfficeRank): NamedNext {
    const next = this.sentences[at + 1];
    if (next === undefined || anaphor.pronoun || anaphor.type !== 'person') return { holders: [], asSubject: false };
    return namedAfter(anaphor, { mentions: this.read.get(at + 1) ?? this.readSentence(next, day), text: next }, mentions, rank);
  }
}

/** Drops the bodies discovered inside a reference to an office's holder (the "Office" of "the Prime Minister's Office"). */
function removeBodiesWithin(mentions: EntityMention[], within: { start: number; end: number }): void {
  for (let i = mentions.length - 1; i >= 0; i -= 1) {
    const m = mentions[i]!;
    if (m.entity.type === 'organization' && m.entity.discovered && m.start >= within.start && m.end <= within.end) mentions.splice(i, 1);
  }
}

/** Which of its sentence's offices standing for one person an office is ("the president" 0 of 2 in "The Malagasy president hosted the Mauritian prime minister"). */
function officeRank(anaphors: Anaphor[], anaphor: Anaphor): OfficeRank {
  const offices = anaphors.filter((a) => a.office && a.count === 1);
  return { index: Math.max(0, offices.indexOf(anaphor)), of: Math.max(1, offices.length) };
}

/** Whether a mention already covers any of start–end: a name is read once. */
/** "at his Miami office", "from her Nairobi home": a town saying where someone's own premises are is no place the sentence reports anything at. */
function ownPremises(text: string, m: EntityMention): boolean {
  return m.entity.type === 'place' && OWN_PREMISES_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) && OWN_PREMISES_AFTER.test(text.slice(m.end, m.end + 16));
}

/** Whether a name follows a person's name and "of" ("Vance of Santa Ines", "Calvo Jr of Puerto Lindo"): the state or town of their office. */
function officeHoldersPlace(text: string, span: NameSpan, spans: NameSpan[], mentions: EntityMention[]): boolean {
  const holders = [...spans.filter((s) => s !== span && s.kind === 'person'), ...mentions.filter((m) => m.entity.type === 'person')];
  return holders.some((h) => h.end <= span.start && NAME_THEN_OF.test(text.slice(h.end, span.start)));
}

function overlapsAny(mentions: EntityMention[], start: number, end: number): boolean {
  return mentions.some((m) => m.start < end && start < m.end);
}

/**
 * "the Red Sea city of Jeddah", "the Black Sea resort of Sochi": a place written after its
 * description is the place, and the description's names (a sea, a region) are none; the
 * mention takes the description in, so "in the … of" stands right before it.
 */
function describedPlaces(text: string, mentions: EntityMention[]): void {
  for (const m of [...mentions]) {
    if (m.entity.type !== 'place') continue;
    const description = DESCRIBED_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start))?.[1];
    if (!description) continue;
    const start = m.start - description.length;
    mentions.splice(0, mentions.length, ...mentions.filter((o) => o === m || o.end <= start || o.start >= m.start));
    m.start = start;
    m.text = text.slice(start, m.end);
  }
}

/**
 * "the Alpine resort of Kaltenried in central Switzerland": a resort or village too small for
 * GeoNames' towns is a place of its own (`placeOf`), lying in the region or country written
 * after it, else in the country its description names ("the Canadian mountain resort of
 * Kananaskis"); the description's names ("Alpine") are none. So is a name written with its kind or before its region or
 * country ("in Sweida province", "in Kananaskis, Canada": `PLACE_WITH_ITS_KIND`), under its own name.
 */
function smallPlaces(text: string, mentions: EntityMention[], placeOf: (name: string, locality: Entity | undefined) => Entity, stateOf: (adjective: string) => Entity | undefined): void {
  const isPlace = (m: EntityMention): boolean => m.entity.type === 'place' || m.entity.type === 'country';
  for (const m of everyMatch(DESCRIBED_SMALL_PLACE, text)) {
    const name = m[2]!;
    const nameEnd = m.index + m[0].length;
    if (mentions.some((o) => o.start === nameEnd - name.length && isPlace(o))) continue;
    const gap = SMALL_PLACE_LOCALITY.exec(text.slice(nameEnd));
    const locality = gap ? mentions.find((o) => o.start === nameEnd + gap[0].length && isPlace(o)) : undefined;
    const end = locality?.end ?? nameEnd;
    const described = m[1]!.split(/\s+/).map(stateOf).find((state) => state !== undefined);
    const place = placeOf(name, locality?.entity ?? described);
    mentions.splice(0, mentions.length, ...mentions.filter((o) => o.end <= m.index || o.start >= end));
    mentions.push({ entity: place, text: text.slice(m.index, end), start: m.index, end, byRole: false });
  }
  // "in Sweida province", "the summit in Kananaskis, Canada": a name nothing has read, of no English word (not "in Parliament,
  // Britain's …"), written with its kind or before its region or country, is a place under its own name.
  for (const m of everyMatch(PLACE_WITH_ITS_KIND, text)) {
    const name = m.groups!.name!;
    const start = m.index + m[0].length - (m.groups!.kind?.length ?? 0) - name.length;
    const end = start + name.length;
    if (overlapsAny(mentions, start, end) || name.split(/\s+/).some((word) => NOT_A_NAME.has(word) || englishWord(word))) continue;
    const locality = m.groups!.kind ? undefined : mentions.find((o) => o.start === end + /^,\s*/.exec(text.slice(end))![0].length && isPlace(o) && !LOCALITY_NOT_CLOSING.test(text.slice(o.end)));
    if (m.groups!.kind || locality) mentions.push({ entity: placeOf(name, undefined), text: name, start, end, byRole: false });
  }
}

function organization(name: string, found: Map<string, Entity>): Entity {
  return found.get(slug(name)) ?? discoveredEntity(slug(name), name, 'organization');
}
