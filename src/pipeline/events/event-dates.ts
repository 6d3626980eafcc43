/** Which of a sentence's dates and durations belong to which of its triggers, and what each says of the event's days. */
import { isoDay, isoWeek, parseReferenceDay, shift } from '../dates/calendar.ts';
import type { TemporalExpression } from '../dates/index.ts';
import type { CalendarDate } from '../types.ts';
import { clauseAfter, clauseBefore } from './clause-text.ts';
import { agreeWithModality, endsOnItsDay, isArrivalFor, type Modality, isContinuationDate, isContinuationVerb, isContinuedByReference, isLeftDay, isNewDay, isQuotedDeixis, isReportDate, joinedDays, MONTH_NAME, withDayRange } from './clause.ts';
import { isQuoted } from '../parse/quotes.ts';
import { datelineLength } from './dateline.ts';
import { datedByTheDayItPreceded } from './done-before-its-day.ts';
import { AFTER_A_LENGTH, DAY_OPENING_ITS_SENTENCE, VAGUE_SPAN_BEFORE_ITS_ACT, ATTRIBUTIVE_DATE_BEFORE, BEGAN_IN_ITS_CLAUSE, CLAIM_TOLD, ATTRIBUTIVE_DATE_HEAD, BARE_WEEKDAY, MOVED_BY, MONTH_WITH_ITS_YEAR, AT_THE_HAPPENING, SETTING_OF_A_SIDE_MEETING, SETTING_TOLD_OF_ITS_OWN, POSSESSIVE_DATE, POSSESSIVE_DAY, POSSESSIVE_HEAD, WHERE_AT_THE_HAPPENING, WHERE_AFTER_JOURNEY, NEW_OR_MOVED, WAS_DUE_BEFORE, CLAUSE_BOUNDARY, COUNTED_FROM_NAMED_DAY, MINISTERS_FIRST, MINISTERS_MEETING, COUNTED_IN_CLAUSE_AFTER, DAY_NOT_GIVEN, HELD_AS_PLANNED, HELD_ON_A_TRIP_BACK, SET_FOR, THIS_WEEK, ENTRY_STAMP, FATE_DAY, NEW_DAY_IN_FORCE, SCHEDULED_PRESENT, IN_PROGRESS, NOT_WHEN, OTHER_HEAD, PRESENT_PERFECT, REPORTED_PERFECT, LENGTHS_OWN_UNTIL, START_OF_A_LENGTH_BEFORE, STRONG_BOUNDARY, TERM_OF_OFFICE_BEFORE, PRIZE_EDITION_AFTER, UNTIL_BEFORE } from './lexicon.ts';
import { kindFamily } from './kinds.ts';
import { journeysWithGoals, type Mention } from './mention.ts';
import { type DateOwnership, ownerOfDate, type SentenceClauses, segmentClauses } from './sentence-clauses.ts';
import { countedDays, shiftDay } from './shift-day.ts';
import { gap, nearest } from './span.ts';
import { datedByItsWhenClause } from './when-clause-day.ts';

/** The date a temporal expression claims for an event, unless it only qualifies a state of affairs ("pre-2014 borders"). */
export function claimOf(t: TemporalExpression): CalendarDate | undefined {
  const d = t.date;
  if (!d || (d.qualifier !== undefined && NOT_WHEN.has(d.qualifier))) return undefined;
  return { value: d.value, start: d.start, end: d.end, precision: d.precision, ...(d.qualifier ? { qualifier: d.qualifier } : {}) };
}

/** The most days a happening told by the span it runs may last (a ban of a season, a year). */
const RUN_LONGEST = 366;
/** "from" right before the first day of a span. */
const SPAN_FROM_BEFORE = /\bfrom\s+$/;
/** The precisions of a date a more precise one after it narrows: a day those of its week, month or year, a month its year's. */
const WIDER_THAN: Partial<Record<CalendarDate['precision'], readonly CalendarDate['precision'][]>> = { day: ['week', 'month', 'year'], month: ['year'] };

/**
 * Each date belongs to the trigger nearest to it; each trigger takes at most one date. Dates
 * that are not the event's are left out: the day something was said or announced, a relative
 * day inside a quotation (said at a time the article does not give), a trip's date before its
 * purpose. A weekday read against the clause's mood is turned to agree with it.
 */
