import { dayNumber } from '../dates/calendar.ts';
import type { CandidateEvent } from '../events/candidate.ts';
import { happeningFamily, isOccasion } from './family.ts';

/** Reports that one real-world event received, from one or more articles. */
export interface EventCluster {
  members: CandidateEvent[];
}

/** What merging knows of the world beyond the reports. */
export interface World {
  within: (place: string) => string | undefined;
  isPerson: (id: string) => boolean;
  /** The country a person speaks for, as the gazetteer or the articles describe them. */
  sideOf: (person: string) => string | undefined;
  /** A place known to lie somewhere (a town, a country); a venue named with no locality is not: it can tie, never rule out. */
  onMap: (place: string) => boolean;
  /** The country a place is the seat of government of (Washington: the United States); none for any other place. */
  seatOf: (place: string) => string | undefined;
}

/** A cluster being built, with what matching asks of it every time, kept up as members join. */
export interface Indexed {
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
  /**
   * Days a member's live-page entry stamp fixes (CandidateEvent.stamped): as sharp as a day its sentence names for another
   * outlet's report of that day ("walked out early on Saturday" and the 00:58 entry "Flight attendants … walk off the job"),
   * but not for another entry of its own page, each entry of which is a happening of its own ("20:15 The junta has declared a
   * state of emergency", "18:05 … She has declared the capital an emergency zone").
   */
  stampedDays: Set<number>;
  /** A member says the plan moved. */
  moves: boolean;
  /** Every member is a gathering's occasion (family.ts isOccasion): a report of the next day or the day before asks it of every event it meets there. */
  occasionsOnly: boolean;
}

export function newEntry(order: number): Indexed {
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
    stampedDays: new Set(),
    moves: false,
    occasionsOnly: true,
  };
}

export function addMember(entry: Indexed, m: CandidateEvent, { isPerson, sideOf }: World): void {
  entry.cluster.members.push(m);
  if (entry.occasionsOnly && !isOccasion(m)) entry.occasionsOnly = false;
  for (const p of m.participants) {
    entry.people.add(p);
    if (isPerson(p)) entry.persons.add(p);
    const side = isPerson(p) ? sideOf(p) : undefined;
    if (side !== undefined) entry.personSides.add(side);
  }
  for (const p of atTheTable(m, isPerson)) entry.countries.add(p);
  for (const s of m.roles?.sides ?? []) entry.sides.add(s);
  for (const e of m.mentions ?? []) entry.mentions.add(e);
  if (entry.speakers.length === 0) entry.speakers = m.participants.filter(isPerson);
  entry.articles.add(m.article);
  entry.spans.add(`${m.date.start}/${m.date.end}`);
  entry.values.add(m.date.value);
  if (m.place !== null && !entry.places.includes(m.place)) entry.places.push(m.place);
  if (m.stamped) entry.stampedDays.add(dayNumber(m.date.start));
  if (isSharp(m)) {
    const [first, last] = [dayNumber(m.date.start), dayNumber(m.date.end)];
    entry.sharpStarts.add(first);
    entry.sharpEnds.add(last);
    for (let day = first; day <= last; day += 1) entry.sharpDays.add(day);
  }
}

/** An event of the given reports, as matching sees it. */
export function entryOf(order: number, members: readonly CandidateEvent[], world: World): Indexed {
  const entry = newEntry(order);
  for (const m of members) addMember(entry, m, world);
  return entry;
}

/** An event made again of the given members, one having left it (what the index keeps is rebuilt by the caller). */
export function rebuildEntry(entry: Indexed, members: readonly CandidateEvent[], world: World): void {
  Object.assign(entry, entryOf(entry.order, members, world), { moves: entry.moves });
}

/**
 * The countries and organisations a report seats at the table: its participants that are not
 * people, less those its sentence says brokered it ("mediated by Qatar and Turkey" names no side).
 */
export function atTheTable(report: CandidateEvent, isPerson: World['isPerson']): string[] {
  const brokers = report.roles?.mediators ?? [];
  return report.participants.filter((p) => !isPerson(p) && !brokers.includes(p));
}

/** Dated by its own words to a day or a span. */
/** Whether an event has a day sharp for `report` (sharpDays, or stampedDays for a report of another article). */
export function sharpFor(entry: Indexed, report: CandidateEvent, day: number): boolean {
  return entry.sharpDays.has(day) || (entry.stampedDays.has(day) && !entry.articles.has(report.article));
}

export function isSharp(r: CandidateEvent): boolean {
  return !r.datedByPublication && (r.date.precision === 'day' || r.date.precision === 'span');
}

/** A report dated to the day or span, on a day a member so dated covers. */
export function sharesSharpDay(entry: Indexed, report: CandidateEvent): boolean {
  if (!isSharp(report)) return false;
  for (let day = dayNumber(report.date.start), last = dayNumber(report.date.end); day <= last; day += 1) if (entry.sharpDays.has(day)) return true;
  return false;
}

/** What matching asks of a report, worked out once for all the clusters it meets. */
export interface Probe {
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
  /** It names no one, no side and no place ("the talks ended on Friday"). */
  anonymous: boolean;
}

export function probeOf(report: CandidateEvent, { isPerson, sideOf }: World): Probe {
  const sides = (report.roles?.sides ?? []).filter((p) => !report.participants.includes(p));
  return {
    report,
    family: happeningFamily(report),
    people: report.participants.filter(isPerson),
    countries: atTheTable(report, isPerson),
    sides,
    personSides: report.participants.filter(isPerson).flatMap((p) => sideOf(p) ?? []),
    mentions: report.mentions ?? [],
    span: `${report.date.start}/${report.date.end}`,
    anonymous: report.participants.length === 0 && sides.length === 0 && report.place === null,
  };
}
