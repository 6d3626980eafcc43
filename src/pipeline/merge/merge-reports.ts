import type { CandidateEvent } from '../events/candidate.ts';
import { kindFamily } from '../events/kinds.ts';
import { compareStrings } from '../order.ts';
import { RESCHEDULED } from './lifecycle-words.ts';

/** Reports that one real-world event received, from one or more articles. */
export interface EventCluster {
  members: CandidateEvent[];
}

const PRECISION_RANK = { day: 0, span: 1, week: 2, month: 3, year: 4 } as const;
/** How far a plan may move and still be the same plan: "slipped by days", "moved to next month". */
const RESCHEDULE_WINDOW_DAYS = 31;

/**
 * Groups the reports of the same real-world event. Two reports are the same event when
 * they are the same sort of event, their dates are compatible (overlapping; the next day of
 * a gathering of the same people; a plan moved to another day), and something ties them
 * (people, place, or the same day in one article) while nothing rules it out (other people
 * on the line, other parties at the table). Reports are taken most precise first, so a vague
 * "early March" joins the event that a dated report already anchored.
 */
export function mergeReports(candidates: CandidateEvent[], within: (place: string) => string | undefined, isPerson: (id: string) => boolean): EventCluster[] {
  const ordered = [...candidates].sort(
    (a, b) =>
      Number(a.datedByPublication) - Number(b.datedByPublication) ||
      PRECISION_RANK[a.date.precision] - PRECISION_RANK[b.date.precision] ||
      compareStrings(a.published, b.published) ||
      compareStrings(a.article, b.article) ||
      (a.evidence[0]?.sentence ?? 0) - (b.evidence[0]?.sentence ?? 0),
  );
  const clusters: EventCluster[] = [];
  const world: World = { within, isPerson };
  // Only clusters of the same sort with a member on one of the report's days (or the day
  // either side) can match: index them by day, so a report meets a handful of clusters, not all.
  const byDay = new Map<string, Map<number, Indexed[]>>();
  // Clusters with a plan said to have moved are met from further away.
  const moving = new Map<string, Indexed[]>();
  for (const candidate of ordered) {
    const family = kindFamily(candidate.kind);
    const days = byDay.get(family) ?? new Map<number, Indexed[]>();
    byDay.set(family, days);
    const [first, last] = [dayNumber(candidate.date.start), dayNumber(candidate.date.end)];
    const moves = RESCHEDULED.test(evidenceText(candidate));
    const reach = moves ? RESCHEDULE_WINDOW_DAYS : 1;
    const nearby = new Set<Indexed>();
    for (let day = first - reach; day <= last + reach; day += 1) for (const entry of days.get(day) ?? []) nearby.add(entry);
    for (const entry of moving.get(family) ?? []) nearby.add(entry);
    let best: { entry: Indexed; score: number } | undefined;
    for (const entry of nearby) {
      const score = matchScore(entry, candidate, world);
      if (score !== undefined && (!best || score > best.score || (score === best.score && entry.order < best.entry.order))) best = { entry, score };
    }
    const entry = best?.entry ?? { cluster: { members: [] }, order: clusters.length, people: new Set<string>(), moves: false };
    if (!best) clusters.push(entry.cluster);
    entry.cluster.members.push(candidate);
    for (const p of candidate.participants) entry.people.add(p);
    if (moves && !entry.moves) {
      entry.moves = true;
      moving.set(family, [...(moving.get(family) ?? []), entry]);
    }
    for (let day = first; day <= last; day += 1) {
      const bucket = days.get(day);
      if (!bucket) days.set(day, [entry]);
      else if (!bucket.includes(entry)) bucket.push(entry);
    }
  }
  return clusters;
}

interface World {
  within: (place: string) => string | undefined;
  isPerson: (id: string) => boolean;
}

/** A cluster being built, with what matching asks of it every time. */
interface Indexed {
  cluster: EventCluster;
  /** When it was started: of two equally good clusters, the older wins. */
  order: number;
  /** Everyone its members name. */
  people: Set<string>;
  /** A member says the plan moved. */
  moves: boolean;
}

const DAY_MS = 86_400_000;

/** Days since 1970 of an ISO day (NaN for anything else, which then matches nothing). */
function dayNumber(isoDay: string): number {
  return Math.round(Date.parse(isoDay) / DAY_MS);
}

function evidenceText(report: CandidateEvent): string {
  return report.evidence.map((e) => e.text).join(' ');
}

type DateFit = 'overlap' | 'adjacent' | 'moved';

