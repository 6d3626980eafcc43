import type { TemporalExpression } from '../dates/index.ts';
import type { Roles } from '../entities/roles.ts';
import type { Article, CalendarDate, Sentence } from '../types.ts';
import { testPart } from '../gated-matches.ts';
import { actPhrase } from './acts-of-named-doers.ts';
import { clauseAfter, clauseBefore } from './clause-text.ts';
import { isQuoted } from '../parse/quotes.ts';
import { isArrivalFor, isJourneyGoal, isPlanAside, isPresentPlan, isTravelPurpose, type Modality, modality, outsideQuotations, withoutGoalHeld } from './clause.ts';
import { BALLOT_RESULT_NOUN, comesByCalendar, kindFamily, kindSpec, occasionOf, PAPERS_NOUN, REPORT_NOUN } from './kinds.ts';
import { sameSort } from './match-mention.ts';
import { withoutAppositions } from './sentence-clauses.ts';
import { nounPhrase, statementGist } from './phrase.ts';
import {
  ACT_OF_A_TIME_CLAUSE_BEFORE,
  AUXILIARY_BEFORE,
  BACKGROUND,
  BEFORE_ANOTHER,
  CLAUSE_BREAK,
  COUNT_IN_PERIOD_AFTER,
  COUNTED_FROM,
  DEFINITE,
  EARLIER_ONE,
  GERUND_AFTER_SUBORDINATOR, GERUND_BEFORE_SUBORDINATOR, GERUND_TRIGGER,
  ENDED_ROUND_ASIDE,
  HABIT_BEFORE,
  HABIT_TIME_BEFORE,
  INDEFINITE,
  JOINED_NAMES,
  LEADING_CLAUSE,
  NEW_EVENT_MODIFIER,
  NO_DAY_AFTER,
  NO_DAY_BEFORE,
  OWN_PAST_VERB,
  OWN_PAST_JOURNEY_VERB,
  PAST_VERB_OPENING,
  UP_TO_OWN_RELATIVE_CLAUSE,
  PARTICIPLE_OF_AGREEMENT_BEFORE,
  JOURNEY_NOUN,
  LAST_OCCASION,
  ON_THE_JOURNEY,
  ONE_MORE,
  AT_THE_END_OF_A,
  AT_A_GATHERING,
  OPENS_AT_A_GATHERING,
  MINUTES_OF_BEFORE,
  GATHERINGS_OWN_DAY,
  SUBJECT_OF_A_REPORT,
  OBJECT_OF_A_REPORT,
  HAPPENINGS_OWN_DAY,
  BALLOT,
  PURPOSE_OF_GATHERING,
  TEAM_NAMED_FOR,
  PRONOUN_SUBJECT,
  PROSPECT,
  UNDECIDED_BEFORE,
  RESUMPTION_PLANNED,
  RELATIVE_ASIDE,
  SERIES_AFTER,
  PERIOD_UP_TO_NOW,
  PRESENT_PERFECT,
  SEVERAL_IN_PERIOD_BEFORE,
  TIME_CLAUSE_BEFORE,
  TOOK_PLACE,
  TOPIC_BEFORE,
  VERB_OF_A_TRIGGER_BEFORE,
  REGULAR_PAST_VERB,
  WEEKDAY_MARKS,
  PERIOD_BEFORE_NOTE,
  PLACE_ASIDE_BEFORE_VERB,
} from './lexicon.ts';
import { SAYING, type TriggerHit, type TriggerRule } from './triggers.ts';

/**
 * People or sides a later sentence seats at a mention (the next signer of acts in turn, a side acting at every stage of a count, the
 * author of a first-person quote), or its own sentence's subject told by a pronoun or in a sentence before (a call told next): each
 * once, in the mention's list and in its roles' (people among those present, sides among the parties). A subject goes `first`, where
 * its sentence tells it, before the people its verb names.
 */
export function addToMention(m: Mention, field: 'persons' | 'parties', ids: string[], at: 'first' | 'last' = 'last'): void {
  const added = ids.filter((id) => !m[field].includes(id));
  if (added.length === 0) return;
  const joined = (list: string[], more: string[]): string[] => (at === 'first' ? [...more, ...list] : [...list, ...more]);
  m[field] = joined(m[field], added);
  const role = field === 'persons' ? 'present' : 'parties';
  if (m.roles) m.roles = { ...m.roles, [role]: joined(m.roles[role], added.filter((id) => !m.roles![role].includes(id))) };
}

