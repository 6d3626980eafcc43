import type { CandidateEvent } from '../events/candidate.ts';
import { compareStrings } from '../order.ts';
import { addMember, entryOf, type EventCluster, type Indexed, newEntry, type Probe, probeOf, rebuildEntry, type World } from './cluster-index.ts';
import { type Match, matchOf } from './compatible.ts';
import { correctsADay, type DateFit, DayIndex } from './date-fit.ts';
import { happeningFamily, mergeGround } from './family.ts';
import { keysOfMember, keysToMeet, mayTie } from './ties.ts';

const PRECISION_RANK = { day: 0, span: 1, week: 2, month: 3, year: 4 } as const;

/**
 * Groups the reports of the same real-world event. A report meets the events its dates fit
 * (date-fit.ts: the same days, a gathering's next day, a moved plan, the days before an undated
 * report's article) and joins the one it fits best among those nothing keeps apart from it
 * (compatible.ts: the same sort, who spoke, the same table, place and people, something in
 * common). Reports are taken most precise first, so a vague "early March" joins the event that a
 * dated report already anchored; reports left alone are matched once more at the end.
 */
export function mergeReports(
  candidates: CandidateEvent[],
  within: (place: string) => string | undefined,
  isPerson: (id: string) => boolean,
  sideOf: (person: string) => string | undefined = () => undefined,
  onMap: (place: string) => boolean = () => true,
  seatOf: (place: string) => string | undefined = () => undefined,
): EventCluster[] {
  const ordered = [...candidates].sort(inMergeOrder);
  const world: World = { within, isPerson, sideOf, onMap, seatOf };
  // A report's probe depends on the report alone, and bestFor meets most reports twice or more.
  const probes = new Map(ordered.map((c) => [c, probeOf(c, world)]));
  // The keys of the only events a report may tie with (ties.ts), where they can be told: a vague report then meets those alone.
  const toMeet = new Map(ordered.map((c) => [c, keysToMeet(probes.get(c)!)]));
  // Only clusters of the same sort whose dates fit can match (date-fit.ts): a report meets a handful of clusters, not all.
  const index = new DayIndex();
  // Reports that two events fit as well, and the events they stand as: no one joins those on their account.
  const undecided = new Set<CandidateEvent>();
  const standingApart = new Set<Indexed>();
  /** Of the events a report's dates fit that `admits` lets it meet, the one it fits best (the oldest of equals), and how many others fit it as well. */
  const bestAmong = (fits: ReadonlyMap<Indexed, DateFit>, probe: Probe, admits: (entry: Indexed, fit: DateFit) => boolean): { best?: { entry: Indexed; match: Match }; ties: number } => {
    let best: { entry: Indexed; match: Match } | undefined;
    let ties = 0;
    for (const [entry, fit] of fits) {
      if (!admits(entry, fit) || !mayTie(entry, probe, world, fit)) continue;
      const match = matchOf(entry, probe, fit, world);
      if (match === undefined) continue;
      const { score } = match;
      if (best && score === best.match.score) ties += 1;
      else if (!best || score > best.match.score) ties = 0;
      if (!best || score > best.match.score || (score === best.match.score && entry.order < best.entry.order)) best = { entry, match };
    }
    return { best, ties };
  };
  const bestFor = (candidate: CandidateEvent, self?: Indexed): Indexed | undefined => {
    const probe = probes.get(candidate)!;
    const { best, ties } = bestAmong(index.fitsOf(candidate, toMeet.get(candidate)), probe, (entry) => entry !== self);
    // A call known only by the names its sentence carries belongs to one call, or stays apart; so
    // does a report of one day naming no one, no country and no side ("Thursday's meeting at the
    // White House") that two events of that day fit as well, and one of a week naming no one and
    // nowhere ("talks broke down last week") that two events of its week fit as well (ties.ts
    // inItsWeek): the older is no better a guess than the other. (A span that two events fit, its first day and its last, is what joins them.)
    const anonymousDay = probe.people.length === 0 && probe.countries.length === 0 && probe.sides.length === 0 && (candidate.date.start === candidate.date.end || (probe.anonymous && candidate.date.precision === 'week'));
    if (!(best?.match.facelessCall || anonymousDay) || ties === 0) return best?.entry;
    undecided.add(candidate);
    return undefined;
  };
  /** Of the events of a report's own days, the one fitting it strictly better than what `entry` is without it, when only one does. */
  const betterOnItsDays = (member: CandidateEvent, entry: Indexed): Indexed | undefined => {
    const probe = probes.get(member)!;
    const fits = index.fitsOf(member, toMeet.get(member));
    // Which of equals is best does not matter: a tie decides nothing.
    const { best, ties } = bestAmong(fits, probe, (other, fit) => other !== entry && fit === 'overlap');
    if (!best || ties > 0) return undefined;
    const rest = entryOf(entry.order, entry.cluster.members.filter((m) => m !== member), world);
    const stay = matchOf(rest, probe, fits.get(entry) ?? 'overlap', world)?.score;
    return stay === undefined || best.match.score > stay ? best.entry : undefined;
  };
  const join = (candidate: CandidateEvent, entry: Indexed): void => {
    addMember(entry, candidate, world);
    index.add(entry, candidate, keysOfMember(entry, candidate, world));
  };
  const entries: Indexed[] = [];
  // Reports that name no one (a call "with the French president", "Thursday's meeting at the
  // White House") are placed after those that do: which event of their day they belong to, if
  // any, can be told only once every event of that day is there, whatever the articles' order.
  const nameless = ordered.filter((c) => namesNoOne(probes.get(c)!));
  const waiting = new Set(nameless);
  const named = nameless.length === 0 ? ordered : ordered.filter((c) => !waiting.has(c));
  for (const candidate of [...named, ...nameless]) {
    let entry = bestFor(candidate);
    if (!entry) {
      entry = newEntry(entries.length);
      entries.push(entry);
      if (undecided.has(candidate)) standingApart.add(entry);
    }
    join(candidate, entry);
  }
  // A report naming no person, only its table ("the Russian premier's talks with his Chinese
  // counterpart"), met before a report of its day seated those countries at their event
  // (Mishustin–Li), took the one event of its day then sharing a side with it: whether it did
  // must not hang on what else was built beside it (nor, met first, that one joining it). Each
  // such report sharing its event with others is matched once more against the events of its days
  // as the others made them, and moves to one that fits it strictly better than the rest of its own.
  let founderMoved = false;
  for (const entry of entries) {
    if (entry.cluster.members.length < 2) continue;
    for (const member of [...entry.cluster.members]) {
      const probe = probes.get(member)!;
      if (probe.people.length > 0 || namesNoOne(probe) || entry.cluster.members.length < 2) continue;
      const better = betterOnItsDays(member, entry);
      if (!better) continue;
      founderMoved ||= entry.cluster.members[0] === member;
      const rest = entry.cluster.members.filter((m) => m !== member);
      rebuildEntry(entry, rest, world);
      index.remove(entry, mergeGround(member));
      for (const m of rest) index.add(entry, m, keysOfMember(entry, m, world));
      join(member, better);
    }
  }
  // A report met before the one that ties it to an event ("Umerov and Medinsky met on Friday",
  // then "talks in Istanbul on Thursday and Friday" joining the plan for Istanbul) stands alone:
  // each report left alone is matched once more against what the others became. So is a group of
  // reports of one day that met each other first ("ended on Friday", "which ended on Friday"),
  // when every one of them finds the same better event (the plan "from January 20 to 24").
  const dissolved = new Set<Indexed>();
  for (const entry of entries) {
    if (entry.spans.size !== 1) continue;
    const members = [...entry.cluster.members];
    const better = bestFor(members[0]!, entry);
    if (!better || dissolved.has(better) || standingApart.has(better) || members.some((m) => bestFor(m, entry) !== better)) continue;
    dissolved.add(entry);
    index.remove(entry, mergeGround(members[0]!));
    for (const m of members) join(m, better);
  }
  // A correction ("A report … said it took place on Monday. The ministers met on Tuesday, November 24")
  // names a day a report got wrong: the event that report made on that day is the one its article
  // gives the right day of, and chooseDate (summarise.ts) leaves the wrong day out.
  for (const entry of entries) {
    const retraction = dissolved.has(entry) ? undefined : entry.cluster.members.find(correctsADay);
    if (!retraction) continue;
    const family = happeningFamily(retraction);
    const corrected = entries.find((e) => e !== entry && !dissolved.has(e) && e.cluster.members.some((m) => m.article === retraction.article && !correctsADay(m) && happeningFamily(m) === family && mergeGround(m) === mergeGround(retraction)));
    if (!corrected) continue;
    dissolved.add(entry);
    index.remove(entry, mergeGround(retraction));
    for (const m of entry.cluster.members) join(m, corrected);
  }
  // Clusters come in the order of their founders (merge-in-parts.ts puts families back together by it).
  const rank = new Map(ordered.map((c, i) => [c, i]));
  const founded = entries.filter((e) => !dissolved.has(e)).map((e) => e.cluster);
  return nameless.length === 0 && !founderMoved ? founded : founded.sort((a, b) => rank.get(a.members[0]!)! - rank.get(b.members[0]!)!);
}

