import { applyFixes, applyStructural, addedEvents, unusedCorrectionWarnings, type TrackedCluster } from './corrections/apply.ts';
import type { Correction } from './corrections/corrections-file.ts';
import type { Entity } from './entities/gazetteer.ts';
import { entityEntries } from './entities/entries.ts';
import { placeChain } from './entities/place-chain.ts';
import { unifyEntities } from './entities/unify.ts';
import type { CandidateEvent, UndatedCandidate } from './events/candidate.ts';
import { type ArticleExtraction, extractArticle, extractionContext } from './events/article-extraction.ts';
import { markStaysAcross } from './events/trip-stay.ts';
import { keepPublishedIds } from './ids/published-ids.ts';
import { keepPeopleArticleNames, surnameReader } from './merge/article-people.ts';
import { leadSentences } from './merge/cited-evidence.ts';
import { reportDay } from './merge/lifecycle.ts';
import { mergePart } from './merge/family.ts';
import type { EventCluster, World } from './merge/cluster-index.ts';
import {
  canonicalReport,
  type FamilyDescribed,
  type FamilyMerge,
  type FamilyMerged,
  type FamilyReplies,
  type HereToDescribe,
  inFounderOrder,
  largestFamily,
  mergeAndAttach,
  mergeWorld,
  otherIsFree,
  type SentDescription,
  sharedCount,
  takeNext,
} from './merge-in-parts.ts';
import type { ContentExtras } from './read-content.ts';
import type { Article, ArticleReport, Redirect, Sentence, Timeline, TimelineEvent, UndatedMention, Warning } from './types.ts';
import { compareChronologically, compareStrings } from './order.ts';
import { describeEvent, type Described, type Finished, identify, received, toTimelineEvent } from './describe-event.ts';
import { EvidenceAhead } from './evidence-ahead.ts';
import { threadStages } from './stage-clock.ts';

/**
 * The whole pipeline: articles → sentences → candidate events → merged, corrected,
 * identified timeline. Pure: the same content gives the same timeline, byte for byte.
 */
export function buildTimeline(articles: Article[], extras: ContentExtras): Timeline {
  const ordered = inIdOrder(articles);
  const context = extractionContext(extras.gazetteer);
  return assembleTimeline(ordered, extras, ordered.map((article) => extractArticle(article, context)));
}

/** Articles in the order the pipeline reads them, so nothing depends on the order given. */
export function inIdOrder(articles: Article[]): Article[] {
  return [...articles].sort((a, b) => compareStrings(a.id, b.id));
}

/**
 * Merges one family of reports on another thread (see merge-in-parts.ts), which tells its
 * clusters, then the descriptions of those it took, and describes some of this thread's when
 * asked; or undefined to do all here.
 */
export type MergeElsewhere = ((request: FamilyMerge) => FamilyReplies) | undefined;

/**
 * Everything after each article has been read on its own: merging, corrections, ids.
 * `extracted[i]` is what `ordered[i]` yields (see extractArticle), however it was computed.
 */
export function assembleTimeline(ordered: Article[], extras: ContentExtras, extracted: ArticleExtraction[]): Timeline {
  const step = assembling(ordered, extras, extracted, undefined).next();
  if (!step.done) throw new Error('assembleTimeline: merging was handed to another thread without one');
  return step.value;
}

/**
 * assembleTimeline with the largest family of reports merged by `elsewhere` while this thread
 * merges and describes the rest, then described by both: the same timeline, byte for byte.
 */
export async function assembleTimelineWith(ordered: Article[], extras: ContentExtras, extracted: ArticleExtraction[], elsewhere: MergeElsewhere): Promise<Timeline> {
  const steps = assembling(ordered, extras, extracted, elsewhere);
  for (let step = steps.next(); ; ) {
    if (step.done) return step.value;
    const value = await step.value;
    threadStages.lap('waiting for the helper');
    step = steps.next(value);
  }
}

/**
 * The assembly, in stages that hand their results on: the articles' reports gathered, the largest
 * family sent away, the rest merged here, the editors' corrections applied, the timeline made.
 * It yields only to wait for the other thread: its clusters, then its descriptions.
 */
