/**
 * Merging split by kind family (family.ts mergePart: what is of family `other` goes with the
 * gatherings, as an act told without its place meets the one told with it), so that another thread can merge one family while this one
 * merges and describes the rest: reports of different parts never meet (mergeReports, attachUndated), and
 * clusters come in the order of the report that founded each (inMergeOrder), so the parts put
 * back in that order are the clusters of the whole, byte for byte (merge-in-parts.test.ts and
 * parallel.test.ts check it). The other thread runs timeline.ts's mergeFamily, tells the
 * family's clusters, then both threads describe them, each taking the next not yet taken
 * (`next`): merging the largest family takes longer than all the rest, and which thread finishes
 * its merging first cannot be known beforehand. For the same reason the other thread, once it
 * has no cluster of its family left, takes this thread's too (HereToDescribe).
 */
import type { Entity } from './entities/gazetteer.ts';
import { placeWithin, stateOfPlace } from './entities/places.ts';
import { canonicalise } from './entities/unify.ts';
import type { CandidateEvent, UndatedCandidate } from './events/candidate.ts';
import { attachUndated } from './merge/attach-undated.ts';
import { mergePart } from './merge/family.ts';
import type { EventCluster, World } from './merge/cluster-index.ts';
import { inMergeOrder, mergeReports } from './merge/merge-reports.ts';
import type { Described } from './describe-event.ts';
import type { EventDraft } from './merge/summarise.ts';
import { threadStages } from './stage-clock.ts';

/** What another thread needs to merge and describe one family of reports as this one would. */
export interface FamilyMerge {
  family: string;
  /** The family's reports, their names joined (unifyEntities), in the order assembly holds them. */
  reports: CandidateEvent[];
  /** Each report's phrase for headlines, if it has one. */
  phrases: (string | undefined)[];
  /** The family's undated reports, names joined, in assembly's order, and the publication of each one's article. */
  undated: UndatedCandidate[];
  published: string[];
  entities: Entity[];
  sides: [string, string][];
  /** The site's present (its latest article's day): what became of an event is told as of it. */
  now: string;
  /** The count of the family's clusters taken for describing, shared by both threads (takeNext). */
  next: Int32Array;
  /** The count of this thread's own clusters taken for describing: the other thread takes some once its family's are done (HereToDescribe). */
  nextHere: Int32Array;
  /** Set by the other thread once no cluster of its family is left to describe: it is free to describe this thread's (markFree). */
  free: Int32Array;
}

/**
 * This thread's clusters from `from` on, as their members (positions among `reports`), sent to
 * the other thread when it is free before they are all described: it describes those it takes
 * (FamilyMerge's `nextHere`) as this thread describes the rest, so neither waits while the other
 * describes alone. Merging one family may take longer than merging and describing the others, or less.
 */
export interface HereToDescribe {
  from: number;
  reports: CandidateEvent[];
  phrases: (string | undefined)[];
  clusters: number[][];
}

/** An event's description as sent back, its reports given as positions among those sent. */
export type SentDescription = Omit<Described, 'tracked' | 'draft' | 'ranked'> & { draft: Omit<EventDraft, 'members'>; drafted: number[]; ranked: number[] };

/**
 * The family's clusters in their founders' order, as their members: a report is a position
 * among those sent, then among `attached` (undated reports made evidence of an event there);
 * `left` are the positions of the undated reports no event took.
 */
export interface FamilyMerged {
  clusters: number[][];
  attached: CandidateEvent[];
  left: number[];
}

/** The descriptions of the clusters the other thread took, by their position among FamilyMerged's clusters (or among this thread's, for HereToDescribe). */
export type FamilyDescribed = [cluster: number, description: SentDescription][];

/** What the other thread answers a FamilyMerge with: its family's clusters, then the descriptions it made; and, given some of this thread's clusters, the descriptions of those it took. */
export interface FamilyReplies {
  merged: Promise<FamilyMerged>;
  described: Promise<FamilyDescribed>;
  describeHere: (here: HereToDescribe) => Promise<FamilyDescribed>;
}

/** Tells this thread that the other has described every cluster of its family it could take. */
export function markFree(request: FamilyMerge): void {
  Atomics.store(request.free, 0, 1);
}

/** Whether the other thread has described its family's clusters and could describe some of this one's. */
export function otherIsFree(request: Pick<FamilyMerge, 'free'>): boolean {
  return Atomics.load(request.free, 0) === 1;
}

/** A new count for FamilyMerge's `next`, in memory both threads share. */
export function sharedCount(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
}

/** The next cluster to describe, whichever thread asks: each is taken once. */
export function takeNext(next: Int32Array): number {
  return Atomics.add(next, 0, 1);
}

/** What merging asks of the entities, from the joined entities and the sides people speak for. */
export function mergeWorld(entities: Map<string, Entity>, sides: Map<string, string>): World {
  const within = (place: string): string | undefined => placeWithin(entities.get(place));
  return {
    within,
    isPerson: (id) => entities.get(id)?.type === 'person',
    sideOf: (person) => sides.get(person),
    onMap: (place) => entities.get(place)?.type !== 'place' || within(place) !== undefined,
    // The country a gazetteer's capital stands for (any country it lists, GeoNames' or its own), or the one GeoNames gives a town the capital of.
    seatOf: (place) => {
      const entity = entities.get(place);
      return entity?.type === 'place' ? (entity.standsFor ?? stateOfPlace(entity)?.id) : undefined;
    },
  };
}

/**
 * A part's events, ready to describe: its reports merged, then its undated reports made
 * evidence of the events they speak of. attachUndated ties a report only to an event of its
 * own family, so each part attaches its own, and an event is described once, whole.
 */
export function mergeAndAttach(reports: CandidateEvent[], undated: UndatedCandidate[], publishedOf: (article: string) => string, world: World): { clusters: EventCluster[]; left: UndatedCandidate[] } {
  const clusters = mergeReports(reports, world.within, world.isPerson, world.sideOf, world.onMap, world.seatOf);
  threadStages.lap('merging');
  const left = attachUndated(clusters, undated, publishedOf, world.isPerson, world.sideOf, world.within);
  threadStages.lap('attaching undated');
  return { clusters, left };
}

/** Puts a report's ids, mentions included, into their joined form. */
export function canonicalReport(candidate: CandidateEvent, canonical: (id: string) => string): void {
  canonicalise(candidate, canonical);
  if (candidate.mentions) candidate.mentions = [...new Set(candidate.mentions.map(canonical))];
}

/** The family with the most reports: the part worth giving another thread. */
export function largestFamily(candidates: CandidateEvent[]): string | undefined {
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(mergePart(c), (counts.get(mergePart(c)) ?? 0) + 1);
  return [...counts].reduce<[string, number] | undefined>((best, entry) => (!best || entry[1] > best[1] ? entry : best), undefined)?.[0];
}

/** Two lists of clusters, each in its founders' order, as one list in that order; `position` breaks ties as the stable sort did. */
export function inFounderOrder<T extends { cluster: EventCluster }>(a: T[], b: T[], position: Map<CandidateEvent, number>): T[] {
  const founder = (t: T): CandidateEvent => t.cluster.members[0]!;
  const before = (x: T, y: T): boolean => (inMergeOrder(founder(x), founder(y)) || position.get(founder(x))! - position.get(founder(y))!) < 0;
  const out: T[] = [];
  let [i, j] = [0, 0];
  while (i < a.length && j < b.length) out.push(before(b[j]!, a[i]!) ? b[j++]! : a[i++]!);
  return [...out, ...a.slice(i), ...b.slice(j)];
}