/** One trigger in one sentence, with what its clause says of it: the unit extraction dates, peoples and resolves into events. */
export interface Mention {
  rule: TriggerRule;
  start: number;
  end: number;
  sentence: Sentence;
  date?: CalendarDate;
  duration?: TemporalExpression;
  persons: string[];
  parties: string[];
  place: string | null;
  /** Told as not held until a day ("did not meet … until Friday afternoon"), or as going on until one ("negotiated until late on Monday"): that day, the "until" date's, is its own. */
  heldFrom?: boolean;
  /** Its trigger's doer told by a capitalised word (TriggerHit's `subjectAt`): a name the sentence must recognise. */
  subjectAt?: [number, number];
  /** The clause of a sentence of several it is the act of (TriggerHit's `ownClause`). */
  ownClause?: [number, number];
  /** Of the day opening its sentence (TriggerHit's `ofTheOpeningDay`). */
  ofTheOpeningDay?: boolean;
  /** Where the doer of a clause's act stands (TriggerHit's `doerAt`). */
  doerAt?: [number, number];
  /** The call or gathering told before that this one followed (or preceded) as the next in its story ("Later, the minister called on …"), or what a saying told in the story's scene followed ("Hours later he posted …"), or the act this one gave back for ("In return Israel freed …"): another happening than it. */
  sequelTo?: Mention;
  /** A call or gathering in a sentence opened by another time of its day than the one told before it ("Later in the afternoon, at Rideau Hall, the King … met privately with Mr. Carney"): none of the happenings the article told before it. */
  atAnotherTimeOfTheDay?: boolean;
  /** Points back at an event already reported rather than reporting one. */
  reference: boolean;
  /** Inside quotation marks: what someone said, not what the article reports. */
  quoted: boolean;
  future: boolean;
  /** A date beside it was the day of the news or said in a quotation: it has one, unknown, so it is not the publication day. */
  dateWithheld: boolean;
  /** Its clause says it has no one day: none set ("no date has been set for a summit"), a process ("two years of negotiations"). */
  dayless: boolean;
  /** Many events of its sort, none in particular ("numerous rounds of talks", "speak by phone almost every week"): no one event's evidence. */
  series: boolean;
  /** One more event than those reported before it ("He also held talks …"): evidence only of an event it shares a name with. */
  another: boolean;
  /** Its sentence goes on about the people of the sentence before ("He met …"). */
  continues: boolean;
  /** Plan or past, as its own clause puts it (see clause.ts). */
  mood: Modality;
  /** A plan as of the article ("will meet"), not one reported from before ("said they would meet"). */
  presentPlan: boolean;
  /** The goal of a trip ("flies to Miami for talks"): dates before it are the trip's… */
  travelPurpose: boolean;
  /** The goal of a journey to where it is held ("will travel to Washington on Thursday for talks", "will visit Tokyo later this month for the annual summit"): the journey's day is the goal's, and the journey is no event beside it. */
  journeyGoal: boolean;
  /** A gathering, no summit itself, the next sentence of its paragraph tells as followed by a sitting of a summit (SESSION_TOLD_AS_NEXT): no sitting of it (besideTheGathering). */
  beforeASession?: true;
  /** The sentence before it, whose relative date it takes ("… last week. A counter-proposal …"). */
  scene?: Sentence;
  /** The sentence its day was read from when that is no evidence of it ("From there the motorcade went straight to Lansdowne, where the King met farmers", after the welcome on the tarmac the landing dated): what a time of that day opening a paragraph after it is read on (afterTheLastDay). */
  dayFrom?: Sentence;
  /** One of the stages a count lists after its colon ("the first …; the second …", elided-second.ts stagesOfACount). */
  stageOfACount?: true;
  /** The next sentence of its paragraph, telling who signed after the one its sentence tells signing first (acts-in-turn.ts). */
  nextInTurn?: Sentence;
  /** The quotation the next sentence gives of what a statement with no words of its own said ("Trump emphasized urgency. "Ukraine better come to the table fast," he said."): its evidence first. */
  quotation?: Sentence;
  /** The sentence before that names the speaker its own sentence tells only as "he" or "she", when that sentence tells nothing else (speakerNamedBefore): what was said is told across both. */
  speakerFrom?: Sentence;
  /** The day its sentence is news of: the publication day, or a live blog's day heading above it. */
  newsDay?: string;
  /**
   * Told in the sentence that opens an entry with its clock time (ENTRY_STAMP: a live blog's entry, a thread's post, a planner's item),
   * or told as just done in a later sentence of the entry ("She has declared the capital an emergency zone"): the news of the entry's day
   * wherever the entry stands, in the present ("21:40 — The ministry announces a ceasefire") as in the past.
   */
  entry?: boolean;
  /** The sentence opening the stamped entry it is told in: a pronoun subject carries on that entry ("She has …"), not an entry above it. */
  entryOpening?: number;
  /** The minute of the day its entry's stamp gives: when the entry told it (entry-clock.ts). */
  clock?: number;
  /** The paragraph of the last heading before it (-1 under none): the section of a briefing it is told in. */
  section?: number;
  /** Told below a diary's day heading ("Wednesday", `diaryDayHeading`): what it tells of someone as done is that day's news, however far down the article it stands. */
  inDiaryEntry?: boolean;
  /** Where the date it took stands in its sentence. */
  dateAt?: number;
  /** Its day was told by a time of that day ("at 9.44 on Tuesday morning", "on Tuesday morning"): a story told by that day's clock, which a bare time told after it carries on (timesOfTheStorysDay). */
  dayToldByItsHours?: boolean;
  /** A plan its sentence moves: the day it had been due on before ("due on Thursday, has been moved to Friday"), for its lifecycle. */
  wasDue?: CalendarDate;
  /** Its date is the day a later clause carries it on to ("… would reconvene on December 15"). */
  continuation: boolean;
  /** In a leading clause ("After talks with …,"), in a main clause set before another event ("Before the meeting, …") or in a clause of time after the main one (", shortly before the deadline ran out"): not the day's news. */
  beforeAnother: boolean;
  /** Its clause says it took place ("have ended", "spoke by phone", "announced a call"). */
  tookPlace: boolean;
  /** Told by the verb of a clause of time after its sentence's main act ("took office on Tuesday after both houses of the Diet chose her"): a happening of its own, before that act, never its evidence. */
  ofATimeClause?: true;
  background: boolean;
  phrase: string;
  roles?: Roles;
  /** Everyone and everywhere its sentence names, whatever part they took: what merging ties reports by when roles are thin. */
  mentions?: string[];
  /** The event "one" stands for ("the previous one"): an earlier event of its sort, between the same people. */
  antecedent?: Mention;
  /** Where the relative clause ends that tells it as a round ended ("talks, which ended on Wednesday, will resume …"): a date after it is the main clause's, and its antecedent gives its people, place and name. */
  asideEnd?: number;
  /** A saying whose sentence gives no day and reports nothing else ("Tusk said openly that …"): dated by the scene it is told in, or by nothing (resolve-mentions). */
  noDayOfItsOwn?: true;
  /** Such a saying told as done after a lead that tells the news of its day ("Vell Corp said it would appeal" below "… fined Vell Corp on Friday" in a wire of Friday): its speaker's voice may be that news's (resolve-mentions). */
  voiceOfTheNews?: true;
  /** Such a saying told by a verb of judging ("called the decision irresponsible", "accused Wilders of …"): a reaction to the news its lead tells, by whoever makes it. */
  judgement?: true;
  /** A statement's voice the article does not name ("the foreign ministry", "a Kremlin spokesman"): it has one, so it is kept without a name. */
  speaker?: string;
  /** What another event of its sentence is about ("held talks on a new prisoner exchange"): an event only with a date of its own. */
  topic?: boolean;
  /**
   * Told in passing, in a relative clause on the place its sentence is about ("The area around the World Forum, where the summit
   * meets on Wednesday, has been closed …"): a report only when its article tells it in no sentence of its own.
   */
  inPassing: boolean;
}