export function assignDates(found: Mention[], times: TemporalExpression[], text: string, day: string, storyDay?: string): void {
  const dated = new Map<Mention, { time: TemporalExpression }>();
  const dateline = datelineLength(text);
  const journeys = journeysWithGoals(found);
  const dates = times.filter((t) => claimOf(t));
  // "…, without saying when the meeting took place": the sentence gives no day for its events.
  const dayNotGiven = DAY_NOT_GIVEN.test(text);
  // "is due to meet Lund in Antalya, Turkey, on the sidelines of a NATO meeting, later today": the day is the side meeting's told before it, not that of the gathering it is held beside.
  const besideIt = new Set(found.filter((m) => found.some((o) => o.end <= m.start && kindFamily(o.rule.kind) === kindFamily(m.rule.kind)) && SETTING_OF_A_SIDE_MEETING.test(text.slice(Math.max(0, m.start - 60), m.start)) && !SETTING_TOLD_OF_ITS_OWN.test(text.slice(m.end, m.end + 60))));
  // "landed on 12 May, and months after the US expelled the envoy": a day before a span with no count that opens the act's clause is the clause's before it,
  // and the act has none the sentence gives (no later reading gives it that one, as the day of a predicate joined by "and").
  const countedVaguely = (time: TemporalExpression, m: Mention): boolean => time.end <= m.start && VAGUE_SPAN_BEFORE_ITS_ACT.test(text.slice(time.end, m.start)) && !DAY_OPENING_ITS_SENTENCE.test(text.slice(0, time.start));
  // Segmented once, when the first date needs an owner.
  let clauses: SentenceClauses | undefined;
  /** The trigger a date belongs to, and the relative clause holding the date when it belongs there as the clause's noun. */
  const ownerOf = (time: TemporalExpression): DateOwnership<Mention> => {
    // A trip's day before its goal is the trip's ("leaves on December 4 to meet Witkoff"); a week or a month holds the goal too ("will travel next week for talks").
    const tripDay = (m: Mention): boolean => m.travelPurpose && !m.journeyGoal && time.end <= m.start && claimOf(time)?.precision === 'day';
    // A date before what an event is about is the event's ("held talks on Thursday on a new prisoner exchange").
    // "arrived in Abuja on Saturday and met the president the following day": a day before a trigger counted on from it is not its day (datedByCountingOn counts it).
    // "met the president in Ardan that day and is due to travel on to Sefid on Wednesday": nor is a day after that adverb, which is another clause's.
    const countedOn = (m: Mention): boolean => {
      const counting = COUNTED_IN_CLAUSE_AFTER.exec(text.slice(m.end));
      return counting !== null && (time.end <= m.start || m.end + counting[0].length <= time.start);
    };
    // A stretch with no one day is dated by the day its relative clause says it began ("a week of fighting … that began last Sunday").
    const beganThen = (m: Mention): boolean => claimOf(time)?.precision === 'day' && time.start >= m.end && BEGAN_IN_ITS_CLAUSE.test(text.slice(m.end, time.start));
    const datable = found.filter((m) => !besideIt.has(m) && !countedVaguely(time, m) && (!m.dayless || beganThen(m)) && !(m.asideEnd !== undefined && time.start >= m.asideEnd) && !tripDay(m) && !journeys.has(m) && !(m.topic && time.end <= m.start) && !countedOn(m));
    clauses ??= segmentClauses(text);
    const owned = ownerOfDate(clauses, time, datable, { newDay: isNewDay(text, time), dates });
    // An act read by its verb ("pardoned the two journalists, who were freed on Friday"): a relative clause after its object tells of the object, no day of the act.
    return owned.rule === 'aside-describes-noun' && owned.owner!.rule.clause && /\p{L}/u.test(text.slice(owned.owner!.end, owned.aside!.start)) ? { rule: 'aside-describes-topic' } : owned;
  };
  // A plan's new day goes first and the day a plan has left last: its trigger keeps the day it
  // has now ("which had been set for Sunday, were postponed until …", "originally planned for
  // February 1, took place on February 4-5"). Otherwise the closest pairs go first: "on Monday
  // thanked partners, saying the next round could take place this week" dates the round by the week.
  // A relative clause's own day goes before the journey's that leads to it ("flew to Kananaskis on Saturday for the G7 summit, which opens on Monday"),
  // only for the noun it tells of: another trigger it falls to by nearness keeps its own day first ("met Carney on Sunday before …, which opens on Monday").
  // The first day of the span a ban runs goes first too: "A suspension from 9 February to 4 May, agreed on Saturday" runs from its days, not the agreeing's.
  // A plan told inside a saying with a day of its own ("said yesterday that it will switch the service off on 5 May") takes its own day before the saying's.
  const rank = (p: { time: TemporalExpression; owner: Mention; aside?: unknown }): number => (isNewDay(text, p.time) || (p.owner.rule.runs && SPAN_FROM_BEFORE.test(text.slice(0, p.time.start))) ? 0 : isLeftDay(text, p.time) ? 2 : p.aside ? 0.5 : p.owner.future && p.time.end <= p.owner.start && isReportDate(text, p.time, p.owner.start) ? 1.5 : 1);
  // A live entry's time stamp ("14:05 GMT —") dates what it reports only when nothing after it does.
  const stamp = ENTRY_STAMP.exec(text)?.[0].length ?? 0;
  const later = times.some((t) => t.start >= stamp && claimOf(t));
  const pairs = times
    // A date begun in the dateline is the dateline's, even when the reader ran it on into the story ("October 17 - First Deputy …").
    // "passes the chair to the Philippines for 2026": a year an office is held for is its term, no day of the handing on; nor is a prize's edition ("awarded the 2025 Nobel Prize … this afternoon").
    .filter((time) => claimOf(time) && time.start >= dateline && !(later && time.end <= stamp) && !TERM_OF_OFFICE_BEFORE.test(text.slice(Math.max(0, time.start - 80), time.start)) && !(claimOf(time)!.precision === 'year' && PRIZE_EDITION_AFTER.test(text.slice(time.end, time.end + 80))))
    .flatMap((time) => {
      const { owner, aside } = ownerOf(time);
      return owner && !modifiesAnotherNoun(text, time, owner) ? [{ time, claim: claimOf(time)!, owner, ...(aside ? { aside } : {}) }] : [];
    })
    .sort((a, b) => rank(a) - rank(b) || gap(a.owner, a.time) - gap(b.owner, b.time));
  for (const { time, claim, owner, aside } of pairs) {
    const first = dated.get(owner);
    // "This week's meeting …, on Tuesday", "This year they met … on Monday", "will hold next year's summit … in December 2026": a day, or a month, after it, inside the
    // week, month or year first taken, is the more precise date of the two (one before it is another verb's: "on Monday thanked partners, saying the next round could take place this week").
    const said = isQuotedDeixis(text, time) || isReportDate(text, time, owner.start);
    const within = first && !said && time.start >= owner.end && owner.date && WIDER_THAN[claim.precision]?.includes(owner.date.precision) ? agreeWithModality(claim, time, owner.mood, day) : undefined;
    if (within && owner.date!.start <= within.start && within.end <= owner.date!.end) {
      owner.date = within;
      owner.dateAt = time.start;
      continue;
    }
    // "moved from Sunday to Wednesday": the day a plan has left is not a day of it.
    if (first && isLeftDay(text, time)) continue;
    if (first) {
      // "on Thursday and Friday": two days joined, whichever of them was taken first.
      // A ban runs "from 9 February to 4 May": its days join however far apart (RUN_LONGEST).
      const longest = owner.rule.runs ? RUN_LONGEST : undefined;
      const joined =
        first.time.start < time.start
          ? joinedDays(owner.date!, first.time.end, { start: time.start, date: claim }, text, longest)
          : joinedDays(claim, time.end, { start: first.time.start, date: owner.date! }, text, longest);
      if (joined) owner.date = joined;
      continue;
    }
    // A statement is dated by its saying; an event in the present perfect ("have spoken …, Ushakov said on Monday") or under way ("are under way, a diplomat said on Wednesday") by its report,
    // unless it is a series ("have spoken three times since …, officials said on Sunday"), which that day does not date.
    // "A meeting scheduled for Friday was called off on Thursday": the day of the calling off is news of the plan's fate, not its day.
    // A happening that is the fate itself ("The launch was called off on Tuesday", "Classes were cancelled on Monday") is no plan's: the day is its own.
    const fateFrom = Math.max(0, time.start - 30);
    const fateWord = FATE_DAY.exec(text.slice(fateFrom, time.start));
    const fate = fateWord !== null && !(owner.start <= fateFrom + fateWord.index && fateFrom + fateWord.index < owner.end);
    // "announced Tuesday's call": a day its event's noun is told by ("Tuesday's", "Monday's") is that event's, however close the verb of saying before it.
    const ownDay = POSSESSIVE_DAY.test(text.slice(time.end, owner.start));
    if (isQuotedDeixis(text, time) || saidInItsQuotation(text, time, owner) || (owner.rule.kind !== 'statement' && !owner.rule.told && ((!(newsAsReported(text, owner, dayNotGiven, pairs.some((p) => p.owner === owner && p.time !== time)) && !owner.series) && !ownDay && isReportDate(text, time, owner.start)) || fate))) {
      owner.dateWithheld = true;
      // "A meeting of the council on Somalia, scheduled for Friday, was called off on Thursday": the plan called off keeps the day it was set for.
      const setFor = fate ? dates.find((t) => t !== time && !pairs.some((p) => p.time === t) && SET_FOR.test(text.slice(Math.max(0, t.start - 30), t.start))) : undefined;
      if (setFor) [owner.date, owner.dateAt, owner.dateWithheld] = [agreeWithModality(claimOf(setFor)!, setFor, 'plan', day), setFor.start, false];
      continue;
    }
    // "would meet the king on Saturday, and the meeting went ahead", "The meeting, moved from Monday to Wednesday, went ahead": a plan the sentence goes on to say was held is past.
    if (owner.rule.kind !== 'statement' && HELD_AS_PLANNED.test(text.slice(time.end))) [owner.future, owner.mood] = [false, 'past'];
    // A date in a relative clause after its event is read in that clause's tense ("flew to Kananaskis on Saturday for the G7 summit, which opens on Monday").
    const mood = aside ? asideMood(text.slice(aside.start, aside.end), owner.mood) : owner.mood;
    const reportedPlan = mood === owner.mood && mood === 'plan' && !owner.presentPlan;
    // A new day now in force ("has been moved to Wednesday", "moved from Sunday to Wednesday") is ahead of its telling, whatever the tense of the moving.
    const inForce = NEW_DAY_IN_FORCE.test(text.slice(Math.max(0, time.start - 60), time.start));
    // A plan told on a day the sentence gives lies after that day ("said on Friday that the next round would be held on Wednesday",
    // "would be held on Thursday, Peskov told reporters on Friday": the Wednesday, the Thursday after it).
    // A telling in a month dates a plan that names its month as one does ("said in March that he would meet Putin in May", "said last December that
    // he would step down in March": the May, the March after the telling, though the news is of a later year); a weekday needs the telling's day.
    const namesItsMonth = !inForce && MONTH_NAME.test(time.text);
    const toldOn = reportedPlan || inForce ? dates.find((t) => t !== time && (claimOf(t)!.precision === 'day' || (namesItsMonth && claimOf(t)!.precision === 'month')) && isReportDate(text, t, owner.start)) : undefined;
    // A day of a month a telling names may have passed by the day it was made known ("said in an interview published on Friday that she would meet him on April 28",
    // told before it was published): the year nearest the telling, not a year ahead.
    const monthDayTold = toldOn !== undefined && namesItsMonth;
    // The told day's year is the one nearest the telling, whatever the tense it was told in; the event's own unmarked clause is read by its verb,
    // unless the event is only what another is about ("held talks on Thursday about a summit in Geneva on March 20": the verb is the talks').
    const ranged = withDayRange(claim, time, text);
    // The day the date is read from: its telling's, else the news's.
    const readFrom = toldOn ? claimOf(toldOn)!.start : day;
    const agreed = monthDayTold
      ? agreeWithModality(ranged, time, 'unmarked', readFrom)
      : agreeWithModality(ranged, time, toldOn || inForce ? 'plan' : reportedPlan ? 'reported plan' : mood, readFrom, owner.topic ? undefined : text);
    // A plan told with no day of its telling was told after the last day the story has told ("met … on Wednesday. She told reporters afterwards that
    // she would call him on Monday", in a Thursday story): its weekday is the first after that day, though the one gone by is nearer the news day.
    // Only a reading before that day: one on it may be that day's own event told again ("spoke by phone on Saturday ahead of next week's summit").
    // With no day of the story before it, the telling is itself the news, made known by the day after it at the latest: a weekday the
    // nearest reading puts two days or more before the news is the next of its name ("told reporters he would meet her on Monday", "said she
    // would receive the envoy on Tuesday", in a Thursday story: the Monday and Tuesday ahead), one the day before may be the telling's own.
    const toldAfter = !toldOn && reportedPlan ? (storyDay !== undefined && agreed.start < storyDay ? storyDay : agreed.start < shiftDay(day, -1) ? shiftDay(day, -2) : undefined) : undefined;
    owner.date = toldOn ? firstAfterTelling(agreed, time, readFrom) : toldAfter ? firstAfterTelling(agreed, time, toldAfter) : mood === 'plan' ? weekAheadOnItsLastDay(agreed, time, day) : agreed;
    owner.continuation = isContinuationVerb(text.slice(owner.start, owner.end)) || isContinuationDate(text, time, owner) || isContinuedByReference(text, owner);
    dated.set(owner, { time });
    owner.dateAt = time.start;
  }
  // "On Friday the Treasury issued a licence, and the State Department issued a waiver": the opening day, its first clause's, is each clause's.
  const opening = found.some((m) => m.ofTheOpeningDay) ? pairs.find((p) => p.time.start < p.owner.start && !found.some((o) => o.start < p.time.start)) : undefined;
  if (opening) for (const m of found) if (m.ofTheOpeningDay && !m.date && !m.dateWithheld) [m.date, m.dateAt] = [opening.owner.date, opening.owner.dateAt];
  countedFromNamedDay(found, times, text);
  movedPlans(found, times, text, day);
  heldOnATripBack(found, times, text, day);
  heldWhereTheyWent(found, text);
  datedByTheDayItPreceded(found, times, text, day);
  datedByItsWhenClause(found, times, text, day);
  // "… announced on Monday, without saying when the meeting took place": an event the sentence says it gives no day for is not the news of the day it was told.
  if (dayNotGiven) for (const m of found) if (!m.date && m.rule.kind !== 'statement') m.dateWithheld = true;
  for (const m of found) if (!m.date && dates.some((t) => countedVaguely(t, m))) m.dateWithheld = true;
  // "Moldova has put its gas talks on hold, the energy minister told parliament on Thursday": what a dated telling reports as just done or going on is news of the telling's day.
  const telling = found.find((m) => m.rule.kind === 'statement' && m.date?.precision === 'day' && !m.future);
  if (!telling) return;
  for (const m of found) {
    if (m.date || m.dateWithheld || m.series || m.future || m.end > telling.start || m.rule.kind === 'statement' || !newsAsReported(text, m, dayNotGiven, false)) continue;
    [m.date, m.dateAt] = [telling.date, telling.dateAt];
  }
}

