import { dayNumber } from '../dates/calendar.ts';
import { leafPlaces, samePlace } from '../entities/place-chain.ts';
import { countryById } from '../entities/places.ts';
import { type CandidateEvent, evidenceText } from '../events/candidate.ts';
import { occasionOf } from '../events/kinds.ts';
import { goodsSorts, labourTableOf, sidesToldByNoun, wordOfASide, workersSorts } from '../events/lexicon.ts';
import { escapeRegExp } from '../parse/case-blind.ts';
import { MONTHS, WEEKDAYS } from '../parse/lexicon.ts';
import { foldLetters } from '../parse/fold.ts';
import { oncePerObject, oncePerText } from '../memo.ts';
import { compareStrings } from '../order.ts';
import { articleNamesSurname, shareTheirStory } from './article-people.ts';
import { atTheTable, type Indexed, type Probe, sharesSharpDay, type World } from './cluster-index.ts';
import type { DateFit } from './date-fit.ts';
import { happeningFamily } from './family.ts';
import { houseElected, peopleForTheTable, sameTable, actedForItsSide } from './tables.ts';

/**
 * A report and a cluster it meets, with what several ties read, worked out once. A class, not an
 * object literal with a getter: V8 builds such a literal slowly, and a pair is made for every
 * cluster matchOf reads (a third of a million in the largest family at 10,000 articles).
 */
export class Pair {
  readonly entry: Indexed;
  readonly probe: Probe;
  readonly world: World;
  /** Participants in common, and of them people. */
  readonly shared: number;
  readonly sharedPeople: number;
  readonly sameDay: boolean;
  readonly sameArticle: boolean;
  private leaves: string[] | undefined;

  constructor(entry: Indexed, probe: Probe, world: World) {
    const { report } = probe;
    this.entry = entry;
    this.probe = probe;
    this.world = world;
    this.shared = report.participants.filter((p) => entry.people.has(p)).length;
    this.sharedPeople = probe.people.filter((p) => entry.persons.has(p)).length;
    this.sameDay = entry.spans.has(probe.span);
    this.sameArticle = entry.articles.has(report.article);
  }

  /** The cluster's most precise places: Istanbul, not the Türkiye of "met in Turkey". Read by few pairs: found when first asked. */
  get places(): string[] {
    this.leaves ??= leafPlaces(this.entry.places, this.world.within);
    return this.leaves;
  }
}

/**
 * Something a report and a cluster have in common that may make them one event. `may` is
 * read first, on every cluster a report's dates reach, from what the cluster keeps indexed:
 * it is false only when the tie cannot hold, and turns down nearly all meetings (98% of 1.07
 * million at 10,000 synthetic articles) before `holds` reads the pair closely.
 */
interface Tie {
  may: (entry: Indexed, probe: Probe, world: World, fit: DateFit) => boolean;
  holds: (pair: Pair) => boolean;
}

const sameArticle = (entry: Indexed, { report }: Probe): boolean => entry.articles.has(report.article);
/** An event whose reports name a person, a country, a side or a place. */
const namesSomeone = (entry: Indexed): boolean => entry.people.size > 0 || entry.sides.size > 0 || entry.places.length > 0;

/**
 * A happening told by its noun alone (kind `other`: a truce, a reopening) and an event of such
 * reports whose articles tell one story with its article (article-people.ts shareTheirStory). Not a
 * gathering: one story has many meetings of a day ("the fiscal court will hold a public meeting on
 * Tuesday", "he'll meet the commerce secretary on Tuesday", both in stories of one car plant).
 */
const toldInOneStory = (entry: Indexed, { report }: Probe): boolean =>
  report.kind === 'other' && report.peopleArticleNames !== undefined && entry.cluster.members.some((m) => m.kind === 'other' && shareTheirStory(m, report));

/** A publication of figures or minutes naming no office, and an event of such publications (CandidateEvent.issued): a release of its day, whoever told it. */
const oneRelease = (entry: Indexed, { report }: Probe): boolean => report.issued === true && entry.cluster.members.some((m) => m.issued === true);

/**
 * A span of days a penalty runs told alike by another report of its noun ("The suspension runs from 9 February to 4 May" and "A suspension from 9 February to
 * 4 May"): the same first and last days, more than one, are one happening's, though neither names anyone; a single day so shared is not (two
 * releases of one day are, oneRelease). Only a happening told by the span it runs (CandidateEvent.runs): flights to two towns suspended over the same days are two,
 * and so are strikes of those days by workers of two trades (workersSorts: "Nurses went on strike" and "Dock workers went on strike").
 */