export function toMention(hit: TriggerHit, sentence: Sentence): Mention {
  const text = sentence.text;
  const before = clauseBefore(text, hit.start);
  const leading = LEADING_CLAUSE.exec(text);
  const inLeadingClause = leading !== null && hit.end <= leading[0].length;
  const lead = text.slice(Math.max(0, hit.start - 40), hit.start);
  const definite = testPart(DEFINITE, lead, text) && !testPart(INDEFINITE, lead, text) && !testPart(NEW_EVENT_MODIFIER, text.slice(Math.max(0, hit.start - 30), hit.start), text) && !testPart(VERB_OF_A_TRIGGER_BEFORE, lead, text) && !REGULAR_PAST_VERB.test(text.slice(hit.start, hit.end));
  const clause = before + text.slice(hit.start, Math.min(text.length, hit.end + 30));
  const unquoted = outsideQuotations(text, hit.start);
  // A trip's goal may follow its place in apposition ("stopped in Halifax, Nova Scotia, for talks").
  const trip = text.slice(Math.max(0, text.lastIndexOf('; ', hit.start) + 1), hit.start);
  const journeyGoal = isJourneyGoal(trip, kindFamily(hit.rule.kind) === 'gathering');
  const unquotedBefore = journeyGoal ? withoutGoalHeld(clauseBefore(unquoted, hit.start)) : clauseBefore(unquoted, hit.start);
  // "agreed on Tuesday to resume talks in May": the plan after a verb that is itself the trigger is the next event's; the trigger took place, unless its own clause plans it ("will have agreed").
  // "may enter the bay under a deal agreed in Geneva on Monday": a participle after its agreement's noun is past whatever the main clause plans;
  // so is a past verb in a relative clause of its own ("agreed to lift the sanctions on the same morning that Coale sat down with him"), whose day is
  // the main clause's, unknown: withheld, never the publication day's.
  const pastVerb = testPart(OWN_PAST_VERB, text.slice(hit.start, hit.end), text);
  const participle = pastVerb && PARTICIPLE_OF_AGREEMENT_BEFORE.test(text.slice(Math.max(0, hit.start - 20), hit.start));
  const pastOfItsOwn = pastVerb && modality(unquotedBefore, '') !== 'plan';
  const pastInRelativeClause = pastVerb && !pastOfItsOwn && modality(unquotedBefore.replace(UP_TO_OWN_RELATIVE_CLAUSE, ''), '') !== 'plan';
  const ownPast = participle || pastOfItsOwn || pastInRelativeClause;
  const read = ownPast ? 'past' : modality(unquotedBefore, clauseAfter(unquoted, hit.end));
  // A plan read across a journey's own past verb is what the journey was for ("flew to Lusk on Monday to open the bridge"), in a relative clause too
  // ("Kell, who flew to Lusk on Monday to open the bridge, …"): the journey went, its day counted back. Its day stays its own, never withheld.
  const journeyGone = read === 'plan' && (hit.rule.travel === true || hit.rule.journey === true) && testPart(OWN_PAST_JOURNEY_VERB, text.slice(hit.start, hit.end), text) && modality(unquotedBefore.replace(UP_TO_OWN_RELATIVE_CLAUSE, ''), '') !== 'plan';
  const mood = journeyGone ? 'past' : read;
  const arrival = isArrivalFor(trip);
  const travelPurpose = !arrival && isTravelPurpose(trip);
  // What others prepare for or weigh is still ahead ("prepared for talks on Tuesday", "the possibility of holding a meeting").
  const undecided = testPart(UNDECIDED_BEFORE, before, text);
  const prospect = travelPurpose || undecided || testPart(PROSPECT, before, text);
  const aside = mood === 'unmarked' && isPlanAside(text.slice(hit.end, hit.end + 140));
  const near = text.slice(Math.max(0, hit.start - 80), hit.start);
  const generic = hit.generic === true;
  // The invasion "four years since" is dated by its own words ("in February 2022"); a summit or a call counted from is not.
  // A habit has no one day: the month it is given is its custom ("usually meet in March").
  // …and the day a habit keeps is no event of its own, nor the dated one it names ("have met every year on the anniversary").
  const habitTime = testPart(HABIT_TIME_BEFORE, near, text);
  const habit = habitTime || testPart(HABIT_BEFORE, text.slice(Math.max(0, hit.start - 40), hit.start), text);
  // "the group's sixth meeting in two weeks": the earlier ones are a series in that period, with no one day.
  const severalInPeriod = testPart(SEVERAL_IN_PERIOD_BEFORE, text.slice(Math.max(0, hit.start - 20), hit.start), text) && testPart(COUNT_IN_PERIOD_AFTER, text.slice(hit.end), text);
  // "In recent weeks, mediators have held talks", "has also met the ministers during his term": a series up to now, no one day.
  const overPeriodUpToNow = testPart(PRESENT_PERFECT, before, text) && testPart(PERIOD_UP_TO_NOW, text, text);
  const dayless = generic || habit || undecided || severalInPeriod || overPeriodUpToNow || testPart(NO_DAY_BEFORE, near, text) || (hit.rule.kind !== 'other' && testPart(COUNTED_FROM, near, text)) || (testPart(NO_DAY_AFTER, text.slice(hit.end), text) && !testPart(PERIOD_BEFORE_NOTE, text.slice(hit.end), text));
  const series = generic || habit || severalInPeriod || overPeriodUpToNow || testPart(SERIES_AFTER, text.slice(hit.end, hit.end + 80), text);
  // A weekday marking a day of the calendar ("Friday marks the 100th anniversary") is read forward, as a plan stated now is; whether it has come is for its day to say.
  const marksDay = comesByCalendar(hit.rule.kind, hit.rule.noun) && testPart(WEEKDAY_MARKS, text.slice(0, hit.start), text);
  const whereAt = text.lastIndexOf(', where ', hit.start);
  const placeAside = whereAt < 0 ? null : PLACE_ASIDE_BEFORE_VERB.exec(text.slice(whereAt));
  return {
    rule: hit.rule,
    start: hit.start,
    end: hit.end,
    sentence,
    persons: [],
    parties: [],
    place: null,
    // "Following Trump’s conversation with Putin," points back; "After talks with European officials," names talks of its own.
    // A series after an auxiliary ("the Indonesian president have spoken twice") is the verb of its subject, pointing back at nothing.
    // "the group's sixth meeting in two weeks" counts a series; it points back at no one event.
    reference: definite && !severalInPeriod && !habitTime && !(series && testPart(AUXILIARY_BEFORE, lead, text)),
    // A leading clause's event is not the sentence's news; nor is what happened before another event.
    beforeAnother: inLeadingClause || testPart(BEFORE_ANOTHER, text, text) || testPart(TIME_CLAUSE_BEFORE, text.slice(Math.max(0, hit.start - 80), hit.start), text) || laterActByGerund(text, hit.start, hit.end),
    quoted: isQuoted(text, hit.start),
    future: mood === 'plan' || prospect || aside,
    mood: prospect || aside || marksDay ? 'plan' : mood,
    presentPlan: !participle && (travelPurpose || aside || marksDay || isPresentPlan(before, mood === 'plan' ? clauseAfter(unquoted, hit.end) : '')),
    travelPurpose,
    journeyGoal,
    continues: testPart(PRONOUN_SUBJECT, text.slice(0, hit.start), text),
    // A series ("have met several times") is no one day's news; a date it is given still dates it ("has struck Kyiv repeatedly, most recently on Sunday").
    series,
    dateWithheld: dayless || series || pastInRelativeClause || testPart(LAST_OCCASION, before, text),
    another: testPart(ONE_MORE, before, text),
    dayless,
    continuation: false,
    tookPlace: arrival || testPart(TOOK_PLACE, before + text.slice(hit.start, Math.min(text.length, hit.end + 80)), text),
    background: testPart(BACKGROUND, clause, text),
    ...(actOfATimeClause(text, hit.start, hit.end) ? { ofATimeClause: true as const } : {}),
    inPassing: placeAside !== null && hit.end <= whereAt + placeAside[0].length,
    phrase: '',
    ...(hit.heldFrom ? { heldFrom: true } : {}),
    ...(hit.subjectAt ? { subjectAt: hit.subjectAt } : {}),
    ...(hit.ownClause ? { ownClause: hit.ownClause } : {}),
    ...(hit.ofTheOpeningDay ? { ofTheOpeningDay: true } : {}),
    ...(hit.doerAt ? { doerAt: hit.doerAt } : {}),
  };
}