/** How two reports' dates can be one event's: the same days, the next day of it, or a plan moved. */
function dateFit(a: CandidateEvent, b: CandidateEvent): DateFit | undefined {
  if (a.date.start <= b.date.end && b.date.start <= a.date.end) return 'overlap';
  const sharp = (r: CandidateEvent) => !r.datedByPublication && (r.date.precision === 'day' || r.date.precision === 'span');
  if (!sharp(a) || !sharp(b)) return undefined;
  const gap = Math.min(Math.abs(dayNumber(b.date.start) - dayNumber(a.date.end)), Math.abs(dayNumber(a.date.start) - dayNumber(b.date.end)));
  if (gap === 1) return 'adjacent';
  const plan = a.status === 'planned' || b.status === 'planned';
  if (plan && gap <= RESCHEDULE_WINDOW_DAYS && (RESCHEDULED.test(evidenceText(a)) || RESCHEDULED.test(evidenceText(b)))) return 'moved';
  return undefined;
}

/**
 * Two reports naming different countries at the table: US–Ukraine is not US–Russia. On the
 * same days it takes two countries a side to tell (one is often only the topic); on other
 * days one is enough.
 */
function partiesConflict(a: string[], b: string[], fewest: number): boolean {
  if (a.length < fewest || b.length < fewest) return false;
  return !a.every((p) => b.includes(p)) && !b.every((p) => a.includes(p));
}

/** How well a report fits a cluster, or undefined when it cannot be the same event. */
function matchScore({ cluster, people }: Indexed, c: CandidateEvent, { within, isPerson }: World): number | undefined {
  const first = cluster.members[0]!;
  if (kindFamily(first.kind) !== kindFamily(c.kind)) return undefined;
  if (c.kind === 'other' && first.noun !== c.noun) return undefined;
  const fits = cluster.members.map((m) => dateFit(m, c)).filter((f): f is DateFit => f !== undefined);
  if (fits.length === 0) return undefined;
  const fit: DateFit = fits.includes('overlap') ? 'overlap' : fits.includes('adjacent') ? 'adjacent' : 'moved';

  const persons = (ids: Iterable<string>) => [...ids].filter(isPerson);
  const countries = (ids: Iterable<string>) => [...ids].filter((id) => !isPerson(id));
  const ourPeople = persons(c.participants);
  const theirPeople = persons(people);
  const sharedPeople = ourPeople.filter((p) => theirPeople.includes(p)).length;
  const shared = c.participants.filter((p) => people.has(p)).length;
  const sameArticle = cluster.members.some((m) => m.article === c.article);
  const sameDay = cluster.members.some((m) => m.date.start === c.date.start && m.date.end === c.date.end);
  if (c.kind === 'call' || c.kind === 'statement') {
    // A call or a statement is defined by who spoke: Trump–Putin is not Trump–Zelenskyy.
    const theirs = persons(cluster.members.find((m) => persons(m.participants).length > 0)?.participants ?? []);
    if (ourPeople.length > 0 && theirs.length > 0) {
      const subset = ourPeople.every((p) => theirs.includes(p)) || theirs.every((p) => ourPeople.includes(p));
      if (!subset) return undefined;
    } else if (c.kind === 'statement') return undefined;
    // "The leaders of Russia and the US spoke" is the call its article names Putin and Trump for.
    else if (fit === 'overlap' && sameDay && sameArticle) return 1;
  }
  if (partiesConflict(countries(c.participants), countries(people), fit === 'overlap' ? 2 : 1)) return undefined;
  const places = cluster.members.map((m) => m.place).filter((p): p is string => p !== null);
  const placeFits = c.place === null || places.length === 0 || places.some((p) => samePlace(p, c.place!, within));
  if (!placeFits) return undefined;
  const samePlaceNamed = c.place !== null && places.some((p) => samePlace(p, c.place!, within));
  // Countries are too loosely attached to rule out a gathering; people are not.
  if (kindFamily(c.kind) === 'gathering' && !samePlaceNamed && ourPeople.length > 0 && theirPeople.length > 0 && sharedPeople === 0) return undefined;
  // The next day, or another day for a moved plan, needs a firmer tie than the same day: two of
  // the same people, or one of them in the same place (Trump in Davos one day and in a report of
  // the next day's talks elsewhere is not one gathering).
  if (fit !== 'overlap') return sharedPeople >= 2 || (samePlaceNamed && shared > 0) ? shared * 2 + (samePlaceNamed ? 2 : 0) - 1 : undefined;
  // Overlapping dates alone do not make two reports one event: something else must tie them,
  // or a vague "early March" would swallow every March event of any article added later.
  const anonymous = c.participants.length === 0 && c.place === null;
  const sameValue = cluster.members.some((m) => m.date.value === c.date.value);
  if (shared === 0 && !samePlaceNamed && !(anonymous && (sameDay || sameArticle || sameValue))) return undefined;
  return shared * 2 + (samePlaceNamed ? 2 : 0) + (sameDay ? 1 : 0);
}

/** Geneva and Switzerland are the same place at two levels. */
export function samePlace(a: string, b: string, within: (place: string) => string | undefined): boolean {
  const up = (p: string): string[] => {
    const chain = [p];
    for (let next = within(p); next !== undefined && !chain.includes(next); next = within(next)) chain.push(next);
    return chain;
  };
  return up(a).includes(b) || up(b).includes(a);
}