const oneSpanTold = (entry: Indexed, { report }: Probe): boolean => {
  if (report.runs !== true || report.date.precision !== 'span' || report.noun === undefined) return false;
  const sameWorkers = sortsAgree(workersSorts, report);
  return entry.cluster.members.some((m) => m.runs === true && m.noun === report.noun && m.date.precision === 'span' && m.date.value === report.date.value && sameWorkers(m));
};

/**
 * A step of a launch told by its noun (CandidateEvent.launch: "The phones go on sale in shops on Friday 19 September" and "The
 * range went on sale on Friday"; "A privately built spacecraft touched down gently on the Moon" and "Firefly's Blue Ghost landed upright in
 * Mare Crisium"): reports of it name the goods or the craft, seldom the maker, so two of one noun and day are one launch's step, as two
 * releases of figures of one day are one release (oneRelease); another step of that day ("Pre-orders open") is another happening, and so
 * is the launch of goods of another sort (goodsSorts: "the phones" and "the new electric cars" of one Friday are two makers' launches).
 */
const oneLaunchStep = (entry: Indexed, { report }: Probe): boolean => {
  if (report.launch !== true || report.noun === undefined) return false;
  const sameGoods = sortsAgree(goodsSorts, report);
  return entry.cluster.members.some((m) => m.launch === true && m.noun === report.noun && sameGoods(m));
};

/**
 * Whether another report's sorts (of goods, of workers) agree with `report`'s, as its evidence names them: one sort in common, or none
 * named on either side (a report that names no sort may be of any).
 */
function sortsAgree(sortsOf: (text: string) => Set<string>, report: CandidateEvent): (other: CandidateEvent) => boolean {
  const sorts = sortsOf(evidenceText(report));
  return (other) => {
    const theirs = sortsOf(evidenceText(other));
    return sorts.size === 0 || theirs.size === 0 || [...sorts].some((sort) => theirs.has(sort));
  };
}

/**
 * An event its own article told naming no one, no side and nowhere, met by a report of its days that names someone or somewhere
 * ("The Israeli strike on Sept. 9 killed five …" and "last week's Israeli strike on Hamas leaders in the Qatari capital"): what
 * anonymousDate ties when the nameless report comes second, tied when it came first and made the event of its day.
 */
const namelessOfItsArticle = (entry: Indexed, probe: Probe): boolean => !probe.anonymous && !namesSomeone(entry) && sameArticle(entry, probe);

/**
 * A report of a month naming someone ("The Integrity Board cleared her in August") and an event of its noun that reports of that month's days
 * told naming no one ("the board's acquittal, made public on 20 August", met first as sharper): a later article recalling the day of what the
 * first told by its month, as namelessOfItsArticle joins such reports of one article. Only when every report of the event is of that noun:
 * an acquittal of a month is no ruling or sentence of its days. And only when they name nothing by a name the month's report does not
 * tell: a month holds many happenings of one noun, and "The Orsk Tribunal's acquittal on 20 August" is another body's, as "The Orsk Book
 * Award was awarded on 20 August" is not the Kessel Prize won that month.
 */
const namelessOfItsMonth = (entry: Indexed, { report, anonymous }: Probe): boolean =>
  !anonymous && report.kind === 'other' && report.date.precision === 'month' && report.noun !== undefined && !namesSomeone(entry) &&
  entry.cluster.members.every((m) => m.noun === report.noun && m.date.precision === 'day' && m.date.value.startsWith(report.date.value) && [...namesOfItsSentence(m)].every((word) => wordsOf(report).has(word)));

/**
 * The words a day's report names something by that the recogniser may not know (Orsk, Tribunal): capitalised, but a clause's first word
 * and the names of months and weekdays, as wordsOf spells them. Only of the clause that writes its month, when one does: a podcast's
 * notes list other happenings, each with its names ("… at Indian Wells last March; the agency's acquittal, made public on 20 August; …").
 */