/** "met Starmer on Monday before leaving for Rome": the subject's later act, a gerund right after "before" (GERUND_BEFORE_SUBORDINATOR). */
function laterActByGerund(text: string, start: number, end: number): boolean {
  return GERUND_TRIGGER.test(text.slice(start, end).trim()) && GERUND_BEFORE_SUBORDINATOR.test(text.slice(Math.max(0, start - 80), start));
}

/** Whether a trigger is the verb of a clause of time after the main act: a subject before it, or a gerund right after "after" ("after winning the vote"). */
function actOfATimeClause(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  const trigger = text.slice(start, end).trim();
  return (ACT_OF_A_TIME_CLAUSE_BEFORE.test(before) && PAST_VERB_OPENING.test(trigger)) || (GERUND_AFTER_SUBORDINATOR.test(before) && /ing$/i.test(trigger));
}

/**
 * "spoke by telephone … in a call initiated by Washington": a second trigger of the same family in
 * one clause is the same event, named by the more specific of the two ("will host Aliyev for a
 * summit" is a summit).
 */
export function sameEventInOneClause(found: Mention[], text: string): Mention[] {
  const kept: Mention[] = [];
  for (const [i, b] of found.entries()) {
    const a = found[i - 1];
    // Names joined by "and" do not end the clause; a comma, "and" or a relative clause does, and "the next round" brings in another event.
    const between = withoutAppositions(text).slice(a?.end ?? 0, b.start).replace(JOINED_NAMES, ' ');
    const same = a && !a.series && !b.series && !b.topic && sameSort(a.rule.kind, b.rule.kind, a.rule.noun, b.rule.noun) && !CLAUSE_BREAK.test(between) && !NEW_EVENT_MODIFIER.test(text.slice(b.start - 30 > a.end ? b.start - 30 : a.end, b.end));
    if (!same) kept.push(b);
    // A delegation's journey ahead is named by the gathering it goes for ("will fly to Nairobi on Monday for talks").
    else if ((a.rule.journey === true || kindSpec(b.rule.kind).specificity > kindSpec(a.rule.kind).specificity) && kept.at(-1) === a) kept[kept.length - 1] = b;
  }
  return kept;
}