/** "Sinner in his press conference: "Five weeks ago I lost a final …"": a day inside a statement's own quoted words tells of what the words are about, not of their saying. */
function saidInItsQuotation(text: string, time: TemporalExpression, owner: Mention): boolean {
  return owner.rule.kind === 'statement' && isQuoted(text, time.start) && !isQuoted(text, owner.start);
}

/**
 * "meet in Skarholm to prepare the June summit", "met to discuss the March ceasefire": a date written as the modifier of a noun is
 * that noun's; a trigger other than the noun it modifies does not take it (the noun, when it is a trigger, does: "the June 12 summit").
 */
function modifiesAnotherNoun(text: string, time: TemporalExpression, owner: Mention): boolean {
  // "passed next year's budget on Tuesday", "agreed last year's accounts": a period in the possessive names what its noun is for or belongs to, a few words on
  // ("next year's defence budget"); it dates no other trigger, unless that one was done at the happening it names ("at last week's summit, the leaders agreed",
  // "last month's donors' conference, where forty governments pledged"). A day's possessive ("Tuesday's donors' conference, where …") is left to nearness:
  // what its sentence tells beside it is mostly done at it, that day.
  if (claimOf(time)?.precision !== 'day' && POSSESSIVE_DATE.test(text.slice(time.end))) {
    const ownNoun = owner.start >= time.end && POSSESSIVE_HEAD.test(text.slice(time.end, owner.start));
    const doneThere = AT_THE_HAPPENING.test(text.slice(Math.max(0, time.start - 30), time.start)) || (owner.start >= time.end && WHERE_AT_THE_HAPPENING.test(text.slice(time.end, owner.start)));
    return !ownNoun && !doneThere;
  }
  const head = ATTRIBUTIVE_DATE_HEAD.exec(text.slice(time.end));
  if (!head || !ATTRIBUTIVE_DATE_BEFORE.test(text.slice(Math.max(0, time.start - 12), time.start))) return false;
  return !(owner.start >= time.end && owner.start < time.end + head[0].length);
}

