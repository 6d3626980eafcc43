import { dayNumber } from '../dates/calendar.ts';
import { leafPlaces, sameCountry, samePlace } from '../entities/place-chain.ts';
import type { CandidateEvent } from '../events/candidate.ts';
import { kindFamily } from '../events/kinds.ts';
import { compareStrings } from '../order.ts';
import { RESCHEDULED } from './lifecycle-words.ts';

/** Reports that one real-world event received, from one or more articles. */
export interface EventCluster {
  members: CandidateEvent[];
}

const PRECISION_RANK = { day: 0, span: 1, week: 2, month: 3, year: 4 } as const;
/** The score of a call that names none of its people but all of one call's speakers ("Trump said his call with Putin …"). */
const FACELESS_CALL = 0.5;
/** How far a plan may move and still be the same plan: "slipped by days", "moved to next month". */
const RESCHEDULE_WINDOW_DAYS = 31;
/**
 * How long before its article a report dated only by the publication day may have happened:
 * news of the day before ("has ended", "held two days of meetings, the ministry said on Friday").
 */
export const PUBLICATION_LOOKBACK_DAYS = 3;

/**
 * Groups the reports of the same real-world event. Two reports are the same event when
 * they are the same sort of event, their dates are compatible (overlapping, a day inside a
 * month; the next day of a gathering of the same people; a plan moved to another day; the
 * days just before the publication of a report its article does not date), and something ties them (people, place, the same day in one
 * article, or — when roles name no one — the names their sentences share) while nothing
 * rules it out (other people on the line, other parties at the table). Reports are taken most
 * precise first, so a vague "early March" joins the event that a dated report already anchored.
 */
