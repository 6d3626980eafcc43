import { sameCountry, samePlace, townElsewhere } from '../entities/place-chain.ts';
import { type CandidateEvent, evidenceText } from '../events/candidate.ts';
import { twoSittings } from '../events/entry-clock.ts';
import { IN_RETURN_OPENING, SAID_JOINTLY } from '../events/lexicon.ts';
import { oncePerObject } from '../memo.ts';
import type { Indexed, Probe, World } from './cluster-index.ts';
import type { DateFit } from './date-fit.ts';
import { countsSeveral, happeningFamily, happeningNoun, placedAndUnplaced, toldByItsAct } from './family.ts';
import { anotherTableThanTheSummit, besideTheSummit, summitGoesOn } from './side-meetings.ts';
import { NEXT_OF_ITS_DAY, SET_APART } from './lifecycle-words.ts';
import { anotherHouse, heldTable, oneTable, partiesConflict, sameTable } from './tables.ts';
import { Pair, placeOfOneEndToldByTheOther, seenFromEachEnd, tied } from './ties.ts';

/**
 * Whether a report and an event its dates fit (date-fit.ts) can be one happening, and how well
 * they fit. The questions, in the order they are asked; any "no" keeps them apart:
 * 1. The same sort: the same kind family (talks, meeting and summit are one gathering), for
 *    `other` the same noun, and one happening against one (a report counting several, "attacks on
 *    two sites", is none of them).
 * 2. Who spoke, for a call or a statement: one report's speakers among the other's (Trump–Putin is
 *    not Trump–Zelenskyy); a report that kept one speaker reads its sentence's people as the line;
 *    one that lost its speakers joins only the one call its sentence names all the speakers of.
 * 3. The same table, for what is not a call: no other countries at each table (US–Ukraine is not
 *    US–Russia), not a summit's plenary and a meeting on its sidelines, not a summit of many and a
 *    meeting of a country it never names, a plenary going on to the next day only as the plenary; for an
 *    election, not the upper house's and the lower house's (tables.ts anotherHouse).
 * 4. The same place: the same town at some level, or with people in common two towns of one country.
 * 5. The same people: a gathering naming people has someone in common, unless the same place is
 *    named (a signing or an agreement told with its place, never; nor two whole tables of two with no
 *    country in common, twoOtherBilaterals); one host's two small tables of a day are two meetings, and so are two tables of a day
 *    one article tells one after the other ("Later in the day, the minister called on the Sultan").
 * 6. Something in common, the score: the same days need one tie of ties.ts (people, place, table,
 *    names both sentences carry, a capital one gives as its place and the other writes for its country, the house an
 *    election filled); other days (a gathering's next day, a moved plan, the days
 *    before an undated report's article) need a firmer one; a strike of the night before, one
 *    place (or the place one gives named in the other's sentences).
 */
export function matchOf(entry: Indexed, probe: Probe, fit: DateFit, world: World): Match | undefined {
  if (!sameSort(entry, probe)) return undefined;
  const pair = new Pair(entry, probe, world);
  if (anotherOfItsDayToldNext(pair) || anotherSittingOfItsArticle(pair)) return undefined;
  const spoke = whoSpoke(pair, fit);
  if (spoke !== undefined) return spoke === 'apart' ? undefined : spoke;
  const score = tableScore(pair, fit);
  return score === undefined ? undefined : { score, facelessCall: false };
}

/**
 * How well a report fits an event, higher better, and whether the report is a call naming none of
 * its people, fitting by the names its sentence carries alone: of two calls of its day so fitting,
 * it joins neither (merge-reports.ts bestFor).
 */
export interface Match {
  readonly score: number;
  readonly facelessCall: boolean;
}

/** Questions 3 to 6 for what is not told by who spoke: apart (undefined) or a score. */
function tableScore(pair: Pair, fit: DateFit): number | undefined {
  const { probe } = pair;
  if (otherTable(pair, fit) || !placeFits(pair, fit)) return undefined;
  const samePlaceNamed = tied(pair, 'place') || (fit === 'recent' && placeOfOneEndToldByTheOther(pair));
  // One article's two strikes a night apart are two: it would have told one strike once.
  if (fit === 'acrossMidnight' && probe.family === 'strike') return !pair.sameArticle && (samePlaceNamed || tied(pair, 'placeTold')) ? 1 : undefined;
  if (otherPeople(pair, samePlaceNamed) || givenInReturn(pair)) return undefined;
  return fit === 'overlap' ? sameDaysScore(pair, samePlaceNamed) : otherDaysScore(pair, fit, samePlaceNamed);
}