/** A gathering a team is named for ("appointed a new delegation for the Jeddah talks on Sunday"): the appointment's day is not its day, and it is no report here (TEAM_NAMED_FOR). */
export function gatheringsTeamsAreNamedFor(found: Mention[], text: string): Mention[] {
  return found.filter((m) => kindFamily(m.rule.kind) === 'gathering' && TEAM_NAMED_FOR.test(text.slice(0, m.start)));
}

/** What a gathering before it in its clause was held for ("met on Monday to agree a new exchange"): no happening, so it neither dates nor takes the sentence (PURPOSE_OF_GATHERING). */
export function purposesOfGatherings(found: Mention[], text: string): Mention[] {
  const plain = withoutAppositions(text);
  const heldFor = (g: Mention, m: Mention): boolean =>
    g.end <= m.start && kindFamily(g.rule.kind) === 'gathering' && g.rule.travel !== true && g.rule.journey !== true && PURPOSE_OF_GATHERING.test(plain.slice(g.end, m.start));
  return found.filter((m) => found.some((g) => heldFor(g, m)));
}

/**
 * The gathering minutes record or papers are for, named before their coming out ("The minutes of this week's meeting come out on 19 November", "Papers for the
 * meeting will be published … a week before"): no report of its own, unless papers are for it and its own day is told with it (GATHERINGS_OWN_DAY: "Papers
 * for the board meeting on Thursday will be published on Monday" tells the meeting too); "within minutes of the meeting" is a time, with no minutes that come out.
 */