export function mergeReports(
  candidates: CandidateEvent[],
  within: (place: string) => string | undefined,
  isPerson: (id: string) => boolean,
  sideOf: (person: string) => string | undefined = () => undefined,
  onMap: (place: string) => boolean = () => true,
): EventCluster[] {
  const ordered = [...candidates].sort(
    (a, b) =>
      Number(a.datedByPublication) - Number(b.datedByPublication) ||
      PRECISION_RANK[a.date.precision] - PRECISION_RANK[b.date.precision] ||
      compareStrings(a.published, b.published) ||
      compareStrings(a.article, b.article) ||
      (a.evidence[0]?.sentence ?? 0) - (b.evidence[0]?.sentence ?? 0),
  );
  const world: World = { within, isPerson, sideOf, onMap };
  // Only clusters of the same sort with a member on one of the report's days (or the day
  // either side) can match: index them by day, so a report meets a handful of clusters, not all.
  const byDay = new Map<string, Map<number, Indexed[]>>();
  // Clusters with a plan said to have moved are met from further away.
  const moving = new Map<string, Indexed[]>();
  const fitsOf = (candidate: CandidateEvent): Map<Indexed, DateFit> => {
    const family = kindFamily(candidate.kind);
    const days = byDay.get(family) ?? new Map<number, Indexed[]>();
    const [first, last] = [dayNumber(candidate.date.start), dayNumber(candidate.date.end)];
    const fits = new Map<Indexed, DateFit>();
    // A report dated to the day, or only by its publication day, meets an event on a day a
    // report so dated gives it, never only through a vague month or a publication day (those
    // join what dated reports anchored): "the previous one was in April" does not bring every
    // April event of its sort within a publication day's reach.
    const sharp = isSharp(candidate);
    for (let day = first; day <= last; day += 1) for (const entry of days.get(day) ?? []) if ((!sharp && !candidate.datedByPublication) || entry.sharpDays.has(day)) fits.set(entry, 'overlap');
    if (candidate.datedByPublication && candidate.status === 'occurred') {
      for (let day = first - PUBLICATION_LOOKBACK_DAYS; day < first; day += 1) for (const entry of days.get(day) ?? []) if (!fits.has(entry) && entry.sharpDays.has(day)) fits.set(entry, 'recent');
    }
    if (sharp) {
      // Only a gathering goes on for days: two calls of the same people on following days are two calls.
      for (const entry of family === 'gathering' ? [...(days.get(first - 1) ?? []), ...(days.get(last + 1) ?? [])] : []) {
        if (!fits.has(entry) && (entry.sharpEnds.has(first - 1) || entry.sharpStarts.has(last + 1))) fits.set(entry, 'adjacent');
      }
      const far = new Set(moving.get(family) ?? []);
      if (saysItMoved(candidate)) for (let day = first - RESCHEDULE_WINDOW_DAYS; day <= last + RESCHEDULE_WINDOW_DAYS; day += 1) for (const entry of days.get(day) ?? []) far.add(entry);
      for (const entry of far) if (!fits.has(entry) && !heldBeforeThePlan(entry, candidate) && entry.cluster.members.some((m) => movedPlan(m, candidate))) fits.set(entry, 'moved');
    }
    return fits;
  };
  const bestFor = (candidate: CandidateEvent, self?: Indexed): Indexed | undefined => {
    let best: { entry: Indexed; score: number } | undefined;
    let ties = 0;
    const probe = probeOf(candidate, world);
    for (const [entry, fit] of fitsOf(candidate)) {
      if (entry === self || !mayTie(entry, probe, world)) continue;
      const score = matchScore(entry, probe, fit, world);
      if (score === undefined) continue;
      if (best && score === best.score) ties += 1;
      else if (!best || score > best.score) ties = 0;
      if (!best || score > best.score || (score === best.score && entry.order < best.entry.order)) best = { entry, score };
    }
    // A call known only by the names its sentence carries belongs to one call, or stays apart.
    return best?.score === FACELESS_CALL && ties > 0 ? undefined : best?.entry;
  };
  const place = (candidate: CandidateEvent, entry: Indexed): void => {
    const family = kindFamily(candidate.kind);
    const days = byDay.get(family) ?? new Map<number, Indexed[]>();
    byDay.set(family, days);
    addMember(entry, candidate, world);
    if (saysItMoved(candidate) && !entry.moves) {
      entry.moves = true;
      moving.set(family, [...(moving.get(family) ?? []), entry]);
    }
    for (let day = dayNumber(candidate.date.start), last = dayNumber(candidate.date.end); day <= last; day += 1) {
      const bucket = days.get(day);
      if (!bucket) days.set(day, [entry]);
      else if (!bucket.includes(entry)) bucket.push(entry);
    }
  };
  const entries: Indexed[] = [];
  for (const candidate of ordered) {
    let entry = bestFor(candidate);
    if (!entry) {
      entry = newEntry(entries.length);
      entries.push(entry);
    }
    place(candidate, entry);
  }
  // A report met before the one that ties it to an event ("Umerov and Medinsky met on Friday",
  // then "talks in Istanbul on Thursday and Friday" joining the plan for Istanbul) stands alone:
  // each report left alone is matched once more against what the others became. So is a group of
  // reports of one day that met each other first ("ended on Friday", "which ended on Friday"),
  // when every one of them finds the same better event (the plan "from January 20 to 24").
  const gone = new Set<Indexed>();
  for (const entry of entries) {
    if (entry.spans.size !== 1) continue;
    const members = [...entry.cluster.members];
    const better = bestFor(members[0]!, entry);
    if (!better || gone.has(better) || members.some((m) => bestFor(m, entry) !== better)) continue;
    gone.add(entry);
    for (const bucket of byDay.get(kindFamily(members[0]!.kind))?.values() ?? []) if (bucket.includes(entry)) bucket.splice(bucket.indexOf(entry), 1);
    for (const m of members) place(m, better);
  }
  const clusters = entries.filter((e) => !gone.has(e)).map((e) => e.cluster);
  return clusters;
}

