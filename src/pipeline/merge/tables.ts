import { countryById } from '../entities/places.ts';
import type { CandidateEvent } from '../events/candidate.ts';
import { ELECTION_NOUN } from '../events/kinds.ts';
import { oncePerObject } from '../memo.ts';
import { atTheTable, type Indexed, type Probe, type World } from './cluster-index.ts';
import { ELECTION_CLAUSE, HOUSE_ELECTED } from './lifecycle-words.ts';

/**
 * Who sits at the table of a gathering, and whether a report's table is an event's: the
 * countries taking part, those named only as sides ("American and Russian negotiators"), and
 * those its people speak for (Witkoff: the United States).
 */

/**
 * Two reports naming different tables: US–Ukraine is not US–Russia. On other days one country
 * taking part is enough to tell. On the same days it takes two countries a side, those named
 * only as sides counted ("American and Russian officials held talks", "the Ukrainian delegation
 * held talks with the U.S. side": two rounds in one city that day), and neither table seated at
 * the other: a host's word ("the UAE said") beside the three sides is one table, and one
 * country, often only the topic, tells nothing.
 */
export function partiesConflict({ countries: a, sides: ourSides }: Probe, entry: Indexed, fewest: number): boolean {
  if (fewest < 2) {
    // Seated at the other's table, its sides counted: a bloc one report names as a side ("Leaders
    // of the Group of Seven opened their summit", beside the wars on its agenda) the other seats.
    const b = entry.countries;
    if (a.length < fewest || b.size < fewest) return false;
    const theirs = seatsOf(b, entry.sides);
    const ours = seatsOf(a, ourSides);
    return !a.every((p) => theirs.has(p)) && ![...b].every((p) => ours.has(p));
  }
  const ours = seatsOf(a, ourSides);
  const theirs = seatsOf(entry.countries, entry.sides);
  if (ours.size < fewest || theirs.size < fewest) return false;
  // Only a country tells a table apart: an institution ("talks with the Kremlin", "the White House
  // envoy") may be one of the other table's own sides.
  const elsewhere = (seats: Set<string>, other: Set<string>): boolean => [...seats].some((p) => !other.has(p) && countryById(p) !== undefined);
  return elsewhere(ours, theirs) && elsewhere(theirs, ours);
}

/** Who sits at an event's table: its countries, those named only as sides, those its people speak for. */
export type Table = Pick<Indexed, 'countries' | 'sides' | 'personSides'>;

/**
 * The table of an event's reports that it was held, when it has any: a plan of that day
 * ("the Russian delegation was due to see the U.S. side again") does not seat its sides at the
 * round held that day, so the next day's round of another table does not go on from it.
 */
export function heldTable(entry: Indexed, { isPerson, sideOf }: World): Table {
  const held = entry.cluster.members.filter((m) => m.status === 'occurred');
  if (held.length === entry.cluster.members.length || held.length === 0) return entry;
  const table: Table = { countries: new Set(), sides: new Set(), personSides: new Set() };
  for (const m of held) {
    for (const p of atTheTable(m, isPerson)) table.countries.add(p);
    for (const p of m.participants) if (isPerson(p) && sideOf(p) !== undefined) table.personSides.add(sideOf(p)!);
    for (const side of m.roles?.sides ?? []) table.sides.add(side);
  }
  return table;
}