function* assembling(ordered: Article[], extras: ContentExtras, extracted: ArticleExtraction[], elsewhere: MergeElsewhere): Generator<Promise<unknown>, Timeline, unknown> {
  const gathered = gatherReports(ordered, extras, extracted);
  threadStages.lap('gathering');
  // The family merged elsewhere is sent first, its names joined, and the other thread starts
  // on it while this one joins the names of the rest, then merges and describes them.
  const away = sendAwayFamily(gathered, elsewhere);
  for (const candidate of gathered.candidates) if (away.mergedHere(candidate)) canonicalReport(candidate, gathered.canonical);
  threadStages.lap('sending the family');
  const warnings: Warning[] = extracted.flatMap(({ found }) => found.warnings);
  const descriptions = new Descriptions(gathered);
  const ahead = new EvidenceAhead(gathered.byId, gathered.entities);
  const { machine, left } = yield* mergeClusters(gathered, away, descriptions, ahead);
  const undated = undatedMentions(gathered, left);
  const corrected = applyCorrections(machine, extras, gathered.byId, descriptions, warnings);
  const timeline = publish(gathered, descriptions.finish(corrected), undated, extras.publishedIds, warnings, ahead);
  threadStages.lap('finishing');
  return timeline;
}

/** What the articles read on their own give the stages after: joined names, reports, and the site's present. */
interface Gathered {
  ordered: Article[];
  entities: Map<string, Entity>;
  sides: Map<string, string>;
  canonical: (id: string) => string;
  world: World;
  byId: Map<string, { article: Article; sentences: Sentence[] }>;
  phrases: Map<object, string>;
  candidates: CandidateEvent[];
  undatedFound: UndatedCandidate[];
  publishedOf: (article: string) => string;
  now: string;
}

function gatherReports(ordered: Article[], extras: ContentExtras, extracted: ArticleExtraction[]): Gathered {
  // Names the gazetteer lacks, joined across articles (one person however spelt); ids follow.
  const unified = unifyEntities(extras.gazetteer.entities, ordered.map((article, i) => ({ published: article.published, entities: extracted[i]!.entities, affiliations: extracted[i]!.affiliations })));
  const { byId: entities, sides, canonical } = unified;
  const byId = new Map<string, { article: Article; sentences: Sentence[] }>();
  const phrases = new Map<object, string>();
  const undatedFound: UndatedCandidate[] = [];
  const candidates = extracted.flatMap(({ found }) => found.candidates);
  for (const { found } of extracted) for (const [candidate, phrase] of found.phrases) phrases.set(candidate, phrase);
  const joined = (ids: string[]): string[] => [...new Set(ids.map(canonical))];
  const world = mergeWorld(entities, sides);
  // A nameless report keeps the people its article names (article-people.ts), of every person a report names.
  const namesIn = surnameReader(new Set(candidates.flatMap((c) => c.participants.map(canonical)).filter(world.isPerson)));
  ordered.forEach((article, i) => {
    byId.set(article.id, { article, sentences: extracted[i]!.sentences });
    keepPeopleArticleNames(extracted[i]!.found.candidates, article.body, namesIn);
    for (const u of extracted[i]!.found.undated) {
      undatedFound.push({ ...u, participants: joined(u.participants), place: u.place === null ? null : canonical(u.place), ...(u.mentions ? { mentions: joined(u.mentions) } : {}) });
    }
  });
  // A journey its article left a journey may be the gathering another article tells (trip-stay.ts): families are read after.
  markStaysAcross(candidates, canonical, world.within);
  const publishedOf = (id: string): string => byId.get(id)!.article.published;
  // The site's present is its latest article, never the clock: the same content, the same pages.
  const now = ordered.map((a) => reportDay(a)).reduce((a, b) => (compareStrings(a, b) < 0 ? b : a), '');
  return { ordered, entities, sides, canonical, world, byId, phrases, candidates, undatedFound, publishedOf, now };
}

/** The family of reports another thread merges, and what it will tell of them; none without `elsewhere`. */
interface Away {
  mergedHere: (report: CandidateEvent | UndatedCandidate) => boolean;
  reports: CandidateEvent[];
  undated: UndatedCandidate[];
  /** The next cluster of the family neither thread has described yet, and of this thread's; whether the other thread is free to describe this one's. */
  next: Int32Array;
  nextHere: Int32Array;
  free: Int32Array;
  theirs: FamilyReplies | undefined;
}