/** The match of a call that names none of its people but all of one call's speakers ("Trump said his call with Putin …"). */
const FACELESS_CALL: Match = { score: 0.5, facelessCall: true };
/**
 * …and of one naming only the countries on the line when the call's speakers are known to speak for
 * every one of them, and for no other ("The presidents of Kazakhstan and Azerbaijan spoke by phone":
 * Tokayev–Aliyev): a better fit than a call of that day that one of them is only not known not to
 * speak for (Tokayev and a president whose country no article gives).
 */
const FACELESS_CALL_SEATED: Match = { score: 0.75, facelessCall: true };
/**
 * Releases whose sentences each name who they are of, and no one in common, are two bodies' releases of that day, not one told twice
 * ("Kessel Rail held an earnings call on Tuesday", "Lusk Freight held an earnings call on Tuesday").
 */
function otherBodies({ mentions }: Probe, entry: Indexed): boolean {
  return mentions.length > 0 && entry.mentions.size > 0 && !mentions.some((m) => entry.mentions.has(m));
}
/** The match of a call whose speakers a report names (or the line its sentence names), and of a call its article names: scores of their own. */
const LINE_NAMED: Match = { score: 2, facelessCall: false };
const ITS_ARTICLE_NAMES_IT: Match = { score: 1, facelessCall: false };
/** The match of two articles' releases of figures of one day, neither naming its office, and of a joint statement named by its noun and its makers' (jointStatementOfItsMakers): a score of its own. */
const ONE_RELEASE: Match = { score: 1, facelessCall: false };

function sameSort(entry: Indexed, { report, family }: Probe): boolean {
  const first = entry.cluster.members[0]!;
  const sort = (happeningFamily(first) === family && (family !== 'other' || happeningNoun(first) === happeningNoun(report))) || placedAndUnplaced(first, report);
  return sort && countsSeveral(first) === countsSeveral(report);
}

/** For a call or a statement, defined by who spoke: apart, a score of its own, or undefined to ask the rest. */
function whoSpoke(pair: Pair, fit: DateFit): 'apart' | Match | undefined {
  const { entry, probe, world, sameDay } = pair;
  const { report: c, people: ourPeople } = probe;
  if (c.kind !== 'call' && c.kind !== 'statement') return undefined;
  const theirs = entry.speakers;
  if (ourPeople.length > 0 && theirs.length > 0) {
    if (lostForAnother({ people: ourPeople, mentions: probe.mentions, seats: [...probe.countries, ...probe.sides] }, { people: theirs, mentions: entry.mentions, seats: [...entry.countries, ...entry.sides] }, world)) return 'apart';
    if (oneAmongTheOther(ourPeople, theirs)) return undefined;
    // A report that kept one end of the line, or its source in place of it ("Putin told Trump
    // during Monday's telephone conversation …, Kremlin aide Yuri Ushakov said" kept only
    // Ushakov), is the call whose ends its sentence names: both lines, so read, two people in common.
    const ourLine = lineOf(ourPeople, probe.mentions, world);
    const speaking = entry.cluster.members.find((m) => m.participants.some(world.isPerson))!;
    const theirLine = lineOf(theirs, speaking.mentions ?? [], world);
    return oneAmongTheOther(ourLine, theirLine) && ourLine.filter((p) => theirLine.includes(p)).length >= 2 ? LINE_NAMED : 'apart';
  }
  // Figures that came out on one day, told by two articles with no one named as putting them out, are one release (CandidateEvent.issued).
  if (c.kind === 'statement') {
    if (c.issued && entry.cluster.members[0]!.issued && !pair.sameArticle && fit === 'overlap' && sameDay && ourPeople.length === 0 && theirs.length === 0 && !otherBodies(probe, entry)) return ONE_RELEASE;
    return jointStatementOfItsMakers(pair, fit) ? ONE_RELEASE : 'apart';
  }
  // "The leaders of Russia and the US spoke" is the call its article names Putin and Trump for.
  if (fit === 'overlap' && sameDay && tied(pair, 'article')) return ITS_ARTICLE_NAMES_IT;
  // A report that lost its people ("Trump said he had a 'very good call' with Putin on
  // Monday") joins the call whose speakers its sentence all names, or whose speakers speak for
  // every country it names ("Saturday's call with the French president, officials in Kyiv
  // said"), or one naming no one whose article names the call's people around it ("The first
  // call was Monday night"; article-people.ts), and only when no other call ties as well (bestFor): the same sentence may name the
  // speakers of two calls. Met first, it waits alone for the second pass rather than take in the calls that come.
  if (ourPeople.length > 0 || theirs.length > 0) {
    if (!(fit === 'overlap' && sameDay && ourPeople.length === 0)) return 'apart';
    if (tied(pair, 'spokenFor')) return seatedByItsSpeakers(pair) ? FACELESS_CALL_SEATED : FACELESS_CALL;
    return tied(pair, 'speakers') || tied(pair, 'namedByItsArticle') ? FACELESS_CALL : 'apart';
  }
  return undefined;
}

