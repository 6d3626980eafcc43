import type { CandidateEvent } from '../events/candidate.ts';
import { kindFamily } from '../events/triggers.ts';

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
      a.published.localeCompare(b.published) ||
      a.article.localeCompare(b.article) ||
      (a.evidence[0]?.sentence ?? 0) - (b.evidence[0]?.sentence ?? 0),
  );
  const clusters: EventCluster[] = [];
  // Only clusters of the same sort in an overlapping month can match: index them so that
  // merging stays linear in the number of reports.
  const index = new Map<string, EventCluster[]>();
  const order = new Map<EventCluster, number>();
  for (const candidate of ordered) {
    let best: { cluster: EventCluster; score: number } | undefined;
    const seen = new Set<EventCluster>();
    for (const key of keysOf(candidate)) {
      for (const cluster of index.get(key) ?? []) {
        if (seen.has(cluster)) continue;
        seen.add(cluster);
        const score = matchScore(cluster, candidate, within, isPerson);
        if (score !== undefined && (!best || score > best.score || (score === best.score && order.get(cluster)! < order.get(best.cluster)!))) {
          best = { cluster, score };
        }
      }
    }
    const cluster = best?.cluster ?? { members: [] };
    if (!best) {
      order.set(cluster, clusters.length);
      clusters.push(cluster);
    }
    cluster.members.push(candidate);
    for (const key of keysOf(candidate)) {
      const bucket = index.get(key);
      if (!bucket) index.set(key, [cluster]);
      else if (!bucket.includes(cluster)) bucket.push(cluster);
    }
  }
  return clusters;
}

/** Sort of event × each month its date touches (a year-wide date touches twelve). */
function keysOf(c: CandidateEvent): string[] {
  const family = kindFamily(c.kind);
  const keys: string[] = [];
  let [year, month] = [Number(c.date.start.slice(0, 4)), Number(c.date.start.slice(5, 7))];
  const [lastYear, lastMonth] = [Number(c.date.end.slice(0, 4)), Number(c.date.end.slice(5, 7))];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    keys.push(`${family}:${year}-${month}`);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return keys;
}

/** How well a report fits a cluster, or undefined when it cannot be the same event. */
function matchScore(cluster: EventCluster, c: CandidateEvent, within: (place: string) => string | undefined, isPerson: (id: string) => boolean): number | undefined {
  const first = cluster.members[0]!;
  if (kindFamily(first.kind) !== kindFamily(c.kind)) return undefined;
  if (c.kind === 'other' && first.noun !== c.noun) return undefined;
  if (!cluster.members.some((m) => m.date.start <= c.date.end && c.date.start <= m.date.end)) return undefined;

  const people = new Set(cluster.members.flatMap((m) => m.participants));
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