/**
 * "are due to meet again the day before the Northern Council summit on June 12", "The day before
 * the June 12 summit, the two will meet": a day counted from a date the sentence names for another
 * thing is the day of the trigger in the clause before the count (or after it, when the count opens
 * the sentence), counted from that date; the named date stays the other thing's.
 */
function countedFromNamedDay(found: Mention[], times: TemporalExpression[], text: string): void {
  for (const time of times) {
    const claim = claimOf(time);
    if (claim?.precision !== 'day') continue;
    const from = Math.max(0, time.start - NAMED_DAY_REACH);
    const count = COUNTED_FROM_NAMED_DAY.exec(text.slice(from, time.start));
    if (!count) continue;
    const at = from + count.index;
    // The other thing may be a trigger too ("the June 12 summit"), pointing at an event the reader knows.
    const events = found.filter((m) => m.rule.kind !== 'statement' && !m.reference);
    const before = events.findLast((m) => m.end <= at && !/[,;]/.test(text.slice(m.end, at)));
    const owner = before ?? (/^\W*$/.test(text.slice(0, at)) ? events.find((m) => m.start >= time.end) : undefined);
    if (!owner || (owner.date && owner.dateAt !== time.start)) continue;
    const [, number, unit, direction, eve] = count;
    const days = eve ? -1 : (direction!.toLowerCase() === 'before' ? -1 : 1) * countedDays(number ?? 'one', unit!)!;
    const start = shiftDay(claim.start, days);
    [owner.date, owner.dateAt, owner.dateWithheld] = [{ value: start, start, end: start, precision: 'day' }, time.start, false];
  }
}