/** Sends the largest family, its names joined, to the other thread. Each side attaches its undated reports before describing, so no event is described twice. */
function sendAwayFamily(g: Gathered, elsewhere: MergeElsewhere): Away {
  const awayFamily = elsewhere ? largestFamily(g.candidates) : undefined;
  const mergedHere = (report: CandidateEvent | UndatedCandidate): boolean => mergePart(report) !== awayFamily;
  const reports = g.candidates.filter((c) => !mergedHere(c));
  const undated = g.undatedFound.filter((u) => !mergedHere(u));
  for (const candidate of reports) canonicalReport(candidate, g.canonical);
  const [next, nextHere, free] = [sharedCount(), sharedCount(), sharedCount()];
  const theirs =
    awayFamily === undefined
      ? undefined
      : elsewhere!({
          family: awayFamily,
          reports,
          phrases: reports.map((c) => g.phrases.get(c)),
          undated,
          published: undated.map((u) => g.publishedOf(u.article)),
          entities: [...g.entities.values()],
          sides: [...g.sides],
          now: g.now,
          next,
          nextHere,
          free,
        });
  return { mergedHere, reports, undated, next, nextHere, free, theirs };
}

/**
 * Ids are taken three times (before the corrections, after those that restructure, after all).
 * An event whose reports and fixes have not changed in between keeps its description instead of
 * being summarised again; where the corrections changed nothing, the descriptions are the same
 * and so are the ids.
 */
class Descriptions {
  private readonly gathered: Gathered;
  private readonly depth: (place: string) => number;
  private readonly described = new WeakMap<TrackedCluster, { members: CandidateEvent[]; fixes: string; manual: TrackedCluster['manual']; result: Described }>();
  private identified: { items: Described[]; finished: Finished[] } | undefined;

  constructor(gathered: Gathered) {
    this.gathered = gathered;
    this.depth = placeDepth(gathered.world);
  }

  /** What this thread has described of a cluster so far, checked or not. */
  madeOf(tracked: TrackedCluster): Described | undefined {
    return this.described.get(tracked)?.result;
  }

  keep(result: Described): Described {
    const { tracked } = result;
    this.described.set(tracked, { members: [...tracked.cluster.members], fixes: JSON.stringify(tracked.fixes), manual: tracked.manual, result });
    return result;
  }

  once(tracked: TrackedCluster): Described {
    const known = this.described.get(tracked);
    if (known && known.fixes === JSON.stringify(tracked.fixes) && known.manual === tracked.manual && sameItems(known.members, tracked.cluster.members)) return known.result;
    const { entities, phrases, sides, now } = this.gathered;
    return this.keep(describeEvent(tracked, this.depth, entities, phrases, sides, now));
  }

  finish(list: TrackedCluster[]): Finished[] {
    const items = list.map((tracked) => this.once(tracked));
    if (!this.identified || !sameItems(this.identified.items, items)) this.identified = { items, finished: identify(items) };
    return this.identified.finished;
  }

  /** Each event keeps the ids it had on the way: they become its aliases. */
  readonly remember = (clusters: TrackedCluster[]): void => {
    for (const f of this.finish(clusters)) f.tracked.knownAs.add(f.id);
  };
}

function track(cluster: EventCluster): TrackedCluster {
  return { cluster, knownAs: new Set<string>(), fixes: {} };
}

/** How many places a place lies within: a summary names the most precise place its reports agree on. */
function placeDepth(world: World): (place: string) => number {
  return (place) => placeChain(place, world.within).length - 1;
}

/**
 * The machine's events, in founder order, and the undated reports no event took. This thread
 * merges the rest and describes what it found while the family is merged elsewhere; descriptions
 * are kept, from there as from here, so the corrections' stage finds them done.
 */