interface World {
  within: (place: string) => string | undefined;
  isPerson: (id: string) => boolean;
  /** The country a person speaks for, as the gazetteer or the articles describe them. */
  sideOf: (person: string) => string | undefined;
  /** A place known to lie somewhere (a town, a country); a venue named with no locality is not: it can tie, never rule out. */
  onMap: (place: string) => boolean;
}

/** A cluster being built, with what matching asks of it every time, kept up as members join. */
interface Indexed {
  cluster: EventCluster;
  /** When it was started: of two equally good clusters, the older wins. */
  order: number;
  /** Everyone its members name, and of them the people and the rest (countries, organisations). */
  people: Set<string>;
  /** Everyone and everywhere its members' sentences name, whatever part they took. */
  mentions: Set<string>;
  persons: Set<string>;
  countries: Set<string>;
  /** Countries its members name only as sides ("American and Russian negotiators"), and those its people speak for: a tie, never a wall. */
  sides: Set<string>;
  personSides: Set<string>;
  /** Who spoke, for a call or a statement: the people of its first member that names any. */
  speakers: string[];
  articles: Set<string>;
  /** Its members' dates as `start/end`, and as written. */
  spans: Set<string>;
  values: Set<string>;
  places: string[];
  /** Days on which a member dated to the day or span starts or ends, and every day such members cover. */
  sharpStarts: Set<number>;
  sharpDays: Set<number>;
  sharpEnds: Set<number>;
  /** A member says the plan moved. */
  moves: boolean;
}

function newEntry(order: number): Indexed {
  return {
    cluster: { members: [] },
    order,
    people: new Set(),
    mentions: new Set(),
    persons: new Set(),
    countries: new Set(),
    sides: new Set(),
    personSides: new Set(),
    speakers: [],
    articles: new Set(),
    spans: new Set(),
    values: new Set(),
    places: [],
    sharpStarts: new Set(),
    sharpDays: new Set(),
    sharpEnds: new Set(),
    moves: false,
  };
}

function addMember(entry: Indexed, m: CandidateEvent, { isPerson, sideOf }: World): void {
  entry.cluster.members.push(m);
  for (const p of m.participants) {
    entry.people.add(p);
    (isPerson(p) ? entry.persons : entry.countries).add(p);
    const side = isPerson(p) ? sideOf(p) : undefined;
    if (side !== undefined) entry.personSides.add(side);
  }
  for (const s of m.roles?.sides ?? []) entry.sides.add(s);
  for (const e of m.mentions ?? []) entry.mentions.add(e);
  if (entry.speakers.length === 0) entry.speakers = m.participants.filter(isPerson);
  entry.articles.add(m.article);
  entry.spans.add(`${m.date.start}/${m.date.end}`);
  entry.values.add(m.date.value);
  if (m.place !== null && !entry.places.includes(m.place)) entry.places.push(m.place);
  if (isSharp(m)) {
    const [first, last] = [dayNumber(m.date.start), dayNumber(m.date.end)];
    entry.sharpStarts.add(first);
    entry.sharpEnds.add(last);
    for (let day = first; day <= last; day += 1) entry.sharpDays.add(day);
  }
}

function evidenceText(report: CandidateEvent): string {
  return report.evidence.map((e) => e.text).join(' ');
}

// Asked of every report each time it meets a cluster: its evidence is read once.
const movedByReport = new WeakMap<CandidateEvent, boolean>();

/** Its evidence says the plan moved ("postponed", "pushed back to"). */
function saysItMoved(report: CandidateEvent): boolean {
  let moved = movedByReport.get(report);
  if (moved === undefined) {
    moved = RESCHEDULED.test(evidenceText(report));
    movedByReport.set(report, moved);
  }
  return moved;
}

/** Dated by its own words to a day or a span. */
function isSharp(r: CandidateEvent): boolean {
  return !r.datedByPublication && (r.date.precision === 'day' || r.date.precision === 'span');
}