/** How far before a named date its count may begin ("two days before the Northern Council's annual summit on …"). */
const NAMED_DAY_REACH = 90;

/**
 * "returned on Sunday from a visit to Geneva, where he met Witkoff": a gathering held on a trip the
 * subject is back from took place on some day of the trip, neither the return's nor the news's; it
 * keeps only a day its own clause gives ("…, where he had met Witkoff on March 2"), and is listed
 * with no day otherwise.
 */
function heldOnATripBack(found: Mention[], times: TemporalExpression[], text: string, day: string): void {
  for (const m of found) {
    if (kindFamily(m.rule.kind) !== 'gathering' || m.future) continue;
    const trip = HELD_ON_A_TRIP_BACK.exec(text.slice(0, m.start));
    if (!trip) continue;
    // A date in its own clause, from the "where" on, is its own; one before is the return's (or the arrival's).
    const clause = trip.index + trip[0].length - trip[1]!.length;
    if (m.date && m.dateAt !== undefined && m.dateAt >= clause) continue;
    delete m.date;
    delete m.dateAt;
    m.dateWithheld = true;
    // "arrived on Tuesday evening from Rome, where he met the Pope on Monday": the day the nearer arrival took is the clause's own.
    const own = times.find((t) => t.start >= clause && claimOf(t)?.precision === 'day' && !found.some((o) => o.dateAt === t.start));
    if (own) [m.date, m.dateAt, m.dateWithheld] = [agreeWithModality(claimOf(own)!, own, m.mood, day), own.start, false];
  }
}

