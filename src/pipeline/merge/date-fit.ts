import { dayNumber } from '../dates/calendar.ts';
import { type CandidateEvent, evidenceText } from '../events/candidate.ts';
import { arrivedLate } from '../events/trip-stay.ts';
import { oncePerObject } from '../memo.ts';
import { compareStrings } from '../order.ts';
import { type Indexed, isSharp, sharpFor } from './cluster-index.ts';
import { isOccasion, happeningFamily, mergeGround } from './family.ts';
import { CANCELLED, CORRECTED_CLAIM, DAY_COUNT, GOES_ON, DAY_ORDINALS, EARLY_IN_THE_DAY, EVENING_ON_THE_LINE, HELD_AGAIN, LATE_IN_THE_DAY, MORNING_ON_THE_LINE, NEXT_SESSION, PLANNED_AGAIN, RESCHEDULED } from './lifecycle-words.ts';

/**
 * When a report's date and an event's can be one happening's, the first question merging asks
 * (compatible.ts asks the rest):
 * - `overlap`: the same days, a day inside a span, a day inside a month or a week once a report
 *   dated to the day anchored the event there;
 * - `adjacent`: the day before or after a gathering's first or last day ("began on Monday",
 *   "ended on Tuesday"): only gatherings go on for days; or the first day a counted day of one
 *   goes back to ("opened … on Monday", "the third day of talks … on Wednesday");
 * - `acrossMidnight`: the next or the day before for a call told at the edge of its day, each end
 *   of the line giving its own day ("late on Sunday night" in Washington, "on Monday morning" in Beijing),
 *   or for a strike of a night, told "overnight" on one day and as "Saturday's attack" on the next;
 * - `moved`: another day within a month, for a plan one of whose reports says it moved
 *   ("pushed back to Friday"), unless a round was held in between;
 * - `recent`: the days just before the article of a report dated only by its publication
 *   ("has ended", "the ministry said on Friday").
 * A report of a session "again" fits neither the day before it nor the days before its article:
 * that earlier session is another event ("met again in Vienna on Tuesday, a day after …"). A plan
 * of "the next round" fits no session reported held before its article was: that one is the round
 * before it.
 */
export type DateFit = 'overlap' | 'adjacent' | 'acrossMidnight' | 'moved' | 'recent';

/** How far a plan may move and still be the same plan: "slipped by days", "moved to next month". */
const RESCHEDULE_WINDOW_DAYS = 31;
/**
 * How long before its article a report dated only by the publication day may have happened:
 * news of the day before ("has ended", "held two days of meetings, the ministry said on Friday").
 */
export const PUBLICATION_LOOKBACK_DAYS = 3;

/**
 * The events met so far, by the ground they meet on (family.ts mergeGround: their kind family) and by the days their reports give, so that a report
 * meets the handful of events its dates fit, not all of them; events with a plan said to have
 * moved are met from further away.
 */
export class DayIndex {
  private readonly byDay = new Map<string, Map<number, Indexed[]>>();
  private readonly moving = new Map<string, Indexed[]>();
  /**
   * Of each event, the few members that plan "the next round" or count a day of a gathering: a
   * report meets dozens of events a day, and asking each of their members cost a quarter of merging.
   */
  private readonly few = new WeakMap<Indexed, { plansNext: CandidateEvent[]; counting: CandidateEvent[] }>();
  /**
   * Of each ground, its events under each key their reports give (ties.ts keysOfMember) and each
   * shelf of days (SHELF_DAYS) their reports cover, and the keys, days and shelves each event is
   * filed under: a report of a vague month meets every event of its month (a hundred and more at
   * 10,000 synthetic articles) where a tie may join it to a few; a key alone (a president's name)
   * holds the events of a year.
   */
  private readonly byKey = new Map<string, Map<string, Map<number, Set<Indexed>>>>();
  private readonly filed = new Map<string, Map<Indexed, Filed>>();
  /**
   * Each report's keys (ties.ts keysToMeet) as its ground's shelves under each, found once: a
   * vague report gives sixty keys and more (every person its article names), and is met two or
   * three times; looking its keys up each time was the hottest line of fitsOf. A key no event is
   * filed under yet gets its empty shelves then, where add files the first.
   */
  private readonly shelvesOfKeys = new Map<string, WeakMap<readonly string[], Map<number, Set<Indexed>>[]>>();