export function gatheringsOfMinutes(found: Mention[], text: string): Mention[] {
  return found.filter(
    (g) =>
      kindFamily(g.rule.kind) === 'gathering' &&
      MINUTES_OF_BEFORE.test(text.slice(0, g.start)) &&
      found.some((m) => m.start >= g.end && (m.rule.issued || (m.rule.noun === PAPERS_NOUN && !GATHERINGS_OWN_DAY.test(text.slice(g.end, m.start))))),
  );
}

/**
 * A happening an outlet's report tells, as its subject or its object ("The talks were first reported on Friday by The Wall Street Journal"): the day is the
 * report's, and it is no report here; unless its own relative clause tells its day ("first reported the meeting, which took place on Monday").
 */
export function happeningsOfAReport(found: Mention[], text: string): Mention[] {
  const reports = found.filter((r) => r.rule.noun === REPORT_NOUN);
  if (reports.length === 0) return [];
  const told = (m: Mention, r: Mention): boolean =>
    m.end <= r.start
      ? SUBJECT_OF_A_REPORT.test(text.slice(m.end, r.start))
      : r.end <= m.start && OBJECT_OF_A_REPORT.test(text.slice(r.end, m.start)) && !HAPPENINGS_OWN_DAY.test(text.slice(m.end));
  return found.filter((m) => m.rule.noun !== REPORT_NOUN && reports.some((r) => told(m, r)));
}

/**
 * "Resident doctors voted for the action in a ballot whose result the BMA announced on 8 July": a vote cast in a ballot whose result its sentence tells
 * after it is that ballot's, told by its result; no report of its own, and no day of the news.
 */
export function votesOfABallotTold(found: Mention[], text: string): Mention[] {
  return found.filter((v) => v.rule.noun === 'Vote' && found.some((r) => r.rule.noun === BALLOT_RESULT_NOUN && r.start >= v.end && BALLOT.test(text.slice(v.end, r.start))));
}

/**
 * A gathering an act before it is told done at: the act's setting, no report of its own. An indefinite one the act's clause is told at the end of
 * ("The next decision is due on 10 December, at the end of a two-day meeting", AT_THE_END_OF_A), or one the act's own clause names it done at or
 * during ("Ishiba and his ministers stepped down together at a cabinet meeting this morning", AT_A_GATHERING): the day is the act's. Not a journey's
 * goal ("flew to Lusk for a summit"), nor the gathering a text signed or an accord reached tells (occasion `whenPlaced`: the table is the event),
 * nor a saying's: a speech at a summit is of the summit. A gathering of the public (Trigger.setting) is the setting of any act but a saying its clause
 * tells done at it, a meeting too ("the players met the coach at a lecture on Monday": the meeting, of Monday), and of a meeting told after the sentence
 * opens on it ("At the celebration on Friday, Lund met Ruiz", OPENS_AT_A_GATHERING): the act keeps its day. So is a speech or a news conference told as
 * a saying's setting (SAID_AT_ITS_OCCASION) of any act its clause tells ("At a press conference on Monday, the two leaders signed the treaty", "named
 * his cabinet at a press conference on Monday"): the act, with its kind and its day, is the news, not a saying.
 */