/**
 * "travelled to Ankara on Thursday, where she and her counterpart held four hours of talks": a
 * gathering told in a "where" clause after a journey with a day was held there on that day, not on
 * the day of the news; "will fly to Ankara on Monday, where she will meet …" plans it for the day
 * of arrival. So is one a past journey's clause goes on to as what it was for ("Later that week he
 * flew to Marrow for an audience with the king").
 */
function heldWhereTheyWent(found: Mention[], text: string): void {
  for (const goal of found) {
    if (goal.date || goal.dateWithheld || kindFamily(goal.rule.kind) !== 'gathering') continue;
    // "flew to Marrow later that week for an audience with the king": the journey's own clause goes on to the gathering it was for, held when they got there.
    const trip = found.findLast((j) => j.rule.travel === true && j.date && j.end <= goal.start && (WHERE_AFTER_JOURNEY.test(text.slice(Math.max(j.end, j.dateAt ?? 0), goal.start)) || (!j.future && isArrivalFor(text.slice(j.start, goal.start)))));
    if (trip) [goal.date, goal.dateAt] = [trip.date, trip.dateAt];
  }
}

/**
 * A plan its sentence moves keeps the day it had been due on ("due on Thursday, has been moved to
 * Friday", "which had been due to open on February 20, have been pushed back to early March"), so
 * its lifecycle shows the earlier date; moved by a length and to no day ("planned for Monday, have
 * been postponed by a week"), its new day is the old one moved by that length.
 */
function movedPlans(found: Mention[], times: TemporalExpression[], text: string, day: string): void {
  const moved = found.filter((m) => m.date && m.rule.kind !== 'statement' && NEW_OR_MOVED.test(text));
  if (moved.length === 0) return;
  const by = MOVED_BY.exec(text);
  for (const m of moved) {
    const left = times.find((t) => claimOf(t)?.precision === 'day' && (isLeftDay(text, t) || WAS_DUE_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start))));
    if (!left) continue;
    const wasDue = agreeWithModality(claimOf(left)!, left, 'plan', day);
    if (m.dateAt === left.start && by) {
      const length = countedDays(by[2]!, by[3]!);
      if (length === undefined) continue;
      const start = shiftDay(wasDue.start, /forward/i.test(by[1]!) ? -length : length);
      [m.date, m.future, m.mood] = [{ value: start, start, end: start, precision: 'day' }, true, 'plan'];
    } else if (m.dateAt === left.start) continue;
    m.wasDue = wasDue;
  }
}

/**
 * "told reporters on Friday that the talks would be held on Monday", in a story of the Tuesday
 * after: the weekday a telling names is the first of that name after the telling, however long
 * after it the story ran (read from the story's day it would be the Monday to come).
 */