  /**
   * The events a report's dates fit, and how; given `keys` (ties.ts keysToMeet), a report of
   * vague days leaves out the events filed under none of them: no tie may join it to those.
   */
  fitsOf(candidate: CandidateEvent, keys?: readonly string[]): Map<Indexed, DateFit> {
    const family = happeningFamily(candidate);
    const ground = mergeGround(candidate);
    const days = this.byDay.get(ground) ?? new Map<number, Indexed[]>();
    const [first, last] = [dayNumber(candidate.date.start), dayNumber(candidate.date.end)];
    const fits = new Map<Indexed, DateFit>();
    // A report dated to the day, or only by its publication day, meets an event on a day a
    // report so dated gives it, never only through a vague month or a publication day (those
    // join what dated reports anchored): "the previous one was in April" does not bring every
    // April event of its sort within a publication day's reach.
    const sharp = isSharp(candidate);
    // Given keys, a report meets on its own days only the events filed under one of them: no tie
    // may join it to another there (an event met there and left out stays out of every fit below,
    // as it stayed out of the events it was let meet). Not a report dated only by its publication:
    // it looks back over days before its article too.
    const keyed = keys !== undefined && !candidate.datedByPublication;
    const filed = this.filed.get(ground);
    /** Whether an event is one the loop over the report's days meets as `overlap` (none taken out of the days: a plan said to have moved stays among those that moved). */
    const onItsDays = (entry: Indexed): boolean => {
      const filedOn = filed?.get(entry)?.days;
      return filedOn !== undefined && (sharp ? sharpWithin(entry, candidate, filedOn, first, last) : filedWithin(filedOn, first, last)) && !this.nextAfterHeld(entry, candidate);
    };
    if (keyed) {
      const [low, high] = [shelfOf(first), shelfOf(last)];
      for (const shelves of this.shelvesUnder(ground, keys)) {
        // Most keys hold an event or two, on no shelf of the report's days (3.47M shelves asked at 10k): no empty list is made for those.
        if (shelves.size === 0) continue;
        for (let shelf = low; shelf <= high; shelf += 1) {
          const under = shelves.get(shelf);
          if (under !== undefined) for (const entry of under) if (!fits.has(entry) && onItsDays(entry)) fits.set(entry, 'overlap');
        }
      }
      // A vague report's every fit is the overlap: any event filed on one of its days.
      if (!sharp) return fits;
    } else {
      for (let day = first; day <= last; day += 1) {
        // An event of several days is filed under each: met once is enough (whether it fits does not hang on the day).
        for (const entry of days.get(day) ?? []) if (!fits.has(entry) && ((!sharp && !candidate.datedByPublication) || sharpFor(entry, candidate, day)) && !this.nextAfterHeld(entry, candidate)) fits.set(entry, 'overlap');
      }
    }
    /** Whether an event is yet to be given a fit: not met on the report's days, nor left out there by its keys. */
    const open = (entry: Indexed): boolean => !fits.has(entry) && !(keyed && onItsDays(entry));
    const again = saysAgain(candidate);
    if (candidate.datedByPublication && candidate.status === 'occurred' && !again) {
      for (let day = first - PUBLICATION_LOOKBACK_DAYS; day < first; day += 1) for (const entry of days.get(day) ?? []) if (!fits.has(entry) && entry.sharpDays.has(day)) fits.set(entry, 'recent');
    }
    if (sharp) {
      // Only a gathering goes on for days: two calls of the same people on following days are two
      // calls. A trip's day is its own ("flew to Riyadh on Monday" for talks on Tuesday): a visit
      // or a trip is a gathering's occasion on its days only, never its eve or its morrow.
      const goesOn = family === 'gathering' && !isOccasion(candidate);
      for (const next of goesOn ? [first - 1, last + 1] : []) for (const entry of days.get(next) ?? []) {
        if (entry.occasionsOnly || !open(entry)) continue;
        // Two reports of one-day meetings on following days are two meetings (Geneva on Monday, Miami on Tuesday) unless one tells of days going on, a plan slipping, or a correction naming the other day.
        if (!reachesNextDay(candidate) && !entry.cluster.members.some(reachesNextDay)) continue;
        const earlier = entry.sharpEnds.has(first - 1) && !again;
        const later = entry.sharpStarts.has(last + 1) && !entry.cluster.members.some((m) => saysAgain(m) && dayNumber(m.date.start) > last);
        if (earlier || later) fits.set(entry, 'adjacent');
      }
      if (goesOn) for (const entry of this.countedFrom(candidate, days)) if (open(entry)) fits.set(entry, 'adjacent');
      if (family === 'gathering') for (const entry of eveOfArrival(candidate, days)) if (open(entry)) fits.set(entry, 'adjacent');
      if (family === 'call' || family === 'strike') for (const entry of acrossMidnight(candidate, days)) if (open(entry)) fits.set(entry, 'acrossMidnight');
      const far = new Set(this.moving.get(ground) ?? []);
      if (saysItMoved(candidate)) for (let day = first - RESCHEDULE_WINDOW_DAYS; day <= last + RESCHEDULE_WINDOW_DAYS; day += 1) for (const entry of days.get(day) ?? []) far.add(entry);
      for (const entry of far) if (open(entry) && !heldBeforeThePlan(entry, candidate) && entry.cluster.members.some((m) => movedPlan(m, candidate))) fits.set(entry, 'moved');
    }
    return fits;
  }