/**
 * A joint statement another article names by its noun and its day alone ("the two unions' joint statement of Monday", CandidateEvent.joint) is
 * the statement of that day whose makers, two or more, this one names ("Lee and Ishiba issued a joint statement", "The two sides issued their climate
 * statement"): one saying of a pair, which its sentence tells as made jointly (SAID_JOINTLY); two of them each saying their piece made none. Two such statements of its
 * day fit it alike, and bestFor leaves it apart.
 */
function jointStatementOfItsMakers({ entry, probe, sameArticle, sameDay }: Pair, fit: DateFit): boolean {
  const { report, people, countries, sides } = probe;
  if (!report.joint || sameArticle || fit !== 'overlap' || !sameDay || people.length + countries.length + sides.length > 0) return false;
  return entry.cluster.members.every((m) => !m.joint) && entry.people.size >= 2 && entry.cluster.members.some((m) => SAID_JOINTLY.test(evidenceText(m)));
}

/** The countries a report names on the line are the ones the call's speakers are known to speak for, each of them. */
function seatedByItsSpeakers({ entry, probe, world: { sideOf } }: Pair): boolean {
  const seats = new Set([...probe.countries, ...probe.sides]);
  const sides = entry.speakers.map(sideOf);
  return seats.size >= 2 && sides.every((c) => c !== undefined && seats.has(c)) && [...seats].every((c) => sides.includes(c));
}

/** One article's two calls or meetings its live entries' clocks tell apart (events/entry-clock.ts twoSittings): two, as its article kept them. */
function anotherSittingOfItsArticle({ entry, probe: { report }, sameArticle }: Pair): boolean {
  const sitting = report.sitting;
  return sameArticle && sitting !== undefined && entry.cluster.members.some((m) => m.article === report.article && m.sitting !== undefined && twoSittings(m.sitting, sitting));
}

/**
 * One article's sayings of a day, or its happenings of a sort told by their noun, one told as the next ("On the flight over, Trump told reporters ….
 * Hours later he posted a text message …"; "Brazil's Supreme Court convicted Bolsonaro on Thursday … Hours later, the same panel sentenced him"):
 * two, as its article told them, even of one speaker.
 */
function anotherOfItsDayToldNext({ entry, probe: { report }, sameArticle }: Pair): boolean {
  return sameArticle && (report.kind === 'statement' || report.kind === 'other') && toldSoInItsArticle(entry, report, nextOfItsDay);
}

/** The report, or a member of the event from the report's own article, tells itself so: how that article kept its happenings apart. */
function toldSoInItsArticle(entry: Indexed, report: CandidateEvent, tells: (r: CandidateEvent) => boolean): boolean {
  return tells(report) || entry.cluster.members.some((m) => m.article === report.article && tells(m));
}

/** One report's speakers all among the other's. */
function oneAmongTheOther(ours: string[], theirs: string[]): boolean {
  return ours.every((p) => theirs.includes(p)) || theirs.every((p) => ours.includes(p));
}