function firstAfterTelling(date: CalendarDate, time: TemporalExpression, told: string): CalendarDate {
  if (date.precision === 'month' && time.relative && !MONTH_WITH_ITS_YEAR.test(time.text)) return monthFromTelling(date, told);
  if (date.precision !== 'day' || !BARE_WEEKDAY.test(time.text.trim())) return date;
  let start = date.start;
  while (start > shiftDay(told, 7)) start = shiftDay(start, -7);
  while (start <= told) start = shiftDay(start, 7);
  return { ...date, value: start, start, end: start };
}

/** A month without its year, of a plan told on a day or in a month ("said in March that he would meet Putin in May"): the first of its name from the telling's month on. */
function monthFromTelling(date: CalendarDate, told: string): CalendarDate {
  const [year, month] = [Number(told.slice(0, 4)), told.slice(5, 7)];
  const by = year + (date.start.slice(5, 7) < month ? 1 : 0) - Number(date.start.slice(0, 4));
  if (by === 0) return date;
  const [start, end] = [date.start, date.end].map((d) => isoDay(shift(parseReferenceDay(d), 'year', by))) as [string, string];
  return { ...date, value: start.slice(0, 7), start, end };
}

/** "will meet this week" in a Sunday story: the week told of on its last day is the one ahead (the week that ends today holds no day to come). */
function weekAheadOnItsLastDay(date: CalendarDate, time: TemporalExpression, day: string): CalendarDate {
  if (date.precision !== 'week' || date.end !== day || !THIS_WEEK.test(time.text.trim())) return date;
  const [start, end] = [shiftDay(date.start, 7), shiftDay(date.end, 7)];
  return { ...date, value: isoWeek(parseReferenceDay(start)), start, end };
}

/** The tense a relative clause tells its event in: ahead when it schedules in the present ("which opens on Monday"), else the event's own ("which had been scheduled for Monday, went ahead"). */
function asideMood(aside: string, own: Modality): Modality {
  return SCHEDULED_PRESENT.test(aside) ? 'plan' : own;
}

/**
 * Whether a trigger's clause tells it as the news of the moment it is reported: done just now ("have spoken") or going on ("are under way", "is now meeting"),
 * unless the sentence says its day is not given ("…, the ministry announced on Monday, without saying when the meeting took place").
 */
function newsAsReported(text: string, m: Mention, dayNotGiven: boolean, dayOfItsOwn: boolean): boolean {
  if (dayNotGiven) return false;
  // A claim told back ("said on Monday it had taken control of the city") is news of the saying's day; not with a day of its own
  // ("said on Wednesday that he had met Witkoff in Geneva on Monday"), nor a meeting, a call or a strike, whose own day another report gives
  // (dated by the saying, "said on Wednesday that he had met Witkoff" would be a second meeting beside it).
  if (m.rule.kind === 'other' && !dayOfItsOwn && REPORTED_PERFECT.test(text.slice(Math.max(0, m.start - 120), m.start))) return true;
  // The verb may follow a long subject ("Talks between the Sudanese army and the Rapid Support Forces are under way").
  const after = text.slice(m.end, m.end + 120).split(CLAUSE_BOUNDARY)[0];
  // "on Monday claimed control of the city": an act its doer claims, told by the claim itself, is news of the telling's day too.
  return PRESENT_PERFECT.test(clauseBefore(text, m.start)) || (m.rule.claimed === true && CLAIM_TOLD.test(text.slice(m.start, m.end))) || IN_PROGRESS.test(`${clauseBefore(text, m.start)}${text.slice(m.start, m.end)}${after}`);
}