  /** The shelves (SHELF_DAYS) of the ground's events (family.ts mergeGround) under each of a report's keys. */
  private shelvesUnder(ground: string, keys: readonly string[]): Map<number, Set<Indexed>>[] {
    let found = this.shelvesOfKeys.get(ground);
    if (!found) this.shelvesOfKeys.set(ground, (found = new WeakMap()));
    let shelves = found.get(keys);
    if (!shelves) {
      const byKey = mapIn(this.byKey, ground);
      found.set(keys, (shelves = keys.map((key) => mapIn(byKey, key))));
    }
    return shelves;
  }

  /**
   * A counted day of a gathering ("the third day of talks … on Wednesday") and the events that
   * began on the first day it goes back to; or, for a report of a first day, the events a counted
   * day of which goes back to it.
   */
  private countedFrom(candidate: CandidateEvent, days: Map<number, Indexed[]>): Indexed[] {
    const first = dayNumber(candidate.date.start);
    const count = countedDay(candidate);
    const opened = count === undefined ? [] : (days.get(first - count + 1) ?? []).filter((e) => e.sharpStarts.has(first - count + 1));
    const counting: Indexed[] = [];
    for (let later = 1; later < MAX_DAY_COUNT; later += 1) {
      for (const entry of days.get(first + later) ?? []) if (this.kept(entry).counting.some((m) => countedDay(m) === later + 1 && dayNumber(m.date.start) === first + later)) counting.push(entry);
    }
    return [...opened, ...counting];
  }

  /**
   * A plan of "the next round" and a session reported held before that plan was: the round
   * before it, even on the day its weekday was read as (a Saturday's "the next round would be
   * held on Wednesday" is not the round of the Wednesday before, reported on the Thursday).
   */
  private nextAfterHeld(entry: Indexed, report: CandidateEvent): boolean {
    return (plansTheNext(report) && entry.cluster.members.some((m) => heldFirst(m, report))) || this.kept(entry).plansNext.some((m) => heldFirst(report, m));
  }

  /** The few members kept of an event, none if it has none (asked of every event a report meets: nothing is made for those). */
  private kept(entry: Indexed): { readonly plansNext: readonly CandidateEvent[]; readonly counting: readonly CandidateEvent[] } {
    return this.few.get(entry) ?? NONE_KEPT;
  }

  private members(entry: Indexed): { plansNext: CandidateEvent[]; counting: CandidateEvent[] } {
    let few = this.few.get(entry);
    if (!few) this.few.set(entry, (few = { plansNext: [], counting: [] }));
    return few;
  }