const namesOfItsSentence = oncePerObject((report: CandidateEvent): Set<string> => {
  const clauses = evidenceText(report).split(/[;:]|\s[—–]\s/);
  const month = Number(report.date.value.slice(-5, -3));
  const ofItsMonth = clauses.filter((clause) => clause.match(/\p{L}+/gu)?.some((word) => MONTHS[word.toLowerCase()] === month));
  const names = new Set<string>();
  for (const clause of ofItsMonth.length > 0 ? ofItsMonth : clauses) {
    for (const { 0: word, index } of clause.trimStart().matchAll(/(?<![\p{L}’'-])\p{Lu}[\p{L}’'-]*/gu)) {
      const spelt = wordOfASide(word);
      if (index > 0 && MONTHS[spelt] === undefined && !WEEKDAYS.includes(spelt)) names.add(spelt);
    }
  }
  return names;
});

/** An event with a report of the same kind as this one, or naming something its sentence names. */
const sortOrSubject = (entry: Indexed, { report, mentions }: Probe): boolean => entry.cluster.members.some((m) => m.kind === report.kind) || mentions.some((m) => entry.mentions.has(m));

/**
 * A report of a week naming no one the recogniser knows ("walked out after talks with the Department of Health broke down last week")
 * and an event of its kind whose days, dated by its reports to the day, all lie in that week ("talks between the union and Health
 * Secretary Dana Pell broke down on Wednesday"): a week holds few happenings of one kind a story tells; of two it fits, it joins
 * neither (merge-reports.ts bestFor). Sides it names by their nouns must be told by the event's reports, one word of them at least
 * (Health): talks "between the dockers and the port operator" are not the week's talks of a mayor with a council.
 */
function inItsWeek(entry: Indexed, { report }: Probe): boolean {
  if (report.date.precision !== 'week' || report.datedByPublication || entry.sharpDays.size === 0 || !entry.cluster.members.some((m) => m.kind === report.kind)) return false;
  const [first, last] = [dayNumber(report.date.start), dayNumber(report.date.end)];
  for (const day of entry.sharpDays) if (day < first || day > last) return false;
  const sides = sidesOfItsSentence(report);
  return sides.size === 0 || entry.cluster.members.some((m) => [...sides].some((word) => wordsOf(m).has(word)));
}
const sidesOfItsSentence = oncePerObject((report: CandidateEvent): Set<string> => sidesToldByNoun(evidenceText(report)));
const wordsOf = oncePerObject((report: CandidateEvent): Set<string> => new Set(evidenceText(report).match(/[\p{L}’'-]+/gu)?.map(wordOfASide)));

/** anonymousDate, asked with what the index knows (`may`: the report's days filed) or what the pair knows (`holds`: its days met). */
function anonymousTies(entry: Indexed, probe: Probe, ofOneArticle: boolean, sameDays: boolean): boolean {
  const datedAlike = sameDays || entry.values.has(probe.report.date.value) || inItsWeek(entry, probe);
  return (probe.anonymous && (ofOneArticle || ((namesSomeone(entry) || toldInOneStory(entry, probe) || oneRelease(entry, probe) || oneSpanTold(entry, probe) || oneLaunchStep(entry, probe)) && datedAlike && sortOrSubject(entry, probe)))) || namelessOfItsArticle(entry, probe) || namelessOfItsMonth(entry, probe);
}

/**
 * A gathering naming no one, no side and nowhere whose sentences seat the two sides of a labour table by their nouns (labourTableOf: "Union
 * representatives will meet management again on Monday" and "Management and unions met on Monday as planned"): of one day, the same table
 * told by two outlets, as two reports naming the same people would be. A meeting of a day seating only one side, or other sides, is another.
 */
const labourTable = oncePerObject((report: CandidateEvent): string | undefined =>
  report.participants.length === 0 && report.place === null && happeningFamily(report) === 'gathering' ? labourTableOf(evidenceText(report)) : undefined,
);
const oneLabourTable = (entry: Indexed, { report }: Probe): boolean => {
  const table = labourTable(report);
  return table !== undefined && !namesSomeone(entry) && entry.cluster.members.some((m) => labourTable(m) === table);
};

/** The countries a report seats, those named only as sides included. */
const seatsOf = ({ countries, sides }: Probe): string[] => [...countries, ...sides];

/** Every person of a cluster is named in a report's article, if only by surname (article-people.ts). */
const everyPersonNamed = (entry: Indexed, report: Probe['report']): boolean => [...entry.persons].every((p) => articleNamesSurname(report, p));

/** Every tie matching knows, cheapest `may` first. A score matchOf (compatible.ts) gives needs one of them to hold. */
const TIES = {
  /** The same article ("the leaders of Russia and the US spoke" where it names Putin and Trump). */
  article: { may: sameArticle, holds: (pair) => pair.sameArticle },
  /**
   * A report naming no one, no side and nowhere, of the same days or date as written, or of the same
   * article; of another article only an event that names someone or somewhere, and of its own sort
   * or naming something its sentence names: two nameless reports of other articles ("the fiscal
   * court will hold a public meeting on Tuesday", "he'll meet the commerce secretary on Tuesday")
   * share nothing but the day, and nor do "talks on the rail link resumed on Monday" and a
   * reception of that Monday told elsewhere, unless their articles tell one story: "The truce came
   * into force at midnight" and "a ceasefire agreed in Malaysia took effect at midnight", each in
   * an article naming the two leaders who agreed it (toldInOneStory); nor two releases of figures of the day (oneRelease), nor two
   * reports of one step of a product's launch (oneLaunchStep).
   */
  anonymousDate: {
    may: (entry, probe) => anonymousTies(entry, probe, sameArticle(entry, probe), entry.spans.has(probe.span)),
    holds: ({ entry, probe, sameDay, sameArticle }) => anonymousTies(entry, probe, sameArticle, sameDay),
  },
  /** The two sides of a labour table, each named by its noun alone, on the same days (oneLabourTable). */
  labourTable: {
    may: (entry, probe) => oneLabourTable(entry, probe),
    holds: ({ entry, probe, sameDay }) => sameDay && oneLabourTable(entry, probe),
  },
  /** A participant in common. */
  participant: { may: (entry, { report }) => report.participants.some((p) => entry.people.has(p)), holds: (pair) => pair.shared > 0 },
  /** A country at both tables, named as a side by one of them ("American and Russian negotiators"). */
  table: {
    may: (entry, { report, sides }) => report.participants.some((p) => entry.sides.has(p)) || sides.some((p) => entry.countries.has(p) || entry.sides.has(p)),
    holds: ({ entry, probe }) => sameTable(probe, entry),
  },
  /**
   * Two names both sentences carry, when the roles of one side name no one ("U.S. and Israeli
   * forces started bombing Iran"); a report naming its sides is not one that names no one.
   */
  names: {
    may: (entry, { mentions }) => mentions.some((m) => entry.mentions.has(m)),
    holds: ({ entry, probe: { report, sides, mentions } }) =>
      ((report.participants.length === 0 && sides.length === 0) || (entry.people.size === 0 && entry.sides.size === 0)) && mentions.filter((m) => entry.mentions.has(m)).length >= 2,
  },
  /** Every speaker of a call named in the sentence of a report that lost its people ("Trump said his call with Putin …"). */
  speakers: {
    may: (entry, { mentions }) => mentions.some((m) => entry.people.has(m)),
    holds: ({ entry, probe: { mentions } }) => entry.speakers.length >= 2 && entry.speakers.every((p) => mentions.includes(p)),
  },
  /**
   * A call its sentences name no one on the line of ("The first call was Monday night"), in an
   * article that names every person of the call elsewhere, if only by surname ("Takaichi asked for
   * it … Trump listened"): two people at least, so that one name (a president's, named in every
   * story) ties nothing. Only on the call's day, and only one call of it (bestFor: a faceless call's match).
   * A gathering naming no one ("The meeting ran past midnight") is told apart the same way: it
   * scores higher with the one gathering of its day its article names (compatible.ts sameDaysScore).
   */
  namedByItsArticle: {
    /**
     * A report no one takes part in (the only sort that keeps its article's names) matches a
     * cluster of its own days only through a tie that holds (compatible.ts: sameDaysScore, and a
     * faceless call's ties), so there `may` asks what `holds` asks: a plan of a month naming no one
     * meets every cluster of two people of that month, and this turned down nearly all of them
     * (a million at 10,000 synthetic articles) only after matchOf read each pair. On other days a
     * cluster it lets by is also asked whether a summit goes on or a plan moved there
     * (otherDaysScore), which no tie decides: there it stays as loose as it was.
     */
    may: (entry, { report }, _world, fit) => report.peopleArticleNames !== undefined && entry.persons.size >= 2 && (fit !== 'overlap' || everyPersonNamed(entry, report)),
    holds: ({ entry, probe: { report, people, countries } }) =>
      report.peopleArticleNames !== undefined && people.length === 0 && countries.length === 0 && entry.persons.size >= 2 && everyPersonNamed(entry, report),
  },
  /**
   * A call report naming no one, only the countries on the line ("Saturday's call with the
   * French president, officials in Kyiv said"): a speaker of the call speaks for one of them, and
   * each of the others may be spoken for by a speaker whose country is not known.
   */
  spokenFor: {
    may: (entry, probe) => probe.people.length === 0 && seatsOf(probe).some((c) => entry.personSides.has(c)),
    holds: ({ entry, probe, world: { sideOf } }) => {
      const sides = entry.speakers.map(sideOf);
      const seats = seatsOf(probe);
      return probe.people.length === 0 && entry.speakers.length >= 2 && seats.some((c) => sides.includes(c)) && seats.every((c) => sides.includes(c) || sides.includes(undefined));
    },
  },
  /** The same place at some level. */
  place: {
    may: (entry, { report }, { within }) => report.place !== null && entry.places.some((p) => samePlace(p, report.place!, within)),
    holds: ({ probe: { report }, places, world }) => report.place !== null && places.some((p) => samePlace(p, report.place!, world.within)),
  },
  /**
   * For a strike, the place one report gives named in the other's sentences: a night's strike
   * told "overnight" may keep as its own sentence the tally of drones shot down, naming no place,
   * and the next ("drones struck the port of Novorossiysk overnight") names it. A place's id is
   * its name's words, gazetteer and discovered ids alike; only strikes with a place ask.
   */
  placeTold: {
    may: (entry, { report, family }) => family === 'strike' && (report.place !== null || entry.places.length > 0),
    holds: ({ entry, probe: { report } }) =>
      (report.place !== null && entry.cluster.members.some((m) => namesPlace(evidenceText(m), report.place!))) || entry.places.some((p) => namesPlace(evidenceText(report), p)),
  },
  /**
   * On a day both give, one report gives as its place a country's seat of government, and the
   * other seats that country by the capital's name ("signed in Washington on 25 April" and "The
   * Washington deal grew out of a Declaration of Principles signed … on 25 April"): both say
   * Washington, one as the venue, one for the country. A country named by its own name is no
   * tie with a place ("The United States and Kenya signed a health pact" is not every signing
   * in Washington that day).
   */
  capital: {
    may: (entry, probe, world) => seatedByItsCapital(entry, probe, world),
    holds: ({ entry, probe, world }) => sharesSharpDay(entry, probe.report) && seatedByItsCapital(entry, probe, world),
  },
  /** People who speak for every country at the other's table, both saying where, or both telling one act of one day (oneActOfTheDay), which one person may have done for a side of its table. */
  peopleForTheTable: {
    may: (entry, probe, world) => (probe.report.place !== null && entry.places.length > 0 && peopleForTheTable(probe, entry)) || (oneActOfTheDay(entry, probe.report) && forOneAct(probe, entry, world)),
    holds: ({ entry, probe, places, world }) => (probe.report.place !== null && places.length > 0 && peopleForTheTable(probe, entry)) || (oneActOfTheDay(entry, probe.report) && forOneAct(probe, entry, world)),
  },
  /**
   * A gathering of one day seen from each end: each names one person, not the other's, and tells
   * the other's person by pronoun or office alone ("The Pope landed in Ankara … and met the
   * country's president", "… while he was meeting President Erdoğan"), both sentences naming
   * something else in common (Turkey). People in common cannot be asked of such a pair. `may` also lets by, for compatible.ts,
   * a report with a place dated only by its publication meeting such an event of the days before (placeOfOneEndToldByTheOther).
   */
  halves: {
    may: (entry, { report, people, mentions }, _world, fit) => people.length === 1 && entry.persons.size === 1 && (mentions.some((m) => entry.mentions.has(m)) || (fit === 'recent' && report.place !== null)),
    holds: (pair) => pair.sameDay && seenFromEachEnd(pair) && pair.probe.mentions.some((m) => !pair.world.isPerson(m) && pair.entry.mentions.has(m)),
  },
  /**
   * Elections of one day whose sentences name the one house they filled, the same ("the upper-house election of 12 May, when the
   * ruling coalition lost its majority" and "the Unity Party and its partner lost their majority in the upper house in the election
   * of 12 May"): a house is elected once on a polling day, so it is their table, whoever each names (a leader who stayed on, a
   * party that lost). The upper house's and the lower house's elections of a day are two, and so are the houses of two polities
   * (votedElsewhere): a Senate is elected in Japan and Italy, in Georgia and Ohio, on one day.
   */
  house: {
    may: (entry, { report }) => sameHouse(entry, report),
    holds: (pair) => pair.sameDay && sameHouse(pair.entry, pair.probe.report) && !votedElsewhere(pair),
  },
  /** On a day both give, one says only where ("talks in Istanbul"), the other only who ("Umerov and Medinsky met"). */
  whoAndWhere: {
    may: (entry, probe) => onlyWhoAndOnlyWhere(entry, probe),
    holds: ({ entry, probe, places }) => sharesSharpDay(entry, probe.report) && onlyWhoAndOnlyWhere(entry, probe, places.length),
  },
} satisfies Record<string, Tie>;

/** An election and an event with an election of the same house (tables.ts houseElected). */
function sameHouse(entry: Indexed, report: CandidateEvent): boolean {
  const house = houseElected(report);
  return house !== undefined && entry.cluster.members.some((m) => houseElected(m) === house);
}

/**
 * The countries and places on the map two elections' sentences name, each some and none the same place at some level ("Japan went
 * to the polls for the upper-house election" and "Italy voted in the Senate election"; "the Georgia Senate election" and "the Ohio
 * Senate election"): houses of two polities. Two places of one country count as two (Georgia and Ohio, both in the United States):
 * each state has a senate. A place with the country it lies in (Osaka, Japan) is one.
 */
function votedElsewhere({ entry, probe: { report }, world }: Pair): boolean {
  const where = (names: Iterable<string | null>): string[] => [...names].filter((p): p is string => p !== null && !world.isPerson(p) && (countryById(p) !== undefined || world.within(p) !== undefined));
  const ours = where([report.place, ...report.participants, ...(report.mentions ?? [])]);
  const theirs = where([...entry.places, ...entry.countries, ...entry.mentions]);
  return ours.length > 0 && theirs.length > 0 && !ours.some((p) => theirs.some((q) => samePlace(p, q, world.within)));
}

/** Dated by its own words to one day. */
const onItsDay = (r: CandidateEvent): boolean => r.date.precision === 'day' && !r.datedByPublication;

/**
 * A happening told by its noun (a handover, a signing) that every report gives to one day ("The summit runs until Tuesday,
 * when Velsland hands the chairmanship to Estmark", "Prime Minister Kari Dahl will hand over the chairmanship to President
 * Ramon Soriano of Estmark on Tuesday"): its sides do it once that day, so the people who speak for them are its table
 * wherever it was, as a place tells for a gathering (a country meets others in many places a day; it hands on an office once).
 */
function oneActOfTheDay(entry: Indexed, report: CandidateEvent): boolean {
  return report.kind === 'other' && onItsDay(report) && entry.cluster.members.every((m) => m.kind === 'other' && m.noun === report.noun && onItsDay(m) && m.date.start === report.date.start);
}

/** One act of one day: its people speak for its whole table, or one of them acted for a side of it (tables.ts actedForItsSide). */
function forOneAct(probe: Probe, entry: Indexed, { sideOf }: World): boolean {
  return peopleForTheTable(probe, entry, true) || actedForItsSide(probe, entry, sideOf);
}

/**
 * One says only who, the other only where: who are people, or, for a happening told by its noun
 * that neither names a person of, the countries at the table ("The ceasefire between Israel and
 * Hamas … entered into force" and "Gaza ceasefire in force"). Not a gathering's, nor an act's that
 * stands for one where it was done (a signing: family.ts toldByItsAct): a country meets others in
 * many places a day, and a town hosts many tables ("the three countries met" is no tie with talks
 * in Cairo, "Velmark and Orsland signed a pact" none with a signing in Lusk that day).
 * `places` the cluster's, once the pair has read them.
 */
function onlyWhoAndOnlyWhere(entry: Indexed, probe: Probe, places = entry.places.length): boolean {
  const { report, people } = probe;
  const byNoun = report.kind === 'other' && occasionOf(report.kind, report.noun) !== 'whenPlaced' && entry.cluster.members.some((m) => m.kind === 'other' && m.noun === report.noun);
  const entrySeats = byNoun ? entry.countries.size + entry.sides.size : 0;
  const probeSeats = byNoun ? seatsOf(probe).length : 0;
  if (report.place === null) return places > 0 && entry.persons.size === 0 && (people.length > 0 || (probeSeats > 0 && entrySeats === 0));
  return people.length === 0 && entry.places.length === 0 && (entry.persons.size > 0 || (entrySeats > 0 && probeSeats === 0));
}

/**
 * A text names a place by the words of its id ("ust-luga": "Ust-Luga", "Ust Luga"), letters
 * folded on both sides as ids fold them ("krakow": "Kraków").
 */
function namesPlace(text: string, place: string): boolean {
  return placePattern(place).test(foldLetters(text));
}

/** Each place's pattern, made once: a strike's place is asked of every report it meets. */
const PLACE_PATTERNS = new Map<string, RegExp>();

function placePattern(place: string): RegExp {
  let pattern = PLACE_PATTERNS.get(place);
  if (!pattern) {
    const words = foldLetters(place)
      .split('-')
      .map(escapeRegExp);
    pattern = new RegExp(String.raw`\b${words.join(String.raw`[\s-]+`)}\b`, 'i');
    PLACE_PATTERNS.set(place, pattern);
  }
  return pattern;
}

/**
 * The place one side gives is the seat of government of a country the other seats, and a
 * report seating it names the capital in its own sentence (capital).
 */
function seatedByItsCapital(entry: Indexed, { report, countries }: Probe, { seatOf }: World): boolean {
  // Most pairs seat no country on one side or the other: asked first, as `may` asks it of every event a report meets.
  const seat = report.place === null || entry.countries.size === 0 ? undefined : seatOf(report.place);
  if (seat !== undefined && entry.countries.has(seat) && entry.cluster.members.some((m) => m.participants.includes(seat) && namesPlace(evidenceText(m), report.place!))) return true;
  return countries.length > 0 && entry.places.some((p) => {
    const country = seatOf(p);
    return country !== undefined && countries.includes(country) && namesPlace(evidenceText(report), p);
  });
}

/**
 * Each of the two names one person, not the other's, and tells the other's by pronoun or office alone (the halves tie; compatible.ts
 * otherDaysScore asks it of a report dated only by its publication).
 */
export function seenFromEachEnd({ entry, probe: { report, people }, sharedPeople }: Pair): boolean {
  return sharedPeople === 0 && people.length === 1 && entry.persons.size === 1 && toldUnnamed(report) && entry.cluster.members.some(toldUnnamed);
}

/**
 * A gathering seen from each end (seenFromEachEnd), one end's report dated only by its publication ("Mr Varga later travelled on to Harlow
 * for an audience with the King") and the other's of a day before it ("was received by King Osric at Harlow Castle"): the place one gives,
 * named in the other's sentence, is what the two have in common, as a name both carry is for the halves of one day (`halves`).
 */
export function placeOfOneEndToldByTheOther(pair: Pair): boolean {
  const { entry, probe: { report } } = pair;
  return seenFromEachEnd(pair) && ((report.place !== null && entry.cluster.members.some((m) => namesPlace(evidenceText(m), report.place!))) || entry.places.some((p) => namesPlace(evidenceText(report), p)));
}

/** Its own sentence tells someone by pronoun or office alone, as the entities stage found (CandidateEvent.toldUnnamed). */
function toldUnnamed(report: CandidateEvent): boolean {
  return report.toldUnnamed === true;
}

export type TieName = keyof typeof TIES;

export const TIE_NAMES = Object.keys(TIES) as TieName[];

const ALL_TIES: Tie[] = Object.values(TIES);

/**
 * What a report adds to its event that some tie's `may` looks for, as keys the event is filed
 * under (date-fit.ts DayIndex): its article, its date as written and its days, its participants
 * (and of them people, and the sides those speak for), its sides, its table's countries, the names
 * its sentence carries, the country whose seat of government its place is (capital); and whether
 * the event then names a place and no person (whoAndWhere). An event's keys are its reports'
 * keys: what it keeps indexed (cluster-index.ts) is theirs joined.
 */
export function keysOfMember(entry: Indexed, member: CandidateEvent, { isPerson, sideOf, seatOf }: World): string[] {
  const keys = [KEY.article(member.article)];
  // anonymousDate: only an event naming someone or somewhere, or of a happening told by its noun or a release, ties by its dates alone (filed under them all once it does).
  if (namesSomeone(entry) || entry.cluster.members.some((m) => m.kind === 'other' || m.issued === true)) {
    for (const span of entry.spans) keys.push(KEY.span(span));
    for (const value of entry.values) keys.push(KEY.value(value));
    // anonymousDate: a report of a week naming no one meets the events of its kind on its days (inItsWeek).
    keys.push(KEY.kind(member.kind));
  }
  // anonymousDate: a report of a day's happening told by its noun meets the reports of that noun's month (namelessOfItsMonth), not every happening so told.
  if (member.kind === 'other' && member.noun !== undefined && member.date.precision === 'day') keys.push(KEY.nounOfMonth(`${member.noun}/${member.date.value.slice(0, -3)}`));
  for (const p of member.participants) {
    keys.push(KEY.someone(p));
    if (!isPerson(p)) continue;
    const side = sideOf(p);
    if (side !== undefined) keys.push(KEY.spokenFor(side));
  }
  for (const c of atTheTable(member, isPerson)) keys.push(KEY.country(c));
  for (const s of member.roles?.sides ?? []) keys.push(KEY.side(s));
  for (const m of member.mentions ?? []) keys.push(KEY.mention(m));
  const table = labourTable(member);
  if (table !== undefined) keys.push(KEY.labourTable(table));
  // house: the house an election filled.
  const house = houseElected(member);
  if (house !== undefined) keys.push(KEY.house(house));
  // capital: the country whose seat of government its place is.
  const seat = member.place === null ? undefined : seatOf(member.place);
  if (seat !== undefined) keys.push(KEY.seat(seat));
  // namedByItsArticle asks that the report's article name every person of the event: the first
  // of them by id among the rest. Its first only comes earlier as people join: filed under each.
  const first = firstPerson(entry);
  if (first !== undefined) keys.push(KEY.firstPerson(first));
  if (entry.persons.size === 0 && entry.places.length > 0) keys.push(WHERE_ONLY);
  return keys;
}

const WHERE_ONLY = 'whereOnly';

/** How many keys of a kind are kept spelt (a bound on memory: the people, places and articles of a large corpus). */
const KEYS_KEPT = 100_000;

/**
 * Each kind of key, its string for a value made once (oncePerText): a key spelt afresh for every
 * report is a new string, which a Map hashes the first time it is looked up with it (the hash is
 * then kept in the string), and the DayIndex looks up every key of every report met (sixty for a
 * vague one, every person its article names) and of every member filed. Spelt once, a key is
 * hashed once.
 */
const keyOfKind = (kind: string): ((value: string) => string) => oncePerText((value) => `${kind}:${value}`, KEYS_KEPT);

const KEY = {
  article: keyOfKind('article'),
  span: keyOfKind('span'),
  value: keyOfKind('value'),
  someone: keyOfKind('someone'),
  spokenFor: keyOfKind('spokenFor'),
  country: keyOfKind('country'),
  side: keyOfKind('side'),
  mention: keyOfKind('mention'),
  firstPerson: keyOfKind('firstPerson'),
  seat: keyOfKind('seat'),
  house: keyOfKind('house'),
  labourTable: keyOfKind('labourTable'),
  kind: keyOfKind('kind'),
  nounOfMonth: keyOfKind('nounOfMonth'),
};

/** The person of an event whose id sorts first. */
function firstPerson({ persons }: Indexed): string | undefined {
  let first: string | undefined;
  for (const p of persons) if (first === undefined || compareStrings(p, first) < 0) first = p;
  return first;
}

/**
 * The keys (keysOfMember) of every event a report of no place and not a strike may tie with
 * on its own days, each the one a tie's `may` asks for there (`overlap`): only such an event can
 * pass mayTie. Undefined when a tie asks what no key holds: a place (samePlace, peopleForTheTable but for one act of a
 * day, whoAndWhere's place), a strike's place told.
 */
export function keysToMeet({ report, family, people, sides, mentions, anonymous, countries, personSides }: Probe): string[] | undefined {
  if (report.place !== null || family === 'strike') return undefined;
  const keys = [KEY.article(report.article)];
  // anonymousDate: the same days or the date as written.
  if (anonymous) keys.push(KEY.span(`${report.date.start}/${report.date.end}`), KEY.value(report.date.value));
  if (anonymous && report.date.precision === 'week') keys.push(KEY.kind(report.kind));
  // anonymousDate: a report of a month meets the nameless events of its noun on its days (namelessOfItsMonth).
  if (!anonymous && report.kind === 'other' && report.date.precision === 'month' && report.noun !== undefined) keys.push(KEY.nounOfMonth(`${report.noun}/${report.date.value}`));
  // participant; table (a participant among the event's sides).
  for (const p of report.participants) keys.push(KEY.someone(p), KEY.side(p));
  // table (a side at the event's table or among its sides).
  for (const s of sides) keys.push(KEY.side(s), KEY.country(s));
  // capital: an event whose place is the seat of government of a country at its table.
  for (const c of countries) keys.push(KEY.seat(c));
  // house: an election of the same house.
  const house = houseElected(report);
  if (house !== undefined) keys.push(KEY.house(house));
  // labourTable: the sides of the table its sentences seat.
  const table = labourTable(report);
  if (table !== undefined) keys.push(KEY.labourTable(table));
  // names; speakers.
  for (const m of mentions) keys.push(KEY.mention(m), KEY.someone(m));
  // namedByItsArticle: every person of the event named by the report's article, two at least.
  for (const p of report.peopleArticleNames ?? []) keys.push(KEY.firstPerson(p));
  // spokenFor: a country seated spoken for by one of the event's people.
  if (people.length === 0) for (const c of [...countries, ...sides]) keys.push(KEY.spokenFor(c));
  // peopleForTheTable, one act of a day: an event seating a country the report's people speak for.
  if (report.kind === 'other' && onItsDay(report)) for (const c of personSides) keys.push(KEY.country(c), KEY.side(c));
  // whoAndWhere: people (or, for a happening told by its noun, countries) of a report saying no place, an event saying only where.
  if (people.length > 0 || (report.kind === 'other' && (countries.length > 0 || sides.length > 0))) keys.push(WHERE_ONLY);
  return keys;
}

/** Whether a report may share with a cluster its dates fit as `fit` any tie at all: most clusters a report meets share none. */
export function mayTie(entry: Indexed, probe: Probe, world: World, fit: DateFit): boolean {
  return ALL_TIES.some((tie) => tie.may(entry, probe, world, fit));
}

/** Whether a tie holds for the pair. */
export function tied(pair: Pair, name: TieName): boolean {
  return TIES[name].holds(pair);
}