/** How the dates fit: the same days; the next day; a moved plan; an undated report published just after. */
type DateFit = 'overlap' | 'adjacent' | 'moved' | 'recent';

/**
 * A happening reported held before a report of a plan on another day: that plan is another
 * round, however alike (talks in Muscat one Saturday, "the postponed fourth round" there a month later).
 */
function heldBeforeThePlan(entry: Indexed, report: CandidateEvent): boolean {
  const heldFirst = (held: CandidateEvent, other: CandidateEvent) => held.status === 'occurred' && isSharp(held) && compareStrings(held.published, other.published) < 0;
  return entry.cluster.members.some((m) => heldFirst(m, report) || heldFirst(report, m));
}

/** A plan and another report of it on other days within a month, one of them saying it moved. */
function movedPlan(a: CandidateEvent, b: CandidateEvent): boolean {
  if (!isSharp(a) || !isSharp(b) || (a.status !== 'planned' && b.status !== 'planned')) return false;
  const gap = Math.min(Math.abs(dayNumber(b.date.start) - dayNumber(a.date.end)), Math.abs(dayNumber(a.date.start) - dayNumber(b.date.end)));
  return gap <= RESCHEDULE_WINDOW_DAYS && (saysItMoved(a) || saysItMoved(b));
}

/**
 * Two reports naming different countries at the table: US–Ukraine is not US–Russia. On the
 * same days it takes two countries a side to tell (one is often only the topic); on other
 * days one is enough. On the same days, countries one report names only as sides can
 * reconcile them ("Ukraine and the US" with "the UAE, for American, Russian and Ukrainian
 * negotiators"); they never set reports apart: reports name sides too unevenly for that.
 */
function partiesConflict({ countries: a, sides: ourSides }: Probe, entry: Indexed, fewest: number): boolean {
  const b = entry.countries;
  if (a.length < fewest || b.size < fewest) return false;
  const shared = a.filter((p) => b.has(p)).length;
  if (shared === a.length || shared === b.size) return false;
  if (fewest < 2) return true;
  const seated = (p: string): boolean => b.has(p) || entry.sides.has(p);
  return !a.every(seated) && ![...b].every((p) => a.includes(p) || ourSides.includes(p));
}

/** Who sits at an event's table: its countries, those named only as sides, those its people speak for. */
type Table = Pick<Indexed, 'countries' | 'sides' | 'personSides'>;

/**
 * The table of an event's reports that it was held, when it has any: a plan of that day
 * ("the Russian delegation was due to see the U.S. side again") does not seat its sides at the
 * round held that day, so the next day's round of another table does not go on from it.
 */
function heldTable(entry: Indexed, { isPerson, sideOf }: World): Table {
  const held = entry.cluster.members.filter((m) => m.status === 'occurred');
  if (held.length === entry.cluster.members.length || held.length === 0) return entry;
  const table: Table = { countries: new Set(), sides: new Set(), personSides: new Set() };
  for (const m of held) {
    for (const p of m.participants) {
      if (!isPerson(p)) table.countries.add(p);
      else if (sideOf(p) !== undefined) table.personSides.add(sideOf(p)!);
    }
    for (const side of m.roles?.sides ?? []) table.sides.add(side);
  }
  return table;
}

/** The countries at a table: those taking part, those named as sides, and those its people speak for when asked. */
function seatsOf(countries: Iterable<string>, sides: Iterable<string>, people: Iterable<string> = []): Set<string> {
  return new Set([...countries, ...sides, ...people]);
}

/**
 * One report's countries, sides included, are all at the other's table; when both name two
 * countries or more, the same ones: Ukraine and the US meeting "again" the day after Russia
 * and the US is another table, not the Russian–American round going on.
 */
function oneTable({ countries, sides }: Probe, entry: Table): boolean {
  const ours = seatsOf(countries, sides);
  const theirs = seatsOf(entry.countries, entry.sides);
  const oursSeated = [...ours].every((p) => theirs.has(p));
  const theirsSeated = [...theirs].every((p) => ours.has(p));
  return ours.size >= 2 && theirs.size >= 2 ? oursSeated && theirsSeated : oursSeated || theirsSeated;
}

