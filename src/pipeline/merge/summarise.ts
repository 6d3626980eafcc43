import { type CandidateEvent, evidenceText } from '../events/candidate.ts';
import { EVENT_KINDS } from '../events/kinds.ts';
import { arrivedLate } from '../events/trip-stay.ts';
import { isOccasion } from './family.ts';
import { correctsADay, countedDay } from './date-fit.ts';
import { DAYS_OF_A_VISIT, GOES_ON } from './lifecycle-words.ts';
import { onTheSidelines } from './side-meetings.ts';
import type { CalendarDate, Disagreement, EventKind, EventStatus, Tier } from '../types.ts';
import type { EventCluster } from './cluster-index.ts';
import { compareStrings } from '../order.ts';
import { overlaps, reportDay, within } from './lifecycle.ts';

/** What the reports of one event say together, before it gets an id and a headline. */
export interface EventDraft {
  kind: EventKind;
  noun?: string;
  status: EventStatus;
  tier: Tier;
  date: CalendarDate;
  datedByPublication: boolean;
  participants: string[];
  /** Who the report that anchors the event names: the event's id is made from them. */
  principals: string[];
  place: string | null;
  disagreements: Disagreement[];
  members: CandidateEvent[];
}

const PRECISION_RANK = { day: 0, span: 1, week: 2, month: 3, year: 4 } as const;
const SHAPING_QUALIFIERS = ['early', 'mid', 'late'];

/** Combines the reports of one event: the date most sources give, everyone named, every claim that differs. */
export function summarise(cluster: EventCluster, depth: (place: string) => number, isPerson: (id: string) => boolean): EventDraft {
  const members = [...cluster.members].sort(
    (a, b) => compareStrings(a.published, b.published) || compareStrings(a.article, b.article) || (a.evidence[0]?.sentence ?? 0) - (b.evidence[0]?.sentence ?? 0),
  );
  // "Putin met Modi … on the sidelines of the SCO summit" is a meeting, not the summit it names.
  // A visit or a trip is the occasion of the gathering held on it (family.ts): the gathering names the event.
  const happening = members.some((m) => !isOccasion(m)) ? members.filter((m) => !isOccasion(m)) : members;
  const kind = mostCommon(happening.map((m) => (m.kind === 'summit' && onTheSidelines(m) ? 'meeting' : m.kind)));
  const date = chooseDate(members);
  const latest = members.filter((m) => m.published.slice(0, 10) === members.at(-1)!.published.slice(0, 10));
  const status: EventStatus = latest.some((m) => m.status === 'occurred') ? 'occurred' : 'planned';
  const participants = unique(members.flatMap((m) => m.participants));
  // Where it was held, not where a plan that moved had set it: the places of the reports on its date, when they give one.
  const placed = members.filter((m) => m.place !== null);
  const onDate = placed.filter((m) => overlaps(m.date, date));
  const places = unique((onDate.length > 0 ? onDate : placed).map((m) => m.place!));
  // None told: the capital the body that did it sits in (doer-capital.ts), else the town a report's story was filed from, where it was done that day (dateline-place.ts).
  const place = places.sort((a, b) => depth(b) - depth(a))[0] ?? members.find((m) => m.doersCapital !== undefined)?.doersCapital ?? members.find((m) => m.filedFrom !== undefined)?.filedFrom ?? null;
  const noun = happening.find((m) => m.noun)?.noun;
  const namesPerson = (m: CandidateEvent) => m.named.some(isPerson);
  const stated = members.filter((m) => !m.datedByPublication);
  // People tell an event apart better than countries do, even from a report dated by its article.
  // The earliest report anchors it, so that later reports (the plan held) leave its id alone.
  const anchor =
    stated.find(namesPerson) ?? members.find(namesPerson) ?? stated.find((m) => m.named.length > 0) ?? members.find((m) => m.named.length > 0);
  return {
    kind,
    ...(noun ? { noun } : {}),
    status,
    tier: EVENT_KINDS[kind].tier,
    date,
    datedByPublication: members.every((m) => m.datedByPublication),
    participants,
    principals: principalsOf(anchor, members, isPerson),
    place,
    disagreements: disagreements(members),
    members,
  };
}

/**
 * Who the event's id names: the people the anchoring report names, but those its roles say
 * brokered it or only spoke of it; when it names no one, its countries and those its reports
 * name only as sides ("the delegations of Ukraine and the United States"), so an event of
 * sides alone is not a bare `<date>-talks`.
 */