export function settingsOfActs(found: Mention[], text: string): Mention[] {
  const doneAt = (m: Mention, g: Mention): boolean =>
    m.end <= g.start && m.rule.travel !== true && m.rule.journey !== true && occasionOf(m.rule.kind, m.rule.noun) !== 'whenPlaced' && AT_A_GATHERING.test(text.slice(m.end, g.start)) && !CLAUSE_BREAK.test(text.slice(m.end, g.start));
  // The comma closing the opening phrase is no clause break.
  const doneAfter = (g: Mention, m: Mention): boolean => g.end <= m.start && OPENS_AT_A_GATHERING.test(text.slice(0, g.start)) && !CLAUSE_BREAK.test(text.slice(g.end, m.start).replace(',', ''));
  // A saying's occasion holds its own "at" or "in": any act of its clause, before it or after the phrase it opens, was done there.
  const doneAtASaying = (g: Mention, m: Mention): boolean =>
    !m.topic && (m.end <= g.start ? !CLAUSE_BREAK.test(text.slice(m.end, g.start)) : !CLAUSE_BREAK.test(text.slice(g.end, m.start).replace(',', '')));
  const setting = (g: Mention, m: Mention): boolean =>
    g.rule.setting === true
      ? m.rule.kind !== 'statement' && m.rule.setting !== true && (g.rule.kind === 'statement' ? doneAtASaying(g, m) : doneAt(m, g) || (kindFamily(m.rule.kind) === 'gathering' && doneAfter(g, m)))
      : kindFamily(g.rule.kind) === 'gathering' && m.rule.kind === 'other' && ((m.end <= g.start && AT_THE_END_OF_A.test(text.slice(0, g.start))) || doneAt(m, g));
  return found.filter((g) => found.some((m) => setting(g, m)));
}

/** What is named only as the next of its sort ("the next decision", Trigger.toldBefore) where its article told none of its noun before. */
export function nextOfNoneToldBefore(found: Mention[], before: Mention[]): Mention[] {
  return found.filter((m) => m.rule.toldBefore && !before.some((o) => o.rule.noun === m.rule.noun));
}

/** What is named only in the story of its setting (Trigger.story: "a new vent opened in the gas main" is no eruption's) where its article tells none. */
export function outsideTheirStory(found: Mention[], article: Pick<Article, 'title' | 'body'>): Mention[] {
  return found.filter((m) => m.rule.story && !m.rule.story.test(article.title) && !m.rule.story.test(article.body));
}

/**
 * Trips and visits whose goal follows them in their sentence ("will visit Tokyo later this month
 * for the annual summit", "Witkoff's August visit to Moscow, where he met Putin"): the goal is the
 * event, dated by the journey. Once dates are given (`dated`), a journey whose goal is told as known
 * ("the APEC summit") and took no day stays the report of its sentence ("She then heads to South Korea
 * for the APEC summit"): such a goal points back at whatever its article told before, and would take the journey with it.
 */
export function journeysWithGoals(found: Mention[], dated = false): Set<Mention> {
  const journey = (m: Mention): boolean => m.rule.travel === true || m.rule.journey === true;
  const goalOf = (trip: Mention, g: Mention): boolean => {
    if (g.start <= trip.end || journey(g)) return false;
    // A plan's day set off after the journey ("his visit to Brussels, planned for Thursday, where he was to hold talks") tells of the journey, not what it is for.
    const between = trip.sentence.text.slice(trip.end, g.start).replace(RELATIVE_ASIDE, ',');
    // A journey told by its noun is told for what happened on it; one told by its verb ("departs for Canberra on Monday, where she will meet …") is news of its own.
    const noun = JOURNEY_NOUN.test(trip.sentence.text.slice(trip.start, trip.end));
    // A goal is its own journey's: "leaves for Lusk on Sunday, and returns to Brenn to receive Marek" leaves as a journey of its own.
    const ownJourney = g.journeyGoal && !between.includes(';') && !isJourneyGoal(trip.sentence.text.slice(trip.end, g.start), kindFamily(g.rule.kind) === 'gathering');
    return ownJourney || (noun && kindFamily(g.rule.kind) === 'gathering' && ON_THE_JOURNEY.test(between));
  };
  return new Set(found.filter((m) => journey(m) && found.some((g) => goalOf(m, g) && (!dated || g.date !== undefined || !g.reference))));
}

/**
 * "Before that meeting, the US delegation was due to fly on to Moscow": a gathering a leading
 * clause sets the main clause before, pointing back at it, only dates the main clause's own event;
 * the sentence is that event's evidence, not the earlier one's ("Following Trump's conversation
 * with Putin, …" tells of that conversation, and stays its evidence).
 */
export function timeAnchorsOfLeadingClause(found: Mention[], text: string): Mention[] {
  const leading = BEFORE_ANOTHER.exec(text)?.[0].length;
  if (leading === undefined || !found.some((m) => m.start >= leading && !m.reference && m.rule.kind !== 'statement')) return [];
  return found.filter((m) => m.reference && m.end <= leading);
}

/**
 * "“This evening, the leaders spoke on the phone,” Ushakov told reporters": the telling of a
 * happening its quotation reports as done that day, or points back at as done, is that happening's readout, its evidence, no
 * statement beside it. A quotation recalling the past ("When our presidents met in Ohrid in
 * 2019, …", she told parliament) is news of its own.
 */