/**
 * The same table, however its countries are named: the smaller of the two tables (two
 * countries at most) seated at the other, one of its countries named only as a side or,
 * `throughPeople`, through the people who speak for it ("American and Russian negotiators",
 * "Witkoff and Dmitriev"). Only with the same place on following days: on one day a
 * person's country (a president's) stands beside too many events to tie them.
 */
function sameTable({ countries, sides, personSides }: Probe, entry: Table, throughPeople = false): boolean {
  const ours = seatsOf(countries, sides, throughPeople ? personSides : []);
  const theirs = seatsOf(entry.countries, entry.sides, throughPeople ? entry.personSides : []);
  const both = [...ours].filter((p) => theirs.has(p));
  const throughSides = both.some((p) => !(countries.includes(p) && entry.countries.has(p)));
  return throughSides && both.length > 0 && both.length >= Math.min(2, ours.size, theirs.size);
}

/**
 * One report names only people, the other only the countries at the table, and the people
 * speak for every one of those countries, two at least: "Umerov and Medinsky held talks" is the
 * round of "talks between Russia and Ukraine" that day; Umerov and Witkoff are not the three-way
 * round of that day, and one person's country (a president's) stands beside too many events.
 */
function peopleForTheTable(probe: Probe, entry: Indexed): boolean {
  const seated = (sides: Iterable<string>, table: Iterable<string>): boolean => {
    const spokenFor = new Set(sides);
    const seats = new Set(table);
    return seats.size >= 2 && [...seats].every((s) => spokenFor.has(s));
  };
  if (probe.people.length >= 2 && entry.persons.size === 0) return seated(probe.personSides, [...entry.countries, ...entry.sides]);
  if (probe.people.length === 0 && entry.persons.size >= 2) return seated(entry.personSides, [...probe.countries, ...probe.sides]);
  return false;
}

/** What matching asks of a report, worked out once for all the clusters it meets. */
interface Probe {
  report: CandidateEvent;
  family: string;
  people: string[];
  countries: string[];
  /** Countries its sentence names only as sides, not already among its participants. */
  sides: string[];
  /** Countries its people speak for (Witkoff: the United States). */
  personSides: string[];
  mentions: string[];
  span: string;
}

function probeOf(report: CandidateEvent, { isPerson, sideOf }: World): Probe {
  return {
    report,
    family: kindFamily(report.kind),
    people: report.participants.filter(isPerson),
    countries: report.participants.filter((p) => !isPerson(p)),
    sides: (report.roles?.sides ?? []).filter((p) => !report.participants.includes(p)),
    personSides: report.participants.filter(isPerson).flatMap((p) => sideOf(p) ?? []),
    mentions: report.mentions ?? [],
    span: `${report.date.start}/${report.date.end}`,
  };
}

/**
 * Whether a report shares with a cluster anything matchScore counts as a tie: its article (or,
 * for a report naming no one and nowhere, its day or date as written), a participant or a seat at the table, a name both sentences
 * carry, a place at some level, people who speak for the countries of the other's table, or
 * the pair of reports of which one says only who and the other only where. Every score matchScore gives needs one of these (a tie it learns belongs
 * here too); nearly all the clusters a report meets share none (98% of 1.07 million at
 * 10,000 synthetic articles), and each cost matchScore's whole reading to turn down.
 */