/** A report that names no person, and no country either unless it is a call: the event it is about is a guess among those of its day. */
function namesNoOne({ report, people, countries, sides }: Probe): boolean {
  return people.length === 0 && (report.kind === 'call' || (countries.length === 0 && sides.length === 0 && report.date.start === report.date.end));
}

/**
 * The order reports are taken in (a stable sort: equal reports keep the order given). Each
 * cluster starts with the report that founded it, and clusters come in the order of their
 * founders: the clusters of reports merged in parts (by kind family) are put back in order by it.
 */
export function inMergeOrder(a: CandidateEvent, b: CandidateEvent): number {
  return (
    Number(a.datedByPublication) - Number(b.datedByPublication) ||
    PRECISION_RANK[a.date.precision] - PRECISION_RANK[b.date.precision] ||
    compareStrings(a.published, b.published) ||
    compareStrings(a.article, b.article) ||
    (a.evidence[0]?.sentence ?? 0) - (b.evidence[0]?.sentence ?? 0) ||
    // One sentence may report two happenings ("said on Monday that … would meet on Wednesday"):
    // the order reports arrive in must not decide which is met first.
    (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0) ||
    compareStrings(a.status, b.status) ||
    compareStrings(a.kind, b.kind) ||
    compareStrings(a.date.value, b.date.value)
  );
}