  /** Files an event under the days of a report it has just taken in, and under the keys (ties.ts keysOfMember) that report gives it. */
  add(entry: Indexed, candidate: CandidateEvent, keys: readonly string[]): void {
    const ground = mergeGround(candidate);
    const days = this.byDay.get(ground) ?? new Map<number, Indexed[]>();
    this.byDay.set(ground, days);
    const filed = mapIn(this.filed, ground);
    const byKey = mapIn(this.byKey, ground);
    let record = filed.get(entry);
    if (!record) filed.set(entry, (record = { keys: new Set(), days: new Set(), shelves: new Set() }));
    // Its keys already filed go on its new shelves, its new keys on every shelf.
    const [first, last] = [dayNumber(candidate.date.start), dayNumber(candidate.date.end)];
    const newShelves: number[] = [];
    for (let shelf = shelfOf(first); shelf <= shelfOf(last); shelf += 1) if (!record.shelves.has(shelf)) newShelves.push(shelf);
    for (const key of record.keys) for (const shelf of newShelves) fileUnder(byKey, key, shelf, entry);
    for (const shelf of newShelves) record.shelves.add(shelf);
    for (const key of keys) {
      if (record.keys.has(key)) continue;
      record.keys.add(key);
      for (const shelf of record.shelves) fileUnder(byKey, key, shelf, entry);
    }
    if (saysItMoved(candidate) && !entry.moves) {
      entry.moves = true;
      this.moving.set(ground, [...(this.moving.get(ground) ?? []), entry]);
    }
    if (plansTheNext(candidate)) this.members(entry).plansNext.push(candidate);
    if (countedDay(candidate) !== undefined) this.members(entry).counting.push(candidate);
    for (let day = dayNumber(candidate.date.start), last = dayNumber(candidate.date.end); day <= last; day += 1) {
      record.days.add(day);
      const bucket = days.get(day);
      if (!bucket) days.set(day, [entry]);
      else if (!bucket.includes(entry)) bucket.push(entry);
    }
  }

  /** Takes an event whose reports went to another out of its ground's days (family.ts mergeGround). */
  remove(entry: Indexed, ground: string): void {
    const record = this.filed.get(ground)?.get(entry);
    if (!record) return;
    // Only the days it is filed under hold it: walking every day of the ground (thousands at 10,000 articles) for each event taken out was a third of merging.
    const days = this.byDay.get(ground)!;
    for (const day of record.days) {
      const bucket = days.get(day)!;
      bucket.splice(bucket.indexOf(entry), 1);
    }
    const byKey = this.byKey.get(ground)!;
    for (const key of record.keys) for (const shelf of record.shelves) byKey.get(key)!.get(shelf)!.delete(entry);
    this.filed.get(ground)!.delete(entry);
    this.few.delete(entry);
  }
}

/** The keys (ties.ts keysOfMember), days and shelves of days (SHELF_DAYS) an event is filed under. */
interface Filed {
  keys: Set<string>;
  days: Set<number>;
  shelves: Set<number>;
}

/** How many days one shelf of a key holds: a month's report looks on five shelves of each of its keys, not on the year's. */
const SHELF_DAYS = 8;

const shelfOf = (day: number): number => Math.floor(day / SHELF_DAYS);

function fileUnder(byKey: Map<string, Map<number, Set<Indexed>>>, key: string, shelf: number, entry: Indexed): void {
  let shelves = byKey.get(key);
  if (!shelves) byKey.set(key, (shelves = new Map()));
  const under = shelves.get(shelf);
  if (under) under.add(entry);
  else shelves.set(shelf, new Set([entry]));
}

/** The map under `key`, made empty the first time. */
function mapIn<K, V>(maps: Map<string, Map<K, V>>, key: string): Map<K, V> {
  let map = maps.get(key);
  if (!map) maps.set(key, (map = new Map()));
  return map;
}

/**
 * Whether an event filed under `days` is filed under one from `first` to `last`; given `among` (the days a
 * report dated to the day gave it), under one of those: whichever is fewer, those days or the range, is walked.
 */