/** Who was on the line as a report's sentence tells: its speakers, and when it kept fewer than two, the people its sentence names. */
function lineOf(speakers: string[], mentions: Iterable<string>, { isPerson }: World): string[] {
  return speakers.length >= 2 ? speakers : [...new Set([...speakers, ...[...mentions].filter(isPerson)])];
}

/** Other countries at the two tables, a summit and a meeting that is not it, or elections of two houses. */
function otherTable({ entry, probe, world }: Pair, fit: DateFit): boolean {
  const c = probe.report;
  return partiesConflict(probe, entry, fit === 'overlap' ? 2 : 1) || (probe.family === 'gathering' && (besideTheSummit(entry, c, world) || anotherTableThanTheSummit(entry, c, world))) || anotherHouse(entry, c);
}

/**
 * Outlets name the nearest city they know (Hallandale Beach, Miami, Washington): people in
 * common make two places of one country one gathering; places in two countries never are.
 * A plan that moved may have moved elsewhere too ("set for Rome", then "the postponed round will
 * be held in Muscat"): the same two people make it the same plan. A venue no locality places
 * ("at the Dolmabahce Palace" under an ISTANBUL dateline) rules nothing out.
 */
function placeFits(pair: Pair, fit: DateFit): boolean {
  const { probe, world, shared, sharedPeople } = pair;
  const c = probe.report;
  const { within, onMap } = world;
  if (c.place === null || !onMap(c.place)) return true;
  const mapped = pair.places.filter(onMap);
  return mapped.length === 0 || (fit === 'moved' && sharedPeople >= 2) || mapped.some((p) => samePlace(p, c.place!, within) || (sharedPeople >= 1 && shared >= 2 && sameCountry(p, c.place!, within)));
}

/** Gatherings whose people differ. */
function otherPeople(pair: Pair, samePlaceNamed: boolean): boolean {
  const { entry, probe, world, sharedPeople } = pair;
  const c = probe.report;
  // An act told without its place is the one told with it only of its own people, as that one is a gathering only of them.
  if (probe.family !== 'gathering') return (placedAndUnplaced(entry.cluster.members[0]!, c) && noneInCommon(...peopleTold(probe, entry, world.isPerson))) || (pair.sameArticle && keptApartByItsArticle(entry, probe, world.isPerson));
  // Countries are too loosely attached to rule out a gathering; people are not.
  if (!samePlaceNamed && probe.people.length > 0 && entry.persons.size > 0 && sharedPeople === 0 && !tied(pair, 'halves')) return true;
  // A signing or an agreement told with its place is a gathering there only of its own people (family.ts toldByItsAct), or of those its sentences name when it seats no one.
  if ((toldByItsAct(c) || entry.cluster.members.every(toldByItsAct)) && noneInCommon(...peopleTold(probe, entry, world.isPerson))) return true;
  if (sharedPeople === 0 && twoOtherBilaterals(probe, entry, world.sideOf)) return true;
  if (pair.sameArticle && anotherOfItsDay(entry, probe, world)) return true;
  // Days of talks are no small table of one day: "began two days of talks … with a meeting with Jaishankar" is the round with Doval.
  return c.date.start === c.date.end && otherGuestsOfOne(probe.people, entry.persons, world.sideOf);
}

/**
 * "Ivo Lind resigned as director on Sunday evening. Mara Vell, the head of its news arm, stepped down within the hour": one article's two
 * reports of one sort and one day, of people none of whom are in both, are two happenings as its article kept them (resolve-mentions.ts reads
 * one article's reports of a day as one only of the same people); another outlet's report naming both ("Lind and Vell both resigned") joins
 * one of them, and does not make them one.
 */
function keptApartByItsArticle(entry: Indexed, { report, people }: Probe, isPerson: World['isPerson']): boolean {
  return entry.cluster.members.some((m) => m.article === report.article && m.date.value === report.date.value && noneInCommon(people, m.participants.filter(isPerson)));
}