function principalsOf(anchor: CandidateEvent | undefined, members: CandidateEvent[], isPerson: (id: string) => boolean): string[] {
  const aside = new Set([...(anchor?.roles?.mediators ?? []), ...(anchor?.roles?.mentioned ?? [])]);
  const all = anchor?.named ?? [];
  const taking = all.filter((id) => !aside.has(id));
  const named = taking.some(isPerson) ? taking : all;
  return named.some(isPerson) ? named : unique([...named, ...members.flatMap((m) => m.roles?.sides ?? [])]);
}

/**
 * The event's date: the one most sources give, a report that it happened counting double
 * (the plan's date is evidence, the occurrence's is the date), a month backing each day in it; of equally supported dates,
 * one that happened, then a day or span over a coarser date, then the latest report's (a
 * moved plan's new day), then the sharpest.
 * Days and spans that follow on from each other ("began on Tuesday", "ended on Wednesday",
 * a day inside a span, "the third day of talks" from its first) are one span, of the reports that
 * it happened when there are any, and when one of them tells of days going on (a span, a counted day,
 * "began", "ended"): two reports of "met" on following days dispute one day. A call is no span: its
 * two days are the two ends of its line. A day a correction says a report got wrong backs nothing.
 */
function chooseDate(members: CandidateEvent[]): CalendarDate {
  const stated = members.filter((m) => !m.datedByPublication);
  const told = stated.length > 0 ? stated : members;
  const retracted = new Set(told.filter(correctsADay).map((m) => m.date.value));
  const standing = told.filter((m) => !retracted.has(m.date.value));
  const pool = heldOnItsDay(standing.length > 0 ? standing : told);
  // A plan's day next to the day it happened is the plan slipping, not a longer event.
  const sharp = pool.filter(isSharp);
  const happened = sharp.filter((m) => m.status === 'occurred');
  const runOf = happened.length > 0 ? happened : sharp;
  const goesOn = runOf.some((m) => daysTold(m).precision === 'span' || GOES_ON.test(evidenceText(m)));
  const run = members[0]!.kind === 'call' || !goesOn ? undefined : contiguousSpan(runOf.map(daysTold));
  const planned = plannedSpan(sharp, happened);
  if (planned && (!run || within(run, planned))) return planned;
  if (run) return run;
  // A report supports its own date and every day inside it: "the July talks" back the report of July 28 (not "early July", itself a guess).
  const supportOf = new Map<string, number>();
  for (const { date } of pool) {
    if (supportOf.has(date.value)) continue;
    const backs = (other: CalendarDate) => other.value === date.value || (date.qualifier === undefined && isSharpDate(date) && !isSharpDate(other) && within(date, other));
    const byArticle = new Map<string, number>();
    for (const m of pool) if (backs(m.date)) byArticle.set(m.article, Math.max(byArticle.get(m.article) ?? 0, m.status === 'occurred' ? 2 : 1));
    supportOf.set(date.value, [...byArticle.values()].reduce((a, b) => a + b, 0));
  }
  const support = (m: CandidateEvent) => supportOf.get(m.date.value)!;
  const best = [...pool].sort(
    (a, b) =>
      support(b) - support(a) ||
      Number(b.status === 'occurred') - Number(a.status === 'occurred') ||
      Number(isSharp(b)) - Number(isSharp(a)) ||
      compareStrings(reportDay(b), reportDay(a)) ||
      PRECISION_RANK[a.date.precision] - PRECISION_RANK[b.date.precision],
  )[0]!.date;
  const qualifiers = pool.filter((m) => m.date.value === best.value).map((m) => m.date.qualifier).filter((q): q is string => q !== undefined);
  const qualifier = qualifiers.find((q) => SHAPING_QUALIFIERS.includes(q)) ?? qualifiers[0];
  const { qualifier: _drop, ...plain } = best;
  return qualifier ? { ...plain, qualifier } : plain;
}

/**
 * The reports a date is chosen from: a visit of days (an occasion) gives its span to the event
 * only when the gathering held on it is not told as one day. "Arrived in Tashkent on Tuesday on a
 * two-day official visit" and "on Wednesday held parleys" (or "today received his colleague") are
 * Wednesday's talks; a summit that "opened on Monday" on a three-day visit is not one day.
 */