export function readoutsOfOthers(found: Mention[], today: string): Set<Mention> {
  const toldThatDay = (o: Mention, day: string): boolean =>
    o.rule.kind !== 'statement' && o.quoted && !o.future && !o.series && (o.reference || (o.date?.precision === 'day' && o.date.start === day));
  return new Set(found.filter((m) => m.rule.readout === true && found.some((o) => o.end <= m.start && toldThatDay(o, m.date?.start ?? today))));
}

/** "Speaking in Nairobi on Monday, Mwangi called for …": a statement dated by one verb of its sentence and spoken by another is one, named by the words of the speaker's. */
export function joinStatements(found: Mention[]): void {
  const statements = found.filter((m) => m.rule.kind === 'statement');
  const dated = statements.find((m) => m.date && m.persons.length === 0 && m.parties.length === 0);
  const spoken = statements.find((m) => !m.date && (m.persons.length > 0 || m.parties.length > 0));
  if (!dated || !spoken) return;
  spoken.date = dated.date;
  spoken.dateAt = dated.dateAt;
  found.splice(found.indexOf(dated), 1);
}

/** Marks the triggers that name what an earlier trigger of their sentence is about ("talks on a new prisoner exchange", "a call about a possible summit"). */
export function markTopics(found: Mention[], text: string): void {
  for (const m of found) {
    m.topic = !m.reference && found.some((o) => o.end <= m.start) && TOPIC_BEFORE.test(text.slice(Math.max(0, m.start - 50), m.start));
    // The tense of the verb is the other event's: "held talks about a summit on March 20" says nothing of when the summit is.
    if (m.topic && m.mood === 'past') m.mood = 'unmarked';
  }
}

/**
 * "A new round is due in March. The previous one was in February": "one" names an earlier event
 * of the sort named just before it, in its sentence or its paragraph.
 */
export function earlierOnes(sentence: Sentence, found: Mention[], last: Mention | undefined): Mention[] {
  const ones: Mention[] = [];
  EARLIER_ONE.lastIndex = 0;
  for (let match = EARLIER_ONE.exec(sentence.text); match !== null; match = EARLIER_ONE.exec(sentence.text)) {
    const antecedent = found.filter((m) => m.end <= match!.index).at(-1) ?? last;
    if (!antecedent || antecedent.rule.kind === 'statement' || antecedent.rule === SAYING) continue;
    ones.push({ ...toMention({ rule: antecedent.rule, start: match.index, end: match.index + match[0].length }, sentence), antecedent });
  }
  return ones;
}

/**
 * "The Cyprus talks, which ended on Wednesday without an agreement, will resume in Geneva on
 * March 24": the round the relative clause ends took place, on the clause's day, and is another
 * event than the round the main clause plans. It is told by the clause's verb and is of the
 * gathering named before it: its sort, its title's noun, and (extractEvents) its people and place.
 */
export function endedRounds(sentence: Sentence, found: Mention[]): Mention[] {
  const text = sentence.text;
  const rounds: Mention[] = [];
  for (const gathering of found) {
    if (kindFamily(gathering.rule.kind) !== 'gathering' || gathering.topic) continue;
    const aside = ENDED_ROUND_ASIDE.exec(text.slice(gathering.end));
    if (!aside || !RESUMPTION_PLANNED.test(text.slice(gathering.end + aside[0].length))) continue;
    const [start, end] = aside.indices![1]!.map((i) => gathering.end + i) as [number, number];
    const round = toMention({ rule: gathering.rule, start, end }, sentence);
    rounds.push({ ...round, mood: 'past', future: false, presentPlan: false, tookPlace: true, reference: false, antecedent: gathering, asideEnd: gathering.end + aside[0].length });
  }
  return rounds;
}

/** How a headline names the event: the speaker's gist, the rule's noun ("Rally"), or the article's own noun phrase. */
export function phraseOf(m: Mention, times: TemporalExpression[]): string {
  const text = m.sentence.text;
  // A statement found by its day has no words of its own to name it: its title is drawn from what was said.
  if (m.speaker) return `${m.speaker} says`;
  if (m.rule === SAYING) return '';
  // Figures or minutes that came out are named by themselves and their coming out ("September's consumer price report came out"), not by what they say.
  if (m.rule.issued) return `${clauseBefore(text, m.start).trim()} ${text.slice(m.start, m.end)}`;
  if (m.rule.kind === 'statement') return statementGist(text, m.start, times);
  if (m.rule.clause) return actPhrase(text, m);
  if (m.rule.noun && !text.slice(m.start, m.end).toLowerCase().includes(m.rule.noun.toLowerCase())) {
    const of = m.rule.of && (m.rule.of.exec(text.slice(m.start)) ?? [...text.slice(0, m.start).matchAll(new RegExp(m.rule.of.source, 'gi'))].at(-1));
    return of ? `${m.rule.noun} of ${of[0]}` : m.rule.noun;
  }
  return nounPhrase(text, m.start, m.end, times);
}