function mayTie(entry: Indexed, probe: Probe, { within }: World): boolean {
  const { report: c, people, sides, mentions } = probe;
  const anonymous = c.participants.length === 0 && sides.length === 0 && c.place === null;
  if (entry.articles.has(c.article) || (anonymous && (entry.spans.has(probe.span) || entry.values.has(c.date.value)))) return true;
  for (const p of c.participants) if (entry.people.has(p) || entry.sides.has(p)) return true;
  for (const p of sides) if (entry.countries.has(p) || entry.sides.has(p)) return true;
  // A call's speakers all named in the sentence of a report that lost its people.
  for (const m of mentions) if (entry.mentions.has(m) || entry.people.has(m)) return true;
  if (c.place !== null && entry.places.length > 0 && (entry.places.some((p) => samePlace(p, c.place!, within)) || peopleForTheTable(probe, entry))) return true;
  const whoOnly = people.length > 0 && c.place === null && entry.persons.size === 0 && entry.places.length > 0;
  const whereOnly = people.length === 0 && c.place !== null && entry.places.length === 0 && entry.persons.size > 0;
  return whoOnly || whereOnly;
}

/** How well a report fits a cluster its date fits, or undefined when it cannot be the same event. */
function matchScore(entry: Indexed, probe: Probe, fit: DateFit, world: World): number | undefined {
  const { within, sideOf, onMap } = world;
  const { report: c, family, people: ourPeople, mentions, span } = probe;
  const first = entry.cluster.members[0]!;
  if (kindFamily(first.kind) !== family) return undefined;
  if (c.kind === 'other' && first.noun !== c.noun) return undefined;
  const sharedPeople = ourPeople.filter((p) => entry.persons.has(p)).length;
  const shared = c.participants.filter((p) => entry.people.has(p)).length;
  const sameArticle = entry.articles.has(c.article);
  const sameDay = entry.spans.has(span);
  if (c.kind === 'call' || c.kind === 'statement') {
    // A call or a statement is defined by who spoke: Trump–Putin is not Trump–Zelenskyy.
    const theirs = entry.speakers;
    if (ourPeople.length > 0 && theirs.length > 0) {
      const subset = ourPeople.every((p) => theirs.includes(p)) || theirs.every((p) => ourPeople.includes(p));
      if (!subset) return undefined;
    } else if (c.kind === 'statement') return undefined;
    // "The leaders of Russia and the US spoke" is the call its article names Putin and Trump for.
    else if (fit === 'overlap' && sameDay && sameArticle) return 1;
    // A report that lost its people ("Trump said he had a 'very good call' with Putin on
    // Monday") joins the call whose speakers its sentence all names, and only when no other
    // call ties as well (bestFor): the same sentence may name the speakers of two calls. Met
    // first, it waits alone for the second pass rather than take in the calls that come.
    else if (ourPeople.length > 0 || theirs.length > 0) {
      return fit === 'overlap' && sameDay && ourPeople.length === 0 && theirs.length >= 2 && theirs.every((p) => mentions.includes(p)) ? FACELESS_CALL : undefined;
    }
  }
  if (partiesConflict(probe, entry, fit === 'overlap' ? 2 : 1)) return undefined;
  // The most precise places the reports give: Istanbul, not the Türkiye of "met in Turkey".
  const places = leafPlaces(entry.places, within);
  const mapped = places.filter(onMap);
  // Outlets name the nearest city they know (Hallandale Beach, Miami, Washington): people in
  // common make two places of one country one gathering; places in two countries never are.
  // A plan that moved may have moved elsewhere too ("set for Rome", then "the postponed round will
  // be held in Muscat"): the same two people make it the same plan. A venue no locality places
  // ("at the Dolmabahce Palace" under an ISTANBUL dateline) rules nothing out.
  const placeFits =
    c.place === null ||
    !onMap(c.place) ||
    mapped.length === 0 ||
    (fit === 'moved' && sharedPeople >= 2) ||
    mapped.some((p) => samePlace(p, c.place!, within) || (sharedPeople >= 1 && shared >= 2 && sameCountry(p, c.place!, within)));
  if (!placeFits) return undefined;
  const samePlaceNamed = c.place !== null && places.some((p) => samePlace(p, c.place!, within));
  // Countries are too loosely attached to rule out a gathering; people are not.
  if (family === 'gathering' && !samePlaceNamed && ourPeople.length > 0 && entry.persons.size > 0 && sharedPeople === 0) return undefined;
  if (family === 'gathering' && otherOneToOne(ourPeople, entry.persons, sideOf)) return undefined;
  // The next day, another day for a moved plan, or an undated report of the days before its
  // article, needs a firmer tie than the same day: two of the same people, or one of them in
  // the same place (Trump in Davos one day and in a report of the next day's talks elsewhere
  // is not one gathering; Ukrainian–US talks in Miami one day and Russian–US talks there the
  // next are two, however their sides are named: a country in common is a tie only at the same table).
  if (fit !== 'overlap') {
    const table = fit === 'adjacent' ? heldTable(entry, world) : entry;
    const firm = sharedPeople >= 2 || (samePlaceNamed && (sharedPeople > 0 || ((shared > 0 || sameTable(probe, table, true)) && oneTable(probe, table))));
    return firm ? shared * 2 + (samePlaceNamed ? 2 : 0) - 1 : undefined;
  }
  // Overlapping dates alone do not make two reports one event: something else must tie them,
  // or a vague "early March" would swallow every March event of any article added later.
  const anonymous = c.participants.length === 0 && probe.sides.length === 0 && c.place === null;
  const sameValue = entry.values.has(c.date.value);
  // When roles name no one on one side ("U.S. and Israeli forces started bombing Iran"), the
  // names both sentences carry tie them instead: two in common, better still the one's place.
  // A report naming its sides is not one that names no one.
  const namesTie = ((c.participants.length === 0 && probe.sides.length === 0) || (entry.people.size === 0 && entry.sides.size === 0)) && mentions.filter((m) => entry.mentions.has(m)).length >= 2;
  const placeMentioned = namesTie && ((c.place !== null && entry.mentions.has(c.place)) || places.some((p) => mentions.includes(p)));
  // "Talks in Istanbul" and "Umerov and Medinsky met" on a day both give: one says only where, the other only who.
  const complementary = sharesSharpDay(entry, c) && ((ourPeople.length === 0 && c.place !== null && entry.places.length === 0 && entry.persons.size > 0) || (c.place === null && entry.persons.size === 0 && places.length > 0 && ourPeople.length > 0));
  const tableTie = sameTable(probe, entry) || (c.place !== null && places.length > 0 && peopleForTheTable(probe, entry));
  if (shared === 0 && !samePlaceNamed && !namesTie && !complementary && !tableTie && !(anonymous && (sameDay || sameArticle || sameValue))) return undefined;
  return shared * 2 + (samePlaceNamed || placeMentioned ? 2 : 0) + (sameDay ? 1 : 0) + (namesTie ? 1 : 0) + (tableTie ? 1 : 0);
}

/**
 * Two people who met, and the same one with someone else: Trump and Milei is not Trump and
 * Guterres, though both met in New York that Tuesday. Only when the two others do not speak
 * for one side: outlets name different envoys of one delegation (Witkoff or Kushner).
 */
function otherOneToOne(ours: string[], theirs: Set<string>, sideOf: World['sideOf']): boolean {
  if (ours.length !== 2 || theirs.size !== 2) return false;
  const mine = ours.filter((p) => !theirs.has(p));
  const other = [...theirs].filter((p) => !ours.includes(p));
  if (mine.length !== 1 || other.length !== 1) return false;
  const [a, b] = [sideOf(mine[0]!), sideOf(other[0]!)];
  return a === undefined || a !== b;
}

/** A report dated to the day or span, on a day a member so dated covers. */
function sharesSharpDay(entry: Indexed, report: CandidateEvent): boolean {
  if (!isSharp(report)) return false;
  for (let day = dayNumber(report.date.start), last = dayNumber(report.date.end); day <= last; day += 1) if (entry.sharpDays.has(day)) return true;
  return false;
}