function heldOnItsDay(pool: CandidateEvent[]): CandidateEvent[] {
  const occasions = pool.filter(isOccasion);
  if (occasions.length === 0 || occasions.length === pool.length) return pool;
  const held = pool.filter((m) => !isOccasion(m) && isSharp(m) && m.status === 'occurred');
  const oneDay = held.length > 0 && held.every((m) => daysTold(m).precision === 'day' && m.date.start === held[0]!.date.start && !GOES_ON.test(evidenceText(m).replace(DAYS_OF_A_VISIT, '')));
  if (oneDay) return pool.filter((m) => !isOccasion(m));
  // An arrival late in its day is the eve of what it came for, none of its days ("arrived on the evening of 21 November to attend the summit" of the 22nd and 23rd).
  return held.length > 0 ? pool.filter((m) => !(isOccasion(m) && arrivedLate(m))) : pool;
}

/**
 * The span the latest plan gave, when the reports that it happened all fall inside it and one
 * of them opens or closes it: "from January 20 to 24", then "opened on Monday" and "ended on
 * Friday", with nothing of the days between, is the five days, not the two reported. A later
 * plan of other days ("cut to a single day, July 24") is the plan that stands.
 */
function plannedSpan(sharp: CandidateEvent[], happened: CandidateEvent[]): CalendarDate | undefined {
  const plans = sharp.filter((m) => m.status === 'planned').sort((a, b) => compareStrings(reportDay(b), reportDay(a)));
  const plan = plans[0]?.date;
  if (plan?.precision !== 'span' || happened.length === 0) return undefined;
  if (!happened.every((m) => within(m.date, plan))) return undefined;
  return happened.some((m) => m.date.start === plan.start || m.date.end === plan.end) ? { value: plan.value, start: plan.start, end: plan.end, precision: 'span' } : undefined;
}

/** The days a report tells of: a counted day of a gathering ("the third day of talks") goes back to its first. */
function daysTold(m: CandidateEvent): CalendarDate {
  const count = countedDay(m);
  if (count === undefined) return m.date;
  const start = new Date(Date.parse(m.date.start) - (count - 1) * 86_400_000).toISOString().slice(0, 10);
  return { value: `${start}/${m.date.end}`, start, end: m.date.end, precision: 'span' };
}

function isSharp(m: CandidateEvent): boolean {
  return isSharpDate(m.date);
}

function isSharpDate(date: CalendarDate): boolean {
  return date.precision === 'day' || date.precision === 'span';
}

/** Days and spans that overlap or follow on without a gap: a day inside a span is the span, two following days are both. */
function contiguousSpan(dates: CalendarDate[]): CalendarDate | undefined {
  if (new Set(dates.map((d) => d.value)).size < 2) return undefined;
  const sorted = [...dates].sort((a, b) => compareStrings(a.start, b.start) || compareStrings(a.end, b.end));
  let end = sorted[0]!.end;
  for (const d of sorted.slice(1)) {
    if (compareStrings(d.start, nextDay(end)) > 0) return undefined;
    if (compareStrings(d.end, end) > 0) end = d.end;
  }
  const start = sorted[0]!.start;
  return { value: `${start}/${end}`, start, end, precision: 'span' };
}

function nextDay(isoDay: string): string {
  return new Date(Date.parse(isoDay) + 86_400_000).toISOString().slice(0, 10);
}

/** Claims from different articles that cannot all be true at once. */
function disagreements(members: CandidateEvent[]): Disagreement[] {
  const found: Disagreement[] = [];
  const perArticle = <T>(pick: (m: CandidateEvent) => T | undefined, show: (v: T) => string): { article: string; value: string }[] => {
    const claims = new Map<string, string>();
    for (const m of members) {
      const v = pick(m);
      if (v !== undefined && !claims.has(m.article)) claims.set(m.article, show(v));
    }
    return [...claims].map(([article, value]) => ({ article, value }));
  };
  const dates = perArticle((m) => (m.datedByPublication || !['day', 'span'].includes(m.date.precision) ? undefined : m.date.value), String);
  if (new Set(dates.map((c) => c.value)).size > 1) found.push({ field: 'date', claims: dates });
  const durations = perArticle((m) => m.duration, String);
  if (new Set(durations.map((c) => c.value)).size > 1) found.push({ field: 'duration', claims: durations });
  const people = perArticle((m) => (m.participants.length >= 2 ? [...m.participants].sort(compareStrings) : undefined), (v) => v.join(', '));
  if (new Set(people.map((c) => c.value)).size > 1) found.push({ field: 'participants', claims: people });
  return found;
}

function mostCommon<T>(values: T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