/**
 * One article's two gatherings of a day, one told as the next or the one before ("Later in the
 * day, the minister called on Sultan Haitham", after his talks with the foreign minister): two
 * tables when each has someone the other lacks, whatever side they speak for. The same table
 * going on ("later in the day, the two ministers signed …") is the same gathering. One its
 * article sets apart ("Separately, Foreign Minister Fidan received Argentina's Foreign Minister
 * Quirno", after the presidents' talks) is another table when none of its people are at the
 * gathering its article told (setApartFrom): another outlet may seat them at both (Quirno sat in
 * on the presidents' talks), so only the article's own reports are asked.
 */
function anotherOfItsDay(entry: Indexed, probe: Probe, { isPerson, within }: World): boolean {
  const { report, people } = probe;
  const ofItsArticle = entry.cluster.members.filter((m) => m.article === report.article);
  if (setApartFrom(report, people, ofItsArticle, isPerson) || ofItsArticle.some((m) => setApartFrom(m, m.participants.filter(isPerson), [report], isPerson))) return true;
  if (movedOn(report, ofItsArticle, within) || ofItsArticle.some((m) => nextOfItsDay(m) && movedOn(m, [report], within))) return true;
  const toldAsNext = nextOfItsDay(report) || ofItsArticle.some(nextOfItsDay);
  return toldAsNext && people.some((p) => !entry.persons.has(p)) && [...entry.persons].some((p) => !people.includes(p));
}

/**
 * A gathering told as the next of its day at another place than the one its article's other report of that day names
 * ("Prime Minister Carney and Governor General Simon met the couple on the tarmac" at Ottawa airport … "Later in the
 * afternoon, at Rideau Hall, the King … met privately with Mr. Carney"): the same people met again elsewhere, another
 * gathering. Both places are asked for: a table told with no place may be the one going on there later that day ("Later in
 * the day, the two ministers signed a memorandum on shipping").
 */
function movedOn(next: CandidateEvent, others: CandidateEvent[], within: World['within']): boolean {
  const place = next.place;
  return place !== null && nextOfItsDay(next) && others.length > 0 && others.every((o) => o.place !== null && !samePlace(o.place, place, within));
}

/**
 * The people of a report and of an event as their sentences tell them: those they seat, or, for one
 * that seats no one, the people its sentences name (a signing told by its countries, "The prime
 * ministers of Velmark and Estmark signed an accord in Corvin on Sunday, with Dorn looking on", is
 * a table where Dorn was): as lineOf reads a call that lost its speakers.
 */
function peopleTold({ report, people, mentions }: Probe, entry: Indexed, isPerson: World['isPerson']): [string[], string[]] {
  // A report of a happening its sentence names no doer of (CandidateEvent.noDoer) names only those who watched or tell of it.
  const ours = people.length > 0 || report.noDoer ? people : mentions.filter(isPerson);
  return [ours, entry.persons.size > 0 ? [...entry.persons] : [...entry.mentions].filter(isPerson)];
}

/** Two sets of people, both named, with no one in common. */
function noneInCommon(ours: string[], theirs: string[]): boolean {
  return ours.length > 0 && theirs.length > 0 && !ours.some((p) => theirs.includes(p));
}

/** A report its sentence sets apart (SET_APART), naming people none of whom are among the people of the `others` of its article. */
function setApartFrom(report: CandidateEvent, people: string[], others: CandidateEvent[], isPerson: World['isPerson']): boolean {
  if (people.length === 0 || !setApart(report)) return false;
  const theirs = others.flatMap((m) => m.participants.filter(isPerson));
  return theirs.length > 0 && !people.some((p) => theirs.includes(p));
}

/**
 * One article's act and the other side's act given back for it ("All twenty hostages were released on Monday. In return Israel freed
 * about 1,900 prisoners the same day."): two happenings, whichever of the two was told in return (IN_RETURN_OPENING), as the article
 * kept them (coordinated-predicate.ts counterpartsOfTheSentenceBefore).
 */
function givenInReturn({ entry, probe, sameArticle }: Pair): boolean {
  return sameArticle && toldSoInItsArticle(entry, probe.report, inReturn);
}

/** Its own sentence tells it as given in return for another act (IN_RETURN_OPENING). Read once a report. */
const inReturn = oncePerObject((report: CandidateEvent) => IN_RETURN_OPENING.test(report.evidence[0]?.text ?? ''));