/** "30-minute call", "two days of talks … on Tuesday": a duration right before or after its trigger; `day` is the news day plans and past are read against. */
export function assignDurations(found: Mention[], times: TemporalExpression[], text: string, day: string): void {
  // Days counted on from a day named ("Two days later she spoke") carry the day they end on: a time, not a length.
  for (const time of times.filter((t) => t.type === 'DURATION' && !t.date)) {
    const owner = nearest(found, time);
    // A duration before its trigger qualifies it only with nothing but "of" and adjectives between ("two days of talks", "a 30-minute phone call"), not another thing ("a 30-day ceasefire at talks").
    if (owner && gap(owner, time) <= 30 && !(time.end <= owner.start && OTHER_HEAD.test(text.slice(time.end, owner.start)))) owner.duration = time;
  }
  const closed = new Set(found.filter((m) => closedByMainClause(m, times, text, day)));
  for (const m of found) {
    const days = m.duration ? /^P(\d+)D$/.exec(m.duration.value) : null;
    // "walked out at 7am today, at the start of a five-day strike": the happening told again as the start of its length counts from the day it was
    // first told with ("landed back in Rome on Tuesday evening after a six-day journey" ends there).
    const opened = days && !m.date && START_OF_A_LENGTH_BEFORE.test(text.slice(Math.max(0, m.duration!.start - 40), m.duration!.start));
    const toldFirst = opened ? found.find((o) => o.end <= m.start && o.date?.precision === 'day' && !o.duration && o.rule.kind === m.rule.kind && o.rule.noun !== undefined && o.rule.noun === m.rule.noun) : undefined;
    if (toldFirst) [m.date, m.dateAt] = [toldFirst.date, toldFirst.dateAt];
    if (days && m.date?.precision === 'day' && m.duration!.end <= m.start && Number(days[1]) > 1) {
      const count = Number(days[1]) - 1;
      // Days of talks that ended on a day began before it; those that began or were held on it go on after it.
      const [start, counted] = closed.has(m) || endsOnItsDay(clauseBefore(text, m.start), clauseAfter(text, m.end), clauseBefore(text, m.dateAt ?? m.start)) ? [shiftDay(m.date.start, -count), m.date.start] : [m.date.start, shiftDay(m.date.start, count)];
      const end = toldEnd(m, times, text, counted) ?? counted;
      m.date = { value: `${start}/${end}`, start, end, precision: 'span' };
      if (toldFirst) toldFirst.date = m.date;
    }
  }
}

/**
 * "a five-day strike from 7am on Friday that runs until 7am on Wednesday", "a 48-hour stoppage … until 6am on Thursday": days counted
 * from a clock time end at that time of the day after the last one counted, the day its "until" names; only that day, the next one,
 * corrects the count (a day further on is another telling's), and only the length's own "until" (LENGTHS_OWN_UNTIL).
 */
function toldEnd(m: Mention, times: TemporalExpression[], text: string, counted: string): string | undefined {
  // The date reader marks a bare "until Friday"; "until 7am on Wednesday" is found by its words.
  const until = times.find((t) => t.start >= m.end && (t.date?.qualifier === 'until' || (t.date !== undefined && UNTIL_BEFORE.test(text.slice(Math.max(m.end, t.start - 40), t.start)))) && !STRONG_BOUNDARY.test(text.slice(m.end, t.start)));
  return until?.date?.precision === 'day' && until.date.start === shiftDay(counted, 1) && LENGTHS_OWN_UNTIL.test(text.slice(m.end, until.start)) ? until.date.start : undefined;
}

/**
 * "signed a memorandum in Almaty on Thursday after two days of talks", "agreed on Friday
 * following 12 hours of negotiations": a gathering told by its length after the main clause's
 * day ends on that day. Whether it was taken so.
 */
function closedByMainClause(m: Mention, times: TemporalExpression[], text: string, day: string): boolean {
  const length = m.duration;
  if (m.date || !length || length.end > m.start || !/^P(?:\d+D|T\d+H)$/.test(length.value) || !AFTER_A_LENGTH.test(text.slice(0, length.start))) return false;
  const main = times.filter((t) => t.end <= length.start && claimOf(t)?.precision === 'day' && !STRONG_BOUNDARY.test(text.slice(t.end, length.start))).at(-1);
  if (!main) return false;
  m.date = agreeWithModality(claimOf(main)!, main, m.mood, day);
  m.dateAt = main.start;
  return true;
}

/**
 * "Doha will host an emergency summit … on Sunday and Monday, with foreign ministers meeting first": of a gathering over
 * days whose first day is its ministers' (MINISTERS_FIRST), the leaders' gathering is the days after that one. Read once every
 * report has its day, before resolution: a later sentence counting from the summit counts from the span as told.
 */
export function leadersDays(m: Mention, date: CalendarDate): CalendarDate {
  if (date.precision !== 'span' || kindFamily(m.rule.kind) !== 'gathering') return date;
  // The ministers' meeting itself ("opens with a meeting of finance ministers") is the first day.
  if (MINISTERS_MEETING.test(m.sentence.text.slice(Math.max(0, m.start - 40), m.end + 40)) && MINISTERS_FIRST.test(m.sentence.text.slice(0, m.end + 40))) return { value: date.start, start: date.start, end: date.start, precision: 'day' };
  if (!MINISTERS_FIRST.test(m.sentence.text.slice(m.end))) return date;
  const start = shiftDay(date.start, 1);
  if (start > date.end) return date;
  return start === date.end ? { value: start, start, end: start, precision: 'day' } : { value: `${start}/${date.end}`, start, end: date.end, precision: 'span' };
}