function filedWithin(days: ReadonlySet<number>, first: number, last: number, among: ReadonlySet<number> = days): boolean {
  if (among.size <= last - first + 1) {
    for (const day of among) if (day >= first && day <= last && days.has(day)) return true;
    return false;
  }
  for (let day = first; day <= last; day += 1) if (among.has(day) && days.has(day)) return true;
  return false;
}

/** Whether an event is filed on a day of first..last sharp for `report` (cluster-index.ts sharpFor). */
function sharpWithin(entry: Indexed, report: CandidateEvent, filedOn: ReadonlySet<number>, first: number, last: number): boolean {
  if (filedWithin(filedOn, first, last, entry.sharpDays)) return true;
  return entry.stampedDays.size > 0 && !entry.articles.has(report.article) && filedWithin(filedOn, first, last, entry.stampedDays);
}

const NONE_KEPT = { plansNext: [], counting: [] } as const;

/** The furthest day of a gathering DAY_COUNT reads ("the fifth day"). */
const MAX_DAY_COUNT = Math.max(...Object.values(DAY_ORDINALS));

/** Which day of a gathering its own sentence says a report is ("the third day of talks": 3), if it counts one. */
export const countedDay = oncePerObject((report: CandidateEvent): number | undefined => {
  const found = DAY_COUNT.exec(report.evidence[0]?.text ?? '');
  return found && report.status === 'occurred' && isSharp(report) && report.date.start === report.date.end ? DAY_ORDINALS[(found[1] ?? found[2])!.toLowerCase()] : undefined;
});

/**
 * Where in its day a call's own sentence puts it, or a strike's sentences: at its end, at its
 * start, or neither; for a call also its evening or morning (EVENING_ON_THE_LINE,
 * MORNING_ON_THE_LINE). A night's strike is told over several sentences, the one a report keeps as
 * its own often the tally ("the ministry says it shot down forty drones"), the next its hour
 * ("drones struck the port overnight"). A day its date's own word puts at its start or its end
 * ("early Sunday", "late on Saturday": TimeML's START and END of the day) says so first.
 */
const edgeOfDay = oncePerObject((report: CandidateEvent): 'late' | 'early' | undefined => {
  const { precision, qualifier } = report.date;
  if (precision === 'day' && (qualifier === 'early' || qualifier === 'late')) return qualifier;
  if (report.kind !== 'call') {
    const text = evidenceText(report);
    return LATE_IN_THE_DAY.test(text) ? 'late' : EARLY_IN_THE_DAY.test(text) ? 'early' : undefined;
  }
  // A call's evening or morning at one end is the next day or the one before at the other.
  const text = report.evidence[0]?.text ?? '';
  return LATE_IN_THE_DAY.test(text) || EVENING_ON_THE_LINE.test(text) ? 'late' : EARLY_IN_THE_DAY.test(text) || MORNING_ON_THE_LINE.test(text) ? 'early' : undefined;
});

/**
 * The calls (or strikes) of the next day or the day before that a call is one with across midnight: it told
 * late in its day and they on the next, or early in its day and they on the one before (or they
 * so told and it on the other day). Who was on the line decides the rest (compatible.ts).
 */
function acrossMidnight(candidate: CandidateEvent, days: Map<number, Indexed[]>): Indexed[] {
  if (candidate.date.start !== candidate.date.end) return [];
  const day = dayNumber(candidate.date.start);
  const edge = edgeOfDay(candidate);
  const toldAt = (entry: Indexed, other: number, at: 'late' | 'early') => entry.cluster.members.some((m) => edgeOfDay(m) === at && dayNumber(m.date.start) === other && m.date.start === m.date.end);
  const before = (days.get(day - 1) ?? []).filter((e) => e.sharpDays.has(day - 1) && (edge === 'early' || toldAt(e, day - 1, 'late')));
  const after = (days.get(day + 1) ?? []).filter((e) => e.sharpDays.has(day + 1) && (edge === 'late' || toldAt(e, day + 1, 'early')));
  return [...before, ...after];
}

