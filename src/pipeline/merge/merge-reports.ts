import type { CandidateEvent } from '../events/candidate.ts';
import { kindFamily } from '../events/kinds.ts';
import { compareStrings } from '../order.ts';

/** Reports that one real-world event received, from one or more articles. */
export interface EventCluster {
  members: CandidateEvent[];
}

const PRECISION_RANK = { day: 0, span: 1, week: 2, month: 3, year: 4 } as const;

/**
 * Groups the reports of the same real-world event. Two reports are the same event when
 * they are the same sort of event, their dates overlap, and neither names people or a
 * place that rules the other out. Reports are taken most precise first, so a vague
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
  // Only clusters of the same sort with a member on one of the report's days can match:
  // index them by day, so that a report is scored against a handful of clusters, not all.
  const byDay = new Map<string, Map<number, Indexed[]>>();
  for (const candidate of ordered) {
    const family = kindFamily(candidate.kind);
    const days = byDay.get(family) ?? new Map<number, Indexed[]>();
    byDay.set(family, days);
    const [first, last] = [dayNumber(candidate.date.start), dayNumber(candidate.date.end)];
    let best: { entry: Indexed; score: number } | undefined;
    const seen = new Set<Indexed>();
    for (let day = first; day <= last; day += 1) {
      for (const entry of days.get(day) ?? []) {
        if (seen.has(entry)) continue;
        seen.add(entry);
        const score = matchScore(entry, candidate, within, isPerson);
        if (score !== undefined && (!best || score > best.score || (score === best.score && entry.order < best.entry.order))) {
          best = { entry, score };
        }
      }
    }
    const entry = best?.entry ?? { cluster: { members: [] }, order: clusters.length, people: new Set<string>() };
    if (!best) clusters.push(entry.cluster);
    entry.cluster.members.push(candidate);
    for (const p of candidate.participants) entry.people.add(p);
    for (let day = first; day <= last; day += 1) {
      const bucket = days.get(day);
      if (!bucket) days.set(day, [entry]);
      else if (!bucket.includes(entry)) bucket.push(entry);
    }
  }
  return clusters;
}

/** A cluster being built, with what matching asks of it every time. */
interface Indexed {
  cluster: EventCluster;
  /** When it was started: of two equally good clusters, the older wins. */
  order: number;
  /** Everyone its members name. */
  people: Set<string>;
}

const DAY_MS = 86_400_000;

/** Days since 1970 of an ISO day (NaN for anything else, which then matches nothing). */
function dayNumber(isoDay: string): number {
  return Math.round(Date.parse(isoDay) / DAY_MS);
}

/** How well a report fits a cluster, or undefined when it cannot be the same event. */
function matchScore({ cluster, people }: Indexed, c: CandidateEvent, within: (place: string) => string | undefined, isPerson: (id: string) => boolean): number | undefined {
  const first = cluster.members[0]!;
  if (kindFamily(first.kind) !== kindFamily(c.kind)) return undefined;
  if (c.kind === 'other' && first.noun !== c.noun) return undefined;
  if (!cluster.members.some((m) => m.date.start <= c.date.end && c.date.start <= m.date.end)) return undefined;

  const shared = c.participants.filter((p) => people.has(p)).length;
  const persons = (ids: Iterable<string>) => [...ids].filter(isPerson);
  if (c.kind === 'call' || c.kind === 'statement') {
    // A call or a statement is defined by who spoke: Trump–Putin is not Trump–Zelenskyy.
    const theirs = cluster.members.find((m) => m.participants.length > 0)?.participants ?? [];
    if (c.participants.length > 0 && theirs.length > 0) {
      const subset = c.participants.every((p) => theirs.includes(p)) || theirs.every((p) => c.participants.includes(p));
      if (!subset) return undefined;
    } else if (c.kind === 'statement') return undefined;
  }
  const places = cluster.members.map((m) => m.place).filter((p): p is string => p !== null);
  const placeFits = c.place === null || places.length === 0 || places.some((p) => samePlace(p, c.place!, within));
  if (!placeFits) return undefined;
  const samePlaceNamed = c.place !== null && places.some((p) => samePlace(p, c.place!, within));
  // Countries are too loosely attached to rule out a gathering; people are not.
  const theirPeople = persons(people);
  const ourPeople = persons(c.participants);
  if (kindFamily(c.kind) === 'gathering' && !samePlaceNamed && ourPeople.length > 0 && theirPeople.length > 0 && !ourPeople.some((p) => theirPeople.includes(p))) return undefined;
  const sameDay = cluster.members.some((m) => m.date.start === c.date.start && m.date.end === c.date.end);
  // Overlapping dates alone do not make two reports one event: something else must tie them,
  // or a vague "early March" would swallow every March event of any article added later.
  const sameArticle = cluster.members.some((m) => m.article === c.article);
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