/** Of a table's seats, the countries: an institution beside them ("the White House envoy") adds no seat of its own. */
function countriesOf(seats: Set<string>): Set<string> {
  return new Set([...seats].filter((p) => countryById(p) !== undefined));
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
export function oneTable({ countries, sides }: Probe, entry: Table): boolean {
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
export function sameTable({ countries, sides, personSides }: Probe, entry: Table, throughPeople = false): boolean {
  const ours = countriesOf(seatsOf(countries, sides, throughPeople ? personSides : []));
  const theirs = countriesOf(seatsOf(entry.countries, entry.sides, throughPeople ? entry.personSides : []));
  const both = [...ours].filter((p) => theirs.has(p));
  const throughSides = both.some((p) => !(countries.includes(p) && entry.countries.has(p)));
  return throughSides && both.length > 0 && both.length >= Math.min(2, ours.size, theirs.size);
}

/**
 * One report names only people, the other only the countries at the table, and the people
 * speak for every one of those countries, two at least: "Umerov and Medinsky held talks" is the
 * round of "talks between Russia and Ukraine" that day; Umerov and Witkoff are not the three-way
 * round of that day, and one person's country (a president's) stands beside too many events.
 * `exactly`: the people speak for no other country either, for a table no place tells
 * (oneActOfTheDay): "Armenia and Azerbaijan declared a ceasefire" is not the one three leaders
 * declared that day, where at a place the third may be the host or a broker.
 */
export function peopleForTheTable(probe: Probe, entry: Indexed, exactly = false): boolean {
  const seated = (sides: Iterable<string>, table: Iterable<string>): boolean => {
    const spokenFor = new Set(sides);
    const seats = new Set(table);
    return seats.size >= 2 && [...seats].every((s) => spokenFor.has(s)) && (!exactly || [...spokenFor].every((s) => seats.has(s)));
  };
  if (probe.people.length >= 2 && entry.persons.size === 0) return seated(probe.personSides, [...entry.countries, ...entry.sides]);
  if (probe.people.length === 0 && entry.persons.size >= 2) return seated(entry.personSides, [...probe.countries, ...probe.sides]);
  return false;
}

/**
 * One act of one day (oneActOfTheDay) told by the countries at its table and by people who did it for one of them ("Norway put the
 * fisheries agreement with Sweden into effect on Tuesday", "Norwegian Prime Minister Ola Berg signed the agreement into effect on
 * Tuesday"): its sides do it once that day, so the one who acted for a side is at that table, though the other side goes unnamed.
 * Every person speaks for a country of the other report's table, and the people's report seats no country the other does not: a
 * Finnish minister's act, or one "with Denmark", is another.
 */
export function actedForItsSide(probe: Probe, entry: Indexed, sideOf: World['sideOf']): boolean {
  const done = (people: Iterable<string>, named: Iterable<string>, table: Iterable<string>): boolean => {
    const seats = new Set(table);
    const sides = [...people].map(sideOf);
    return seats.size > 0 && sides.length > 0 && sides.every((s) => s !== undefined && seats.has(s)) && [...named].every((c) => seats.has(c));
  };
  if (probe.people.length > 0 && entry.persons.size === 0) return done(probe.people, [...probe.countries, ...probe.sides], [...entry.countries, ...entry.sides]);
  if (probe.people.length === 0 && entry.persons.size > 0) return done(entry.persons, [...entry.countries, ...entry.sides], [...probe.countries, ...probe.sides]);
  return false;
}

/**
 * The one house of a legislature an election's own sentence names where it tells the election (HOUSE_ELECTED, ELECTION_CLAUSE):
 * none for another happening, nor for a sentence naming both there or neither. Asked of every report filed (ties.ts keysOfMember):
 * only an election's words are read, once.
 */
export const houseElected = (report: CandidateEvent): string | undefined => (report.kind === 'other' && report.noun === ELECTION_NOUN ? houseOfElection(report) : undefined);

const houseOfElection = oncePerObject((report: CandidateEvent): string | undefined => {
  const clauses = (report.evidence[0]?.text ?? '').match(ELECTION_CLAUSE) ?? [];
  const named = [...HOUSE_ELECTED].filter(([, pattern]) => clauses.some((clause) => pattern.test(clause)));
  return named.length === 1 ? named[0]![0] : undefined;
});

/** An election of one house against an event of elections of the other (houseElected): the upper house's and the lower house's of one day are two. */
export function anotherHouse(entry: Indexed, report: CandidateEvent): boolean {
  const house = houseElected(report);
  return house !== undefined && entry.cluster.members.some((m) => houseElected(m) !== undefined && houseElected(m) !== house);
}
