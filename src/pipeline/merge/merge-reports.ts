import { dayNumber } from '../dates/calendar.ts';
import { sameCountry, samePlace } from '../entities/place-chain.ts';
import { type CandidateEvent, evidenceText } from '../events/candidate.ts';
import { kindFamily } from '../events/kinds.ts';
import { compareStrings } from '../order.ts';
import { addMember, type EventCluster, type Indexed, isSharp, newEntry, type Probe, probeOf, type World } from './cluster-index.ts';
import { RESCHEDULED } from './lifecycle-words.ts';
import { anotherTableThanTheSummit, besideTheSummit, summitGoesOn } from './side-meetings.ts';
import { heldTable, oneTable, partiesConflict, sameTable } from './tables.ts';
import { mayTie, pairOf, tied } from './ties.ts';


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
  const ordered = [...candidates].sort(inMergeOrder);
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
  // Reports that two events fit as well, and the events they stand as: no one joins those on their account.
  const undecided = new Set<CandidateEvent>();
  const standingApart = new Set<Indexed>();
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
    // A call known only by the names its sentence carries belongs to one call, or stays apart; so
    // does a report of one day naming no one, no country and no side ("Thursday's meeting at the
    // White House") that two events of that day fit as well: the older is no better a guess than
    // the other. (A span that two events fit, its first day and its last, is what joins them.)
    const nameless = probe.people.length === 0 && probe.countries.length === 0 && probe.sides.length === 0 && candidate.date.start === candidate.date.end;
    if (!(best?.score === FACELESS_CALL || nameless) || ties === 0) return best?.entry;
    undecided.add(candidate);
    return undefined;
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
  // Reports that name no one (a call "with the French president", "Thursday's meeting at the
  // White House") are placed after those that do: which event of their day they belong to, if
  // any, can be told only once every event of that day is there, whatever the articles' order.
  const nameless = ordered.filter((c) => namesNoOne(probeOf(c, world)));
  const waiting = new Set(nameless);
  const named = nameless.length === 0 ? ordered : ordered.filter((c) => !waiting.has(c));
  for (const candidate of [...named, ...nameless]) {
    let entry = bestFor(candidate);
    if (!entry) {
      entry = newEntry(entries.length);
      entries.push(entry);
      if (undecided.has(candidate)) standingApart.add(entry);
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
    if (!better || gone.has(better) || standingApart.has(better) || members.some((m) => bestFor(m, entry) !== better)) continue;
    gone.add(entry);
    for (const bucket of byDay.get(kindFamily(members[0]!.kind))?.values() ?? []) if (bucket.includes(entry)) bucket.splice(bucket.indexOf(entry), 1);
    for (const m of members) place(m, better);
  }
  // Clusters come in the order of their founders (merge-in-parts.ts puts families back together by it).
  const rank = new Map(ordered.map((c, i) => [c, i]));
  const founded = entries.filter((e) => !gone.has(e)).map((e) => e.cluster);
  return nameless.length === 0 ? founded : founded.sort((a, b) => rank.get(a.members[0]!)! - rank.get(b.members[0]!)!);
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
 * How well a report fits a cluster its date fits, or undefined when it cannot be the same event.
 * Every score needs a tie of ties.ts to hold (mayTie turns down, unread, the clusters with none).
 */
function matchScore(entry: Indexed, probe: Probe, fit: DateFit, world: World): number | undefined {
  const { within, sideOf, onMap } = world;
  const { report: c, family, people: ourPeople } = probe;
  const first = entry.cluster.members[0]!;
  if (kindFamily(first.kind) !== family) return undefined;
  if (c.kind === 'other' && first.noun !== c.noun) return undefined;
  const pair = pairOf(entry, probe, world);
  const { shared, sharedPeople, sameDay } = pair;
  if (c.kind === 'call' || c.kind === 'statement') {
    // A call or a statement is defined by who spoke: Trump–Putin is not Trump–Zelenskyy.
    const theirs = entry.speakers;
    if (ourPeople.length > 0 && theirs.length > 0) {
      const subset = ourPeople.every((p) => theirs.includes(p)) || theirs.every((p) => ourPeople.includes(p));
      if (!subset || lostForAnother(ourPeople, probe.mentions, theirs, entry.mentions, world.isPerson)) return undefined;
    } else if (c.kind === 'statement') return undefined;
    // "The leaders of Russia and the US spoke" is the call its article names Putin and Trump for.
    else if (fit === 'overlap' && sameDay && tied(pair, 'article')) return 1;
    // A report that lost its people ("Trump said he had a 'very good call' with Putin on
    // Monday") joins the call whose speakers its sentence all names, or whose speakers speak for
    // every country it names ("Saturday's call with the French president, officials in Kyiv
    // said"), and only when no other call ties as well (bestFor): the same sentence may name the
    // speakers of two calls. Met first, it waits alone for the second pass rather than take in the calls that come.
    else if (ourPeople.length > 0 || theirs.length > 0) {
      return fit === 'overlap' && sameDay && ourPeople.length === 0 && (tied(pair, 'speakers') || tied(pair, 'spokenFor')) ? FACELESS_CALL : undefined;
    }
  }
  if (partiesConflict(probe, entry, fit === 'overlap' ? 2 : 1) || (family === 'gathering' && (besideTheSummit(entry, c, world) || anotherTableThanTheSummit(entry, c, world)))) return undefined;
  const { places } = pair;
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
  const samePlaceNamed = tied(pair, 'place');
  // Countries are too loosely attached to rule out a gathering; people are not.
  if (family === 'gathering' && !samePlaceNamed && ourPeople.length > 0 && entry.persons.size > 0 && sharedPeople === 0) return undefined;
  // Days of talks are no small table of one day: "began two days of talks … with a meeting with Jaishankar" is the round with Doval.
  if (family === 'gathering' && c.date.start === c.date.end && otherGuestsOfOne(ourPeople, entry.persons, sideOf)) return undefined;
  // The next day, another day for a moved plan, or an undated report of the days before its
  // article, needs a firmer tie than the same day: two of the same people, or one of them in
  // the same place (Trump in Davos one day and in a report of the next day's talks elsewhere
  // is not one gathering; Ukrainian–US talks in Miami one day and Russian–US talks there the
  // next are two, however their sides are named: a country in common is a tie only at the same table).
  if (fit !== 'overlap') {
    const summit = family === 'gathering' && fit === 'adjacent' ? summitGoesOn(entry, c, world) : undefined;
    if (summit === 'apart') return undefined;
    const table = fit === 'adjacent' ? heldTable(entry, world) : entry;
    // A moved plan may have said only where it was going ("will travel to Washington for talks with
    // Lutnick"): the place the report gives, named in the plan's sentence, is the same place then.
    const goingThere = fit === 'moved' && c.place !== null && entry.mentions.has(c.place);
    // One person in common goes on the next day only with no one new on either side: a host
    // meeting one guest the day before a summit he opens with others is not that summit.
    const samePeople = fit !== 'adjacent' || ourPeople.every((p) => entry.persons.has(p)) || [...entry.persons].every((p) => ourPeople.includes(p));
    const firm = sharedPeople >= 2 || summit === 'same body' || ((samePlaceNamed || goingThere) && (sharedPeople > 0 ? samePeople : (shared > 0 || sameTable(probe, table, true)) && oneTable(probe, table)));
    return firm ? shared * 2 + (samePlaceNamed ? 2 : 0) - 1 : undefined;
  }
  // Overlapping dates alone do not make two reports one event: something else must tie them,
  // or a vague "early March" would swallow every March event of any article added later.
  const namesTie = tied(pair, 'names');
  // Names both sentences carry tie better still when one is the other's place.
  const placeMentioned = namesTie && ((c.place !== null && entry.mentions.has(c.place)) || places.some((p) => probe.mentions.includes(p)));
  const tableTie = tied(pair, 'table') || tied(pair, 'peopleForTheTable');
  if (shared === 0 && !samePlaceNamed && !namesTie && !tied(pair, 'whoAndWhere') && !tableTie && !tied(pair, 'anonymousDate')) return undefined;
  // A report naming no one ("The summit's declaration will be adopted on Monday") is about what its own article reports.
  const ownArticle = probe.anonymous && pair.sameArticle;
  return shared * 2 + (samePlaceNamed || placeMentioned || ownArticle ? 2 : 0) + (sameDay ? 1 : 0) + (namesTie ? 1 : 0) + (tableTie ? 1 : 0);
}

/**
 * Of a call's two reports, the one with fewer speakers lost one of them, and its sentences name
 * another person instead of the one it lacks: "Pezeshkian told Putin in a telephone conversation"
 * that kept only Putin is not Putin's call with Netanyahu of that day.
 */
function lostForAnother(ours: string[], ourMentions: Iterable<string>, theirs: string[], theirMentions: Iterable<string>, isPerson: World['isPerson']): boolean {
  if (ours.length === theirs.length) return false;
  const [fewer, named, more] = ours.length < theirs.length ? [ours, new Set(ourMentions), theirs] : [theirs, new Set(theirMentions), ours];
  const lacking = more.filter((p) => !fewer.includes(p));
  return !lacking.some((p) => named.has(p)) && [...named].some((p) => isPerson(p) && !more.includes(p));
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