function* mergeClusters(g: Gathered, away: Away, descriptions: Descriptions, ahead: EvidenceAhead): Generator<Promise<unknown>, { machine: TrackedCluster[]; left: Set<UndatedCandidate> }, unknown> {
  const rest = mergeAndAttach(g.candidates.filter(away.mergedHere), g.undatedFound.filter(away.mergedHere), g.publishedOf, g.world);
  const here = rest.clusters.map(track);
  const left = new Set(rest.left);
  threadStages.lap('merging');
  const { theirs } = away;
  if (!theirs) return { machine: here, left };
  // This thread's clusters not yet taken go to the other thread once it is free: both describe them then.
  let handed: { reports: CandidateEvent[]; described: Promise<FamilyDescribed> } | undefined;
  for (let i = takeNext(away.nextHere); i < here.length; i = takeNext(away.nextHere)) {
    descriptions.once(here[i]!);
    if (!handed && i + 1 < here.length && otherIsFree(away)) handed = handOver(here, i + 1, g.phrases, theirs);
  }
  threadStages.lap('describing');
  // Most often the other thread is still merging: this one works out what it can of finishing meanwhile.
  ahead.workOut(
    here.flatMap((tracked) => descriptions.madeOf(tracked) ?? []),
    here.map((tracked) => tracked.cluster.members),
    away.reports,
  );
  threadStages.lap('evidence ahead');
  const merged = (yield theirs.merged) as FamilyMerged;
  const reports = [...away.reports, ...merged.attached];
  const there = merged.clusters.map((members) => track({ members: members.map((i) => reports[i]!) }));
  for (let i = takeNext(away.next); i < there.length; i = takeNext(away.next)) descriptions.once(there[i]!);
  threadStages.lap('describing');
  for (const [i, description] of (yield theirs.described) as FamilyDescribed) descriptions.keep(received(there[i]!, description, reports));
  threadStages.lap('describing');
  if (handed) for (const [i, description] of (yield handed.described) as FamilyDescribed) descriptions.keep(received(here[i]!, description, handed.reports));
  for (const i of merged.left) left.add(away.undated[i]!);
  return { machine: inFounderOrder(here, there, new Map(g.candidates.map((c, i) => [c, i]))), left };
}

/** Sends this thread's clusters from `from` on to the other thread, which describes those it takes before this one does. */
function handOver(here: TrackedCluster[], from: number, phrases: Map<object, string>, theirs: FamilyReplies): { reports: CandidateEvent[]; described: Promise<FamilyDescribed> } {
  const reports: CandidateEvent[] = [];
  const clusters = here.slice(from).map((tracked) => tracked.cluster.members.map((m) => reports.push(m) - 1));
  return { reports, described: theirs.describeHere({ from, reports, phrases: reports.map((r) => phrases.get(r)), clusters }) };
}

/** What stays undated is listed on its article's page; what speaks of an event is its evidence. */
function undatedMentions(g: Gathered, left: Set<UndatedCandidate>): UndatedMention[] {
  const ref = (id: string) => ({ id, name: g.entities.get(id)?.name ?? id });
  return g.undatedFound
    .filter((u) => left.has(u))
    .map((u) => {
      const { sentence, text, start, end } = u.evidence;
      return { article: u.article, kind: u.kind, status: u.status, participants: u.participants.map(ref), place: u.place ? ref(u.place) : null, quote: { text, start, end, sentence } };
    });
}

/** The editors' corrections over the machine's events: first those that restructure, then the fixes and added events. */
function applyCorrections(machine: TrackedCluster[], extras: ContentExtras, byId: Gathered['byId'], descriptions: Descriptions, warnings: Warning[]): TrackedCluster[] {
  const used = new Set<Correction>();
  descriptions.remember(machine);
  const restructured = applyStructural(machine, extras.corrections, used, descriptions.remember);
  descriptions.remember(restructured);
  const corrected = applyFixes([...restructured, ...addedEvents(extras.corrections, byId, used, warnings)], extras.corrections, used);
  warnings.push(...unusedCorrectionWarnings(extras.corrections, used));
  return corrected;
}