/**
 * A stay's arrival told late in its day and the gatherings begun the next day, or a gathering and the events of the day
 * before made only of such arrivals: "arrived in Ankara on Tuesday evening" is Wednesday's welcome there
 * (tests/fixtures/own-conventions.md, Arrivals; the people and the place decide the rest, compatible.ts).
 */
function eveOfArrival(candidate: CandidateEvent, days: Map<number, Indexed[]>): Indexed[] {
  const [first, last] = [dayNumber(candidate.date.start), dayNumber(candidate.date.end)];
  if (lateStay(candidate)) return (days.get(last + 1) ?? []).filter((e) => e.sharpStarts.has(last + 1) && !e.occasionsOnly);
  if (isOccasion(candidate)) return [];
  return (days.get(first - 1) ?? []).filter((e) => e.occasionsOnly && e.cluster.members.some((m) => lateStay(m) && dayNumber(m.date.end) === first - 1));
}

/** A journey told done that merging reads as its stay (events/trip-stay.ts), ending late in its day. */
const lateStay = (report: CandidateEvent): boolean => report.toldForItsStay === true && report.status === 'occurred' && arrivedLate(report);

/**
 * Its evidence says the plan moved ("postponed", "pushed back to"), or, held, that it went ahead
 * after a calling-off ("met in Lisbon on Thursday, a week after his first trip was called off"):
 * a plan called off and then held is the plan moved.
 */
const saysItMoved = oncePerObject((report: CandidateEvent) => RESCHEDULED.test(evidenceText(report)) || (report.status === 'occurred' && CANCELLED.test(evidenceText(report))));

/**
 * Its report tells of a gathering over days or of one of its ends (a span, "began", "ended on
 * Tuesday", "a two-day conference"), is a plan (plans slip a day), or is a correction naming a day
 * a report got wrong: only such a report joins a gathering of the day before or after.
 */
const reachesNextDay = oncePerObject((report: CandidateEvent) => report.date.precision === 'span' || report.status === 'planned' || saysItMoved(report) || GOES_ON.test(evidenceText(report)) || correctsADay(report));

/** Its own sentence is a correction's: the day it gives is the one a report got wrong ("Correction: A report … said it took place on Monday"). */
export const correctsADay = oncePerObject((report: CandidateEvent) => CORRECTED_CLAIM.test(report.evidence[0]?.text ?? ''));

/** Its own sentence tells of a session after an earlier one ("met again", "will meet again"). */
const saysAgain = oncePerObject((report: CandidateEvent) => (report.status === 'planned' ? PLANNED_AGAIN : HELD_AGAIN).test(report.evidence[0]?.text ?? ''));

/** Reported held, to the day, in an article published before the other report's. */
function heldFirst(held: CandidateEvent, other: CandidateEvent): boolean {
  return held.status === 'occurred' && isSharp(held) && compareStrings(held.published, other.published) < 0;
}

/**
 * A happening reported held before a report of a plan on another day: that plan is another
 * round, however alike (talks in Muscat one Saturday, "the postponed fourth round" there a month later).
 */
function heldBeforeThePlan(entry: Indexed, report: CandidateEvent): boolean {
  return entry.cluster.members.some((m) => heldFirst(m, report) || heldFirst(report, m));
}

/** Its own sentence plans the session after another ("said the next round would be held on Wednesday"). */
const plansTheNext = oncePerObject((report: CandidateEvent) => report.status === 'planned' && NEXT_SESSION.test(report.evidence[0]?.text ?? ''));


/** A plan and another report of it on other days within a month, one of them saying it moved. */
function movedPlan(a: CandidateEvent, b: CandidateEvent): boolean {
  if (!isSharp(a) || !isSharp(b) || (a.status !== 'planned' && b.status !== 'planned')) return false;
  const gap = Math.min(Math.abs(dayNumber(b.date.start) - dayNumber(a.date.end)), Math.abs(dayNumber(a.date.start) - dayNumber(b.date.end)));
  return gap <= RESCHEDULE_WINDOW_DAYS && (saysItMoved(a) || saysItMoved(b));
}