/** Its own sentence tells it as after or before another happening of its day (NEXT_OF_ITS_DAY). Read once a report. */
const nextOfItsDay = oncePerObject((report: CandidateEvent) => NEXT_OF_ITS_DAY.test(report.evidence[0]?.text ?? ''));

/** Its own sentence sets it apart from what its article told before (SET_APART). Read once a report. */
const setApart = oncePerObject((report: CandidateEvent) => SET_APART.test(report.evidence[0]?.text ?? ''));

/**
 * The next day, another day for a moved plan, or an undated report of the days before its
 * article, needs a firmer tie than the same day: two of the same people, or one of them in
 * the same place (Trump in Davos one day and in a report of the next day's talks elsewhere
 * is not one gathering; Ukrainian–US talks in Miami one day and Russian–US talks there the
 * next are two, however their sides are named: a country in common is a tie only at the same
 * table), or the plenary of the same body.
 */
function otherDaysScore(pair: Pair, fit: Exclude<DateFit, 'overlap'>, samePlaceNamed: boolean): number | undefined {
  const { entry, probe, world, shared, sharedPeople } = pair;
  const { report: c, people: ourPeople } = probe;
  if (fit === 'adjacent' && elsewhereNextDay(pair)) return undefined;
  const summit = probe.family === 'gathering' && fit === 'adjacent' ? summitGoesOn(entry, c, world) : undefined;
  if (summit === 'apart') return undefined;
  const table = fit === 'adjacent' ? heldTable(entry, world) : entry;
  // A moved plan may have said only where it was going ("will travel to Washington for talks with
  // Lutnick"): the place the report gives, named in the plan's sentence, is the same place then.
  const goingThere = fit === 'moved' && c.place !== null && entry.mentions.has(c.place);
  // One person in common goes on the next day only with no one new on either side: a host
  // meeting one guest the day before a summit he opens with others is not that summit.
  const samePeople = fit !== 'adjacent' || ourPeople.every((p) => entry.persons.has(p)) || [...entry.persons].every((p) => ourPeople.includes(p));
  const firm =
    sharedPeople >= 2 ||
    // One end's report of an audience dated only by its publication, the other's of a day before at its place (ties.ts placeOfOneEndToldByTheOther).
    (fit === 'recent' && samePlaceNamed && seenFromEachEnd(pair)) ||
    summit === 'same body' ||
    ((samePlaceNamed || goingThere) && (sharedPeople > 0 ? samePeople : (shared > 0 || sameTable(probe, table, true)) && oneTable(probe, table)));
  return firm ? shared * 2 + (samePlaceNamed ? 2 : 0) - 1 : undefined;
}

/**
 * Of two gatherings on following days, one says where it was and the other gives no place, but
 * its sentences name a town of another country ("Witkoff hosted Dmitriev at his Miami office" the
 * day after the Geneva round; "received at a Paris hotel"): not the one gathering going on.
 */
function elsewhereNextDay({ entry, probe, world, places }: Pair): boolean {
  const { within, isPerson } = world;
  const { report } = probe;
  return (report.place === null && townElsewhere(places, probe.mentions, within, isPerson)) || (entry.places.length === 0 && report.place !== null && townElsewhere([report.place], entry.mentions, within, isPerson));
}

/**
 * Overlapping dates alone do not make two reports one event: something else must tie them,
 * or a vague "early March" would swallow every March event of any article added later.
 */
function sameDaysScore(pair: Pair, samePlaceNamed: boolean): number | undefined {
  const { entry, probe, shared, sameDay, places } = pair;
  const c = probe.report;
  const namesTie = tied(pair, 'names');
  // Names both sentences carry tie better still when one is the other's place.
  const placeMentioned = namesTie && ((c.place !== null && entry.mentions.has(c.place)) || places.some((p) => probe.mentions.includes(p)));
  const tableTie = tied(pair, 'table') || tied(pair, 'peopleForTheTable');
  if (shared === 0 && !samePlaceNamed && !namesTie && !tied(pair, 'whoAndWhere') && !tableTie && !tied(pair, 'anonymousDate') && !tied(pair, 'halves') && !tied(pair, 'capital') && !tied(pair, 'house') && !tied(pair, 'labourTable')) return undefined;
  // A report naming no one ("The summit's declaration will be adopted on Monday") is about what its own article reports,
  // and, of the gatherings of its day, the one whose people its article names around it ("The meeting ran past midnight",
  // after "Halvorsen and Okafor …": article-people.ts): two such gatherings of its day tie, and it stays apart (bestFor).
  const ownArticle = probe.anonymous && pair.sameArticle;
  const namedAround = sameDay && tied(pair, 'namedByItsArticle');
  return shared * 2 + (samePlaceNamed || placeMentioned || ownArticle ? 2 : 0) + (sameDay ? 1 : 0) + (namesTie ? 1 : 0) + (tableTie ? 1 : 0) + (namedAround ? 1 : 0);
}