/** The timeline the site and the exports read: events in chronological order, their redirects, and each article's report. */
function publish(g: Gathered, finished: Finished[], undated: UndatedMention[], publishedIds: ContentExtras['publishedIds'], warnings: Warning[], ahead: EvidenceAhead): Timeline {
  const final = finished.filter((f) => f.tracked.cluster.members.length > 0 || f.tracked.manual);
  const leading = leadSentences(final.map((f) => f.tracked.cluster.members), g.entities);
  const events = final.map((f) => toTimelineEvent(f, g.byId, g.entities, leading, ahead.of(f, leading))).sort(compareChronologically);
  const taken = new Set(events.map((e) => e.id));
  for (const e of events) e.aliases = e.aliases.filter((alias) => !taken.has(alias));
  keepPublishedIds(events, publishedIds);
  const redirects: Redirect[] = events.flatMap((e) => e.aliases.map((from) => ({ from, to: e.id })));
  for (const e of events.filter((x) => x.datedByPublication)) {
    warnings.push({ code: 'undated-report', file: e.sources[0]?.article, message: `${e.id}: no date in the text; dated by its article's publication date (${e.date.start}).` });
  }
  const byArticle = groupBy(events, (e) => e.sources.map((s) => s.article));
  return {
    events,
    undated,
    articles: g.ordered.map((article) => articleReport(article, g.byId.get(article.id)!.sentences, byArticle.get(article.id) ?? [])),
    entities: entityEntries(g.entities, events),
    redirects,
    warnings,
  };
}

/**
 * On the thread given a family of reports (merge-in-parts.ts): its clusters, each member a
 * position among the reports sent or among those attached; then `describeNext` describes the
 * next cluster neither thread has taken, as assembly there would, until none is left; and
 * `describeHereNext`, given the other thread's clusters, the next of those neither has taken.
 */
export function mergeFamily(request: FamilyMerge): {
  merged: FamilyMerged;
  describeNext: () => FamilyDescribed[number] | undefined;
  describeHereNext: (here: HereToDescribe) => () => FamilyDescribed[number] | undefined;
} {
  const entities = new Map(request.entities.map((e) => [e.id, e]));
  const sides = new Map(request.sides);
  const world = mergeWorld(entities, sides);
  const phrases = new Map<object, string>();
  request.reports.forEach((c, i) => request.phrases[i] !== undefined && phrases.set(c, request.phrases[i]!));
  const published = new Map(request.undated.map((u, i) => [u.article, request.published[i]!]));
  const { clusters, left } = mergeAndAttach(request.reports, request.undated, (article) => published.get(article)!, world);
  const position = new Map(request.reports.map((c, i) => [c, i]));
  const attached: CandidateEvent[] = [];
  for (const m of clusters.flatMap((cluster) => cluster.members)) {
    if (!position.has(m)) position.set(m, request.reports.length + attached.push(m) - 1);
  }
  const at = (members: CandidateEvent[]): number[] => members.map((m) => position.get(m)!);
  const depth = placeDepth(world);
  const undatedAt = new Map(request.undated.map((u, i) => [u, i]));
  const describeSent = (cluster: EventCluster, at: (members: CandidateEvent[]) => number[]): SentDescription => {
    const { tracked: _tracked, draft, ranked, ...rest } = describeEvent(track(cluster), depth, entities, phrases, sides, request.now);
    const { members, ...fields } = draft;
    return { ...rest, draft: fields, drafted: at(members), ranked: at(ranked) };
  };
  return {
    merged: { clusters: clusters.map((cluster) => at(cluster.members)), attached, left: left.map((u) => undatedAt.get(u)!) },
    describeNext: () => {
      const i = takeNext(request.next);
      return i < clusters.length ? [i, describeSent(clusters[i]!, at)] : undefined;
    },
    describeHereNext: (here) => {
      here.reports.forEach((c, i) => here.phrases[i] !== undefined && phrases.set(c, here.phrases[i]!));
      const sentAt = new Map(here.reports.map((c, i) => [c, i]));
      const atHere = (members: CandidateEvent[]): number[] => members.map((m) => sentAt.get(m)!);
      return () => {
        const i = takeNext(request.nextHere);
        return i - here.from < here.clusters.length ? [i, describeSent({ members: here.clusters[i - here.from]!.map((p) => here.reports[p]!) }, atHere)] : undefined;
      };
    },
  };
}

function articleReport(article: Article, sentences: Sentence[], cited: TimelineEvent[]): ArticleReport {
  const { file: _file, ...meta } = article;
  const citations: Record<number, string[]> = {};
  for (const event of cited) {
    for (const quote of event.sources.find((s) => s.article === article.id)!.quotes) (citations[quote.sentence] ??= []).push(event.id);
  }
  return { ...meta, sentences, citations, events: cited.map((e) => e.id) };
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** Groups items under every key they carry, keeping their order: one pass instead of a search per key. */
function groupBy<T>(items: T[], keys: (item: T) => Iterable<string>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