/**
 * Of a call's two reports, the one with fewer speakers lost one of them, and its sentences name
 * another person instead of the one it lacks: "Pezeshkian told Putin in a telephone conversation"
 * that kept only Putin is not Putin's call with Netanyahu of that day. A report that seats the
 * country of every speaker it lacks told that end by its office ("Zelensky met Trump on Friday, a day
 * after Trump's long call with the Kremlin leader"): the person it names besides is no other end.
 */
function lostForAnother(ours: Line, theirs: Line, { isPerson, sideOf }: World): boolean {
  if (ours.people.length === theirs.people.length) return false;
  const [fewer, more] = ours.people.length < theirs.people.length ? [ours, theirs] : [theirs, ours];
  const named = new Set(fewer.mentions);
  const lacking = more.people.filter((p) => !fewer.people.includes(p));
  if (lacking.every((p) => { const side = sideOf(p); return side !== undefined && fewer.seats.includes(side); })) return false;
  return !lacking.some((p) => named.has(p)) && [...named].some((p) => isPerson(p) && !more.people.includes(p));
}

/** A call's report as lostForAnother reads it: who spoke, whom its sentences name, the countries it seats. */
interface Line {
  people: string[];
  mentions: Iterable<string>;
  seats: string[];
}

/**
 * Two whole tables of two, each of two people speaking for two countries, no person and no country
 * in common: other meetings, though in one town on one day ("Foreign Minister Roth of Austria met
 * her Slovak counterpart Kral in Vienna on Tuesday" is not "Spanish Health Minister Ruiz met
 * Portuguese Health Minister Costa in Vienna on Tuesday"). The place alone ties gatherings naming
 * different people (outlets name different envoys of one delegation), so only tables whose every
 * seat is known, each one's countries none of the other's, are told apart so.
 */
function twoOtherBilaterals(probe: Probe, entry: Indexed, sideOf: World['sideOf']): boolean {
  const bilateral = (people: string[], named: Iterable<string>): Set<string> | undefined => {
    const sides = people.map(sideOf);
    const seats = new Set(sides);
    if (people.length !== 2 || seats.size !== 2 || seats.has(undefined)) return undefined;
    // A country named beside the two (a host, a mediator) is a third seat: not a table of two.
    return [...named].every((c) => seats.has(c)) ? (seats as Set<string>) : undefined;
  };
  const ours = bilateral(probe.people, [...probe.countries, ...probe.sides]);
  const theirs = ours && bilateral([...entry.persons], [...entry.countries, ...entry.sides]);
  return theirs !== undefined && ![...ours!].some((c) => theirs.has(c));
}

/**
 * One person meeting two other tables on one day: Trump and Milei is not Trump and Guterres,
 * though both met in New York that Tuesday; nor is Trump and Erdogan the meeting of Sharif and
 * Munir with Trump at the White House that Thursday. Only small tables (three people at most, one
 * of them in common), and only when none of the others speak for one side: outlets name
 * different envoys of one delegation (Witkoff or Kushner).
 */
function otherGuestsOfOne(ours: string[], theirs: Set<string>, sideOf: World['sideOf']): boolean {
  if (ours.length > 3 || theirs.size > 3 || ours.filter((p) => theirs.has(p)).length !== 1) return false;
  const mine = ours.filter((p) => !theirs.has(p));
  const other = [...theirs].filter((p) => !ours.includes(p));
  if (mine.length === 0 || other.length === 0) return false;
  const otherSides = new Set(other.map(sideOf));
  return !mine.some((p) => sideOf(p) !== undefined && otherSides.has(sideOf(p)));
}
