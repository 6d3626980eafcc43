import { isoDay, parseReferenceDay, shift } from '../dates/calendar.ts';
import { findTemporalExpressions, type TemporalExpression } from '../dates/index.ts';
import type { EntityMention } from '../entities/recognise.ts';
import { MEDIATOR_BEFORE, NOT_TAKING_PART } from '../entities/lexicon.ts';
import { rolesFor, type Roles } from '../entities/roles.ts';
import { hostCountry, placeInReach } from '../entities/venue.ts';
import { calendarDay } from '../parse/iso-date.ts';
import type { Article, CalendarDate, EventKind, Sentence, Warning } from '../types.ts';
import type { CandidateEvent, EvidenceRef, UndatedCandidate } from './candidate.ts';
import {
  agreeWithModality,
  endsOnItsDay,
  inOtherClause,
  inOtherClauseThanDate,
  isCaption,
  isNewDay,
  isLeftDay,
  isCountedFromAnother,
  isContinuationDate,
  isPresentPlan,
  isQuoted,
  isQuotedDeixis,
  isReportDate,
  isTravelPurpose,
  joinedDays,
  mayDateAReport,
  type Modality,
  modality,
  outsideQuotations,
  reportVerbAt,
  withDayRange,
} from './clause.ts';
import { datelineLength } from './dateline.ts';
import { EVENT_KINDS, kindFamily } from './kinds.ts';
import { nounPhrase, statementGist } from './phrase.ts';
import {
  BACKGROUND,
  BEFORE_ANOTHER,
  COUNTED,
  DEFINITE,
  LEADING_CLAUSE,
  GENERIC,
  HOST_AFTER,
  INDEFINITE,
  NEGATED,
  UNREAL,
  NEW_EVENT_MODIFIER,
  ONE_EARLIER,
  EARLIER_ONE,
  OBJECT_OF_PREPOSITION,
  PASSIVE_BEFORE,
  PARTICIPATION,
  PLACE_BEFORE,
  PRESENT_PERFECT,
  PROSPECT,
  PRONOUN_SUBJECT,
  TOOK_PLACE,
  POSSESSOR_AFTER,
  SPOKESPERSON_BEFORE,
  STRIKE_PLACE_BEFORE,
  TRIGGERS,
  type TriggerRule,
} from './triggers.ts';

/**
 * News writing puts the day's news in its lead. An undated past-tense report there is
 * that day's event; later undated sentences are usually background and only become
 * evidence for events already dated.
 */
const LEAD_SENTENCES = 8;
/** How far (characters) a country or place may stand from its trigger and still belong to it. */
const PARTY_REACH = 70;

/** What extraction needs to know of the gazetteer. */
export interface ExtractionContext {
  recognise: (text: string, day: string) => EntityMention[];
  /** True when two places are one at different levels (Geneva, Switzerland). */
  samePlace: (a: string, b: string) => boolean;
  isPerson: (id: string) => boolean;
}

export interface ArticleEvents {
  candidates: CandidateEvent[];
  /** Descriptive phrases for headlines, by candidate. */
  phrases: Map<CandidateEvent, string>;
  /** Reports with no date that are about none of the article's dated events. */
  undated: UndatedCandidate[];
  warnings: Warning[];
}

interface Mention {
  rule: TriggerRule;
  start: number;
  end: number;
  sentence: Sentence;
  date?: CalendarDate;
  duration?: TemporalExpression;
  persons: string[];
  parties: string[];
  place: string | null;
  /** Points back at an event already reported rather than reporting one. */
  reference: boolean;
  /** Inside quotation marks: what someone said, not what the article reports. */
  quoted: boolean;
  future: boolean;
  /** A date beside it was the day of the news or said in a quotation: it has one, unknown, so it is not the publication day. */
  dateWithheld: boolean;
  /** Its sentence goes on about the people of the sentence before ("He met …"). */
  continues: boolean;
  /** Plan or past, as its own clause puts it (see clause.ts). */
  mood: Modality;
  /** A plan as of the article ("will meet"), not one reported from before ("said they would meet"). */
  presentPlan: boolean;
  /** The goal of a trip ("flies to Miami for talks"): dates before it are the trip's. */
  travelPurpose: boolean;
  /** The sentence before it, whose relative date it takes ("… last week. A counter-proposal …"). */
  scene?: Sentence;
  /** The day its sentence is news of: the publication day, or a live blog's day heading above it. */
  newsDay?: string;
  /** Where the date it took stands in its sentence. */
  dateAt?: number;
  /** Its date is the day a later clause carries it on to ("… would reconvene on December 15"). */
  continuation: boolean;
  /** In a leading clause ("After talks with …,"), or in a main clause set before another event ("Before the meeting, …"): not the day's news. */
  beforeAnother: boolean;
  /** Its clause says it took place ("have ended", "spoke by phone", "announced a call"). */
  tookPlace: boolean;
  background: boolean;
  phrase: string;
  roles?: Roles;
  /** Everyone and everywhere its sentence names, whatever part they took: what merging ties reports by when roles are thin. */
  mentions?: string[];
  /** The event "one" stands for ("the previous one"): an earlier event of its sort, between the same people. */
  antecedent?: Mention;
}

/** Finds the events one article reports, each with its date, people, place and evidence. */
export function extractEvents(article: Article, sentences: Sentence[], context: ExtractionContext): ArticleEvents {
  const { recognise } = context;
  const day = calendarDay(article.published);
  const mentions: Mention[] = [];
  const participation: { sentence: Sentence; persons: string[] }[] = [];
  // Dates are the costly part: a sentence is read for them only when it reports something,
  // or when the sentence after it does and may take its scene-setting date.
  let previous: Sentence | undefined;
  // The paragraph so far: a scene it sets ("In February 2025, …") dates what follows.
  let paragraph = { block: -1, before: '' };
  // A live blog's day heading ("Tuesday, March 3, 2026") is the day its entries below are news of.
  let reference = article.published;
  let today = day;

  for (const sentence of sentences) {
    const text = sentence.text;
    if (sentence.blockIndex !== paragraph.block) paragraph = { block: sentence.blockIndex, before: '' };
    const before = paragraph.before;
    paragraph.before = before ? `${before} ${text}` : text;
    const heading = dayHeading(text, article.published, day);
    if (heading) {
      [reference, today] = [heading, heading];
      continue;
    }
    // A wire dateline's day is the day the story was filed: "today" and "on Monday" below count from it.
    const filed = sentence.index === 0 ? datelineDay(text, article.published, day) : undefined;
    if (filed) [reference, today] = [filed, filed];
    // Headings label what the paragraphs below report, and a link names another story: they are not reports themselves.
    const label = sentence.block === 'heading' || LINK_LINE.test(text);
    const found = label ? [] : sameEventInOneClause(findTriggers(text, before).map((hit) => toMention(hit, sentence)), text);
    if (!label) found.push(...earlierOnes(sentence, found, before ? mentions.at(-1) : undefined));
    const saying = !label && mayDateAReport(text);
    if (found.length === 0 && !saying) {
      if (PARTICIPATION.test(text) && !NOT_TAKING_PART.test(text)) participation.push({ sentence, persons: persons(recognise(text, day), text) });
      previous = sentence;
      continue;
    }
    const times = findTemporalExpressions(text, reference, { before });
    assignDates(found, times, text, today);
    assignDurations(found, times, text);
    const named = recognise(text, day);
    assignEntities(found, named, text);
    // "kept up his attacks on Zelensky": words aimed at a person, not a strike.
    for (const m of found.filter((x) => x.rule.kind === 'strike' && aimedAtPerson(x, named, text))) found.splice(found.indexOf(m), 1);
    for (const m of found) {
      if (m.antecedent && m.persons.length === 0 && m.parties.length === 0) {
        m.persons = [...m.antecedent.persons];
        m.parties = [...m.antecedent.parties];
      }
    }
    if (saying) found.push(...statementsOnReportDays(sentence, times, named, found, today));
    for (const m of found) {
      m.mentions = [...new Set(named.map((e) => e.entity.id))];
      if (m.rule === SAYING) continue;
      // Of the people and sides near it, who took part, who brokered it, who only spoke of it.
      m.roles = rolesFor(text, m, named, [...m.persons, ...m.parties], { statement: m.rule.kind === 'statement', triggers: found });
      m.persons = m.persons.filter((id) => m.roles!.present.includes(id));
      m.parties = [...m.roles.parties, ...m.roles.mediators];
    }
    // "A day earlier, he will meet …": counted from a day the article gives elsewhere, neither the scene's day nor the publication day.
    if (isCountedFromAnother(text)) for (const m of found) if (!m.date) m.dateWithheld = true;
    const undated = found.find((m) => !m.date && !m.reference && !m.dateWithheld);
    if (undated && previous && previous.blockIndex === sentence.blockIndex) {
      // Only a relative date ("last week", "over the weekend") sets the scene for the next sentence.
      const scene = findTemporalExpressions(previous.text, reference).find((t) => t.date && t.relative);
      if (scene) {
        undated.date = claimOf(scene);
        // The sentence that gave the date tells of the event too ("European nations scrambled to respond last week").
        if (undated.date) undated.scene = previous;
      }
    }
    previous = undefined;
    for (const m of found) {
      m.phrase = phraseOf(m, times);
      m.newsDay = today;
    }
    mentions.push(...found);
  }
  return resolveMentions(article, day, mentions, participation, context);
}

/**
 * "A new round is due in March. The previous one was in February": "one" names an earlier event
 * of the sort named just before it, in its sentence or its paragraph.
 */
function earlierOnes(sentence: Sentence, found: Mention[], last: Mention | undefined): Mention[] {
  const ones: Mention[] = [];
  EARLIER_ONE.lastIndex = 0;
  for (let match = EARLIER_ONE.exec(sentence.text); match !== null; match = EARLIER_ONE.exec(sentence.text)) {
    const antecedent = found.filter((m) => m.end <= match!.index).at(-1) ?? last;
    if (!antecedent || antecedent.rule.kind === 'statement' || antecedent.rule === SAYING) continue;
    ones.push({ ...toMention({ rule: antecedent.rule, start: match.index, end: match.index + match[0].length }, sentence), antecedent });
  }
  return ones;
}

/** A line that links to another story ("Related: …", "Read more: …"): its words are that story's headline. */
const LINK_LINE = /^(?:Related|Read\s+more|Read\s+also|See\s+also|Also\s+read|More\s+on\s+this|Watch)\s*:/i;
/** A line that is only a day ("Tuesday, March 3, 2026", "3 March 2026"), as live blogs head each day's entries. */
const DAY_LINE = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4}\.?$/;

/** The day a day heading names, when it is one of the month up to the article's (a live blog runs backwards from it). */
function dayHeading(text: string, published: string, day: string): string | undefined {
  return DAY_LINE.test(text.trim()) ? recentDay(text, published, day, 31) : undefined;
}

/** The day a story's wire dateline gives ("ABU DHABI, 9th March, 2026 (WAM) --"), when it is one of the week up to its publication. */
function datelineDay(text: string, published: string, day: string): string | undefined {
  const length = datelineLength(text);
  return length === 0 ? undefined : recentDay(text.slice(0, length), published, day, 7);
}

/** The day the text's first date names, when it is one of the `days` up to `day`: a day further off is no day the story is news of. */
function recentDay(text: string, published: string, day: string, days: number): string | undefined {
  const date = findTemporalExpressions(text, published)[0]?.date;
  return date?.precision === 'day' && date.start <= day && date.start >= shiftDay(day, -days) ? date.start : undefined;
}

/** A statement found by the day it was made ("the Kremlin said on Friday"), not by a trigger word. */
const SAYING: TriggerRule = { kind: 'statement', pattern: /(?:)/g };
/** How far before its verb a speaker may stand ("Dmitry Peskov, the Kremlin spokesman, said on Friday"). */
const SPEAKER_REACH = 60;

/**
 * "Lavrov said earlier Sunday that …", "On Tuesday Lavrov made clear …": a date beside a verb of
 * saying is the day of a statement by whoever says it, when a person or an institution does.
 */
function statementsOnReportDays(sentence: Sentence, times: TemporalExpression[], named: EntityMention[], found: Mention[], day: string): Mention[] {
  const text = sentence.text;
  const statements: Mention[] = [];
  for (const time of times) {
    const claim = claimOf(time);
    const verb = claim && !isQuoted(text, time.start) ? reportVerbAt(text, time) : undefined;
    if (!verb || found.some((m) => m.rule.kind === 'statement' && m.start < verb.end + 20 && verb.start < m.end + 20)) continue;
    // Saying that something took place is the report of that event, not a statement of its own.
    if (found.some((m) => m.rule.kind !== 'statement' && !m.reference && m.tookPlace)) continue;
    // The speaker: the name nearest before the verb ("Lavrov said on …"), or between a leading date and it ("On Tuesday Lavrov made clear").
    // A passive verb has no speaker before it ("was leaked on Tuesday"); nor is the object of a preposition one ("a call between Witkoff and Ushakov, leaked …").
    if (PASSIVE_BEFORE.test(text.slice(0, verb.start))) continue;
    const from = verb.start - SPEAKER_REACH;
    const speaker = named
      .filter((e) => e.end <= verb.start && e.start >= from && !isBystander(e, text) && !OBJECT_OF_PREPOSITION.test(text.slice(Math.max(0, e.start - 60), e.start)) && (e.entity.type === 'person' || e.entity.type === 'organization'))
      .at(-1);
    if (!speaker) continue;
    const mention = toMention({ rule: SAYING, start: verb.start, end: verb.end }, sentence);
    const person = speaker.entity.type === 'person';
    mention.persons = person ? [speaker.entity.id] : [];
    mention.parties = person ? [] : [speaker.entity.id];
    mention.roles = { parties: [], mediators: [], present: [speaker.entity.id], mentioned: [], sides: [] };
    mention.date = agreeWithModality(claim!, time, 'past', day);
    mention.mood = 'past';
    mention.future = false;
    statements.push(mention);
  }
  return statements;
}

const JOINED_NAMES = /\b[A-Z][\w.’'-]*\s+and\s+(?=[A-Z])/g;

/** "spoke by telephone … in a call initiated by Washington": a second trigger of the same family in one clause is the same event. */
function sameEventInOneClause(found: Mention[], text: string): Mention[] {
  return found.filter((b, i) => {
    const a = found[i - 1];
    // Names joined by "and" ("hosted Witkoff and Kushner … for talks") do not end the clause.
    // A relative clause or "the next round" brings in another event ("talks … that could lead to the next round").
    const between = text.slice(a?.end ?? 0, b.start).replace(JOINED_NAMES, ' ');
    return !(a && kindFamily(a.rule.kind) === kindFamily(b.rule.kind) && !/[,;:]\s|\s[—–]\s|\b(?:and|that|which|who)\b/.test(between) && !NEW_EVENT_MODIFIER.test(text.slice(b.start - 30 > a.end ? b.start - 30 : a.end, b.end)));
  });
}

/** How a headline names the event: the speaker's gist, the rule's noun ("Rally"), or the article's own noun phrase. */
function phraseOf(m: Mention, times: TemporalExpression[]): string {
  const text = m.sentence.text;
  // A statement found by its day has no words of its own to name it: its title is drawn from what was said.
  if (m.rule === SAYING) return '';
  if (m.rule.kind === 'statement') return statementGist(text, m.start, times);
  if (m.rule.noun && !text.slice(m.start, m.end).toLowerCase().includes(m.rule.noun.toLowerCase())) return m.rule.noun;
  return nounPhrase(text, m.start, m.end, times);
}

// findTriggers walks each pattern with exec from lastIndex; without the g flag it would never advance.
for (const rule of TRIGGERS) if (!rule.pattern.global) throw new Error(`Trigger pattern ${rule.pattern} needs the g flag`);

/** The triggers of a sentence; `paragraph` is the text of its paragraph before it, for triggers that need a topic named. */
function findTriggers(text: string, paragraph: string): { rule: TriggerRule; start: number; end: number }[] {
  const hits: { rule: TriggerRule; start: number; end: number }[] = [];
  for (const rule of TRIGGERS) {
    // exec on the shared pattern: matchAll would clone it for every sentence.
    rule.pattern.lastIndex = 0;
    for (let match = rule.pattern.exec(text); match !== null; match = rule.pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (hits.some((h) => h.start < end && start < h.end)) continue;
      if (rule.topic && !rule.topic.test(`${paragraph} ${text.slice(0, start)}`)) continue;
      const before = clauseBefore(text, start);
      if (NEGATED.test(before) || UNREAL.test(text.slice(0, start)) || (rule.kind !== 'other' && ((GENERIC.test(before) && !ONE_EARLIER.test(before)) || COUNTED.test(before)))) continue;
      hits.push({ rule, start, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

function toMention(hit: { rule: TriggerRule; start: number; end: number }, sentence: Sentence): Mention {
  const text = sentence.text;
  const before = clauseBefore(text, hit.start);
  const leading = LEADING_CLAUSE.exec(text);
  const inLeadingClause = leading !== null && hit.end <= leading[0].length;
  const lead = text.slice(Math.max(0, hit.start - 40), hit.start);
  const definite = DEFINITE.test(lead) && !INDEFINITE.test(lead) && !NEW_EVENT_MODIFIER.test(text.slice(Math.max(0, hit.start - 30), hit.start));
  const clause = before + text.slice(hit.start, Math.min(text.length, hit.end + 30));
  const unquoted = outsideQuotations(text, hit.start);
  const mood = modality(clauseBefore(unquoted, hit.start), clauseAfter(unquoted, hit.end));
  // A trip's goal may follow its place in apposition ("stopped in Halifax, Nova Scotia, for talks").
  const travelPurpose = isTravelPurpose(text.slice(Math.max(0, text.lastIndexOf('; ', hit.start) + 1), hit.start));
  // What others prepare for or weigh is still ahead ("prepared for talks on Tuesday", "the possibility of holding a meeting").
  const prospect = travelPurpose || PROSPECT.test(before);
  return {
    rule: hit.rule,
    start: hit.start,
    end: hit.end,
    sentence,
    persons: [],
    parties: [],
    place: null,
    // "Following Trump’s conversation with Putin," points back; "After talks with European officials," names talks of its own.
    reference: definite,
    // A leading clause's event is not the sentence's news; nor is what happened before another event.
    beforeAnother: inLeadingClause || BEFORE_ANOTHER.test(text),
    quoted: isQuoted(text, hit.start),
    future: mood === 'plan' || prospect,
    mood: prospect ? 'plan' : mood,
    presentPlan: travelPurpose || isPresentPlan(before),
    travelPurpose,
    continues: PRONOUN_SUBJECT.test(text.slice(0, hit.start)),
    dateWithheld: false,
    continuation: false,
    tookPlace: TOOK_PLACE.test(before + text.slice(hit.start, Math.min(text.length, hit.end + 80))),
    background: BACKGROUND.test(clause),
    phrase: '',
  };
}

const NON_RESTRICTIVE = /^,\s+(?:which|who|whose|originally|initially|first)\b[^,;]{0,80},\s*/;

/** The text from `index` up to the next clause boundary. */
function clauseAfter(text: string, index: number): string {
  // A relative clause set off by commas interrupts the trigger's own ("The talks, which had been set for Sunday, were postponed").
  const aside = NON_RESTRICTIVE.exec(text.slice(index));
  const from = index + (aside?.[0].length ?? 0);
  const tail = text.slice(from, from + 60);
  // A relative clause speaks of what follows the event ("an exchange in which both sides will release …").
  const boundary = tail.search(/[,;:]\s|\s—\s|\b(?:which|who|whom|whose|where|that)\b/);
  return boundary === -1 ? tail : tail.slice(0, boundary);
}

/** The text from the last clause boundary before `index` up to it. */
function clauseBefore(text: string, index: number): string {
  const head = text.slice(0, index);
  const boundary = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(' — '), head.lastIndexOf(': '));
  return head.slice(boundary + 1);
}

function gap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end));
}

function nearest<T extends { start: number; end: number }>(items: T[], span: { start: number; end: number }): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || gap(item, span) < gap(best, span)) best = item;
  return best;
}

const STRONG_BOUNDARY = /;\s|\s[—–]\s/;
const CLAUSE_BOUNDARY = /[,;:]\s|\s[—–]\s/;
/** Words between a duration and a trigger that show the duration belongs to something else. */
const OTHER_HEAD = /\b(?:at|in|on|for|with|to|after|before|during|from|by|and|amid|over|ceasefire|truce|pause|moratorium|deadline|halt|ultimatum)\b|[,;]/i;

const RELATIVE_ASIDE = /,\s+(?:which|who)\b[^,;]*(?:,|$)/g;

/** The relative clause set off by commas that holds a date, if any. */
function relativeClauseAround(text: string, time: { start: number; end: number }): { start: number; end: number } | undefined {
  RELATIVE_ASIDE.lastIndex = 0;
  for (let m = RELATIVE_ASIDE.exec(text); m !== null; m = RELATIVE_ASIDE.exec(text)) {
    if (m.index <= time.start && time.end <= m.index + m[0].length) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/** Qualifiers that describe a state of affairs, not when something happened ("pre-2014 borders"). */
const NOT_WHEN = new Set(['before', 'after', 'by']);

function claimOf(t: TemporalExpression): CalendarDate | undefined {
  const d = t.date;
  if (!d || (d.qualifier !== undefined && NOT_WHEN.has(d.qualifier))) return undefined;
  return { value: d.value, start: d.start, end: d.end, precision: d.precision, ...(d.qualifier ? { qualifier: d.qualifier } : {}) };
}

/**
 * Each date belongs to the trigger nearest to it; each trigger takes at most one date. Dates
 * that are not the event's are left out: the day something was said or announced, a relative
 * day inside a quotation (said at a time the article does not give), a trip's date before its
 * purpose. A weekday read against the clause's mood is turned to agree with it.
 */
function assignDates(found: Mention[], times: TemporalExpression[], text: string, day: string): void {
  const dated = new Map<Mention, { time: TemporalExpression }>();
  const dateline = datelineLength(text);
  const ownerOf = (time: TemporalExpression): Mention | undefined => {
    // A trip's day before its goal is the trip's ("leaves on December 4 to meet Witkoff"); a week or a month holds the goal too ("will travel next week for talks").
    const tripDay = (m: Mention): boolean => m.travelPurpose && time.end <= m.start && claimOf(time)?.precision === 'day';
    const eligible = found.filter((m) => !tripDay(m) && (isNewDay(text, time) || !inOtherClauseThanDate(text, time, m)));
    // A date in a relative clause set off by commas tells of the noun before it ("The talks, which ended on Friday, produced a deal").
    const aside = relativeClauseAround(text, time);
    const described = aside ? eligible.filter((m) => m.end <= aside.start && !STRONG_BOUNDARY.test(text.slice(m.end, aside.start))).at(-1) : undefined;
    if (described) return described;
    // A trigger in the date's own clause goes first ("received Witkoff at the Kremlin on Friday, Kremlin aide Yuri Ushakov told reporters"),
    // then one that no dash or semicolon sets apart ("fifth encounter in 2025 — the previous one was in April").
    const between = (m: Mention): string => text.slice(Math.min(m.end, time.end), Math.max(m.start, time.start));
    return nearest(eligible.filter((m) => !CLAUSE_BOUNDARY.test(between(m))), time) ?? nearest(eligible.filter((m) => !STRONG_BOUNDARY.test(between(m))), time) ?? nearest(eligible, time);
  };
  // A plan's new day goes first and the day a plan has left last: its trigger keeps the day it
  // has now ("which had been set for Sunday, were postponed until …", "originally planned for
  // February 1, took place on February 4-5"). Otherwise the closest pairs go first: "on Monday
  // thanked partners, saying the next round could take place this week" dates the round by the week.
  const rank = (t: TemporalExpression): number => (isNewDay(text, t) ? 0 : isLeftDay(text, t) ? 2 : 1);
  const pairs = times
    .filter((time) => claimOf(time) && time.end > dateline)
    .map((time) => ({ time, claim: claimOf(time)!, owner: ownerOf(time) }))
    .filter((p): p is { time: TemporalExpression; claim: CalendarDate; owner: Mention } => p.owner !== undefined)
    .sort((a, b) => rank(a.time) - rank(b.time) || gap(a.owner, a.time) - gap(b.owner, b.time));
  for (const { time, claim, owner } of pairs) {
    const first = dated.get(owner);
    if (first) {
      // "on Thursday and Friday": two days joined, whichever of them was taken first.
      const joined =
        first.time.start < time.start
          ? joinedDays(owner.date!, first.time.end, { start: time.start, date: claim }, text)
          : joinedDays(claim, time.end, { start: first.time.start, date: owner.date! }, text);
      if (joined) owner.date = joined;
      continue;
    }
    // A statement is dated by its saying; an event in the present perfect ("have spoken …, Ushakov said on Monday") by its report.
    if (isQuotedDeixis(text, time) || (owner.rule.kind !== 'statement' && !PRESENT_PERFECT.test(clauseBefore(text, owner.start)) && isReportDate(text, time, owner.start))) {
      owner.dateWithheld = true;
      continue;
    }
    owner.date = agreeWithModality(withDayRange(claim, time, text), time, owner.mood === 'plan' && !owner.presentPlan ? 'reported plan' : owner.mood, day);
    owner.continuation = isContinuationDate(text, time, owner);
    dated.set(owner, { time });
    owner.dateAt = time.start;
  }
}

/** "30-minute call", "two days of talks … on Tuesday": a duration right before or after its trigger. */
function assignDurations(found: Mention[], times: TemporalExpression[], text: string): void {
  for (const time of times.filter((t) => t.type === 'DURATION')) {
    const owner = nearest(found, time);
    // A duration before its trigger qualifies it only with nothing but "of" and adjectives between ("two days of talks", "a 30-minute phone call"), not another thing ("a 30-day ceasefire at talks").
    if (owner && gap(owner, time) <= 30 && !(time.end <= owner.start && OTHER_HEAD.test(text.slice(time.end, owner.start)))) owner.duration = time;
  }
  for (const m of found) {
    const days = m.duration ? /^P(\d+)D$/.exec(m.duration.value) : null;
    if (days && m.date?.precision === 'day' && m.duration!.end <= m.start && Number(days[1]) > 1) {
      const count = Number(days[1]) - 1;
      // Days of talks that ended on a day began before it; those that began or were held on it go on after it.
      const [start, end] = endsOnItsDay(clauseBefore(text, m.start), clauseAfter(text, m.end), clauseBefore(text, m.dateAt ?? m.start)) ? [shiftDay(m.date.start, -count), m.date.start] : [m.date.start, shiftDay(m.date.start, count)];
      m.date = { value: `${start}/${end}`, start, end, precision: 'span' };
    }
  }
}

function shiftDay(day: string, by: number): string {
  return isoDay(shift(parseReferenceDay(day), 'day', by));
}

function persons(entities: EntityMention[], text: string): string[] {
  return entities
    .filter((e) => e.entity.type === 'person' && !isBystander(e, text))
    .map((e) => e.entity.id);
}

/** A strike's target is a place or a country; one "on" or "against" a person is a verbal attack. */
function aimedAtPerson(m: Mention, named: EntityMention[], text: string): boolean {
  return named.some((e) => e.entity.type === 'person' && e.start >= m.end && /^\s+(?:on|against)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+|leader\s+){0,3}$/.test(text.slice(m.end, e.start)));
}

/** Spokespeople and possessors ("Trump adviser Jared Kushner") are named, but do not take part. */
function isBystander(e: EntityMention, text: string): boolean {
  return SPOKESPERSON_BEFORE.test(text.slice(Math.max(0, e.start - 20), e.start)) || POSSESSOR_AFTER.test(text.slice(e.end, e.end + 30));
}

function assignEntities(found: Mention[], entities: EntityMention[], text: string): void {
  const placedInCountry = new Set<Mention>();
  for (const e of entities) {
    if (isBystander(e, text) || e.byAdjective) continue;
    const owner = nearest(found, e);
    // Who sets a deadline "shortly before" a meeting is not at the meeting.
    if (!owner || inOtherClause(text, e, owner)) continue;
    const id = e.entity.id;
    if (e.entity.type === 'person') {
      // Strikes are reported by place; the people near them condemn or order them.
      if (owner.rule.kind !== 'strike' && !owner.persons.includes(id)) owner.persons.push(id);
    } else if (placeInReach(text, e, owner, PARTY_REACH)) {
      const lead = text.slice(Math.max(0, e.start - 24), e.start);
      const strike = owner.rule.kind === 'strike';
      // A gathering "in the United States" with no town named is held in the country; a town named with it says more.
      const hosting = !strike && e.entity.type === 'country' && kindFamily(owner.rule.kind) === 'gathering' && hostCountry(text, e, owner);
      if (e.entity.type === 'place' || hosting || (strike && e.entity.type === 'country' && STRIKE_PLACE_BEFORE.test(lead))) {
        // A place belongs to an event when the event is "in" it, set for it, hosts it, names it ("Geneva talks") or is "there".
        const named = hosting || (strike ? STRIKE_PLACE_BEFORE : PLACE_BEFORE).test(lead) || (!strike && HOST_AFTER.test(text.slice(e.end, e.end + 40)));
        if (!(named || e.refersBack || (e.end <= owner.start && owner.start - e.end <= 2)) || (owner.place !== null && !placedInCountry.has(owner))) continue;
        owner.place = id;
        if (hosting) placedInCountry.add(owner);
        else placedInCountry.delete(owner);
      } else if (gap(owner, e) <= PARTY_REACH && !EVENT_KINDS[owner.rule.kind].peopleOnly && (!/\b(?:of|in|into|to|for|across|against|on)\s+(?:the\s+)?$/i.test(lead) || MEDIATOR_BEFORE.test(text.slice(0, e.start))) && !owner.parties.includes(id)) {
        owner.parties.push(id);
      }
    }
  }
}

function resolveMentions(
  article: Article,
  day: string,
  mentions: Mention[],
  participation: { sentence: Sentence; persons: string[] }[],
  context: ExtractionContext,
): ArticleEvents {
  const candidates: CandidateEvent[] = [];
  const phrases = new Map<CandidateEvent, string>();
  const warnings: Warning[] = [];
  const undated: UndatedCandidate[] = [];
  const evidence = (m: Mention): EvidenceRef => ({ sentence: m.sentence.index, text: m.sentence.text, start: m.sentence.start, end: m.sentence.end });
  const create = (m: Mention, date: CalendarDate, byPublication: boolean): void => {
    const status = date.start > day || m.future ? 'planned' : 'occurred';
    const candidate: CandidateEvent = {
      article: article.id,
      published: article.published,
      kind: m.rule.kind,
      ...(m.rule.noun ? { noun: m.rule.noun } : {}),
      status,
      date,
      datedByPublication: byPublication,
      participants: [...m.persons, ...m.parties],
      named: [...m.persons, ...m.parties],
      place: m.place,
      ...(m.roles ? { roles: m.roles } : {}),
      mentions: m.mentions ?? [],
      ...(m.duration ? { duration: m.duration.value } : {}),
      evidence: m.scene ? [evidence(m), { sentence: m.scene.index, text: m.scene.text, start: m.scene.start, end: m.scene.end }] : [evidence(m)],
    };
    candidates.push(candidate);
    phrases.set(candidate, m.phrase);
  };

  /** Lists a report with no day on the article's page (once per sentence); false when its sentence is listed already. */
  const keepUndated = (m: Mention): boolean => {
    if (undated.some((u) => u.evidence.sentence === m.sentence.index)) return false;
    undated.push({ article: article.id, kind: m.rule.kind, status: m.future ? 'planned' : 'occurred', participants: [...m.persons, ...m.parties], place: m.place, mentions: m.mentions ?? [], evidence: evidence(m) });
    return true;
  };

  // Dated reports first: they anchor the undated ones that refer back to them.
  const fileAge = shiftDay(day, -365);
  for (const m of mentions) {
    if (!m.date) continue;
    // A caption dated long before the article shows a file photo, not the news.
    if (isCaption(m.sentence.text) && m.date.end < fileAge) continue;
    if (m.rule.kind === 'statement' && m.persons.length === 0 && m.parties.length === 0) {
      warnings.push({ code: 'low-confidence', file: article.id, message: `${article.id}, sentence ${m.sentence.index + 1}: a statement on ${m.date.value} by someone not in the gazetteer was left off the timeline (add them to content/gazetteer.yaml): “${m.sentence.text}”` });
    } else if (m.continuation && extendContinued(candidates, m, context)) {
      continue;
    } else if (precise(m.rule.kind, m.date)) {
      // Two statements of one day are one only when one speaker makes both.
      const sameSpeaker = (c: CandidateEvent): boolean => m.rule.kind !== 'statement' || [...m.persons, ...m.parties].some((p) => c.participants.includes(p));
      const same = candidates.find((c) => sameSort(c.kind, m.rule.kind, c.noun, m.rule.noun) && c.date.value === m.date!.value && !(m.place && c.place && !context.samePlace(m.place, c.place)) && !differentPeople(m, c, context.isPerson) && sameSpeaker(c));
      // One article reporting one event twice on one date ("expects talks this weekend" … "travelling for talks at the weekend").
      if (same) {
        addEvidence(same, evidence(m));
        // People first, then countries and organisations, as in every candidate.
        const peopleFirst = (ids: string[]): string[] => {
          const unique = ids.filter((p, i) => ids.indexOf(p) === i);
          return [...unique.filter(context.isPerson), ...unique.filter((p) => !context.isPerson(p))];
        };
        same.participants = peopleFirst([...same.participants, ...m.persons, ...m.parties]);
        same.named = peopleFirst([...same.named, ...m.persons, ...m.parties]);
        same.place ??= m.place;
        same.mentions = [...new Set([...(same.mentions ?? []), ...(m.mentions ?? [])])];
      } else create(m, m.date, false);
    } else {
      warnings.push({ code: 'low-confidence', file: article.id, message: `${article.id}, sentence ${m.sentence.index + 1}: a ${m.rule.kind} dated only “${m.date.value}” was left off the timeline: “${m.sentence.text}”` });
      // Still a report, of no day: listed with the article's undated mentions ("have sat down together twice this year").
      if (EVENT_KINDS[m.rule.kind].datedByLead) keepUndated(m);
    }
  }

  // Background ("earlier sessions", "ongoing discussions") is neither news nor evidence.
  for (const m of mentions.filter((x) => !x.date && !x.background)) {
    const match = bestMatch(candidates, m, context);
    if (match) {
      addEvidence(match, evidence(m));
      // Only a report that shares someone with the event (or fills an empty one) may add to who took part.
      const named = [...m.persons, ...m.parties];
      // "The talks were led by Umerov for Kyiv and Medinsky for Moscow": who led what it points back at took part in it.
      const leads = m.reference && PARTICIPATION.test(m.sentence.text) && !NOT_TAKING_PART.test(m.sentence.text);
      if ((!m.reference || leads) && (match.kind === m.rule.kind || m.continues || leads) && (match.participants.length === 0 || m.continues || leads || named.some((p) => match.participants.includes(p)))) {
        for (const p of named) if (!match.participants.includes(p)) match.participants.push(p);
        match.place ??= m.place;
      }
      continue;
    }
    // "The meeting with the Russian side has started": a definite description with nothing of its sort before it is the article's first report of it.
    const pointsBack = m.reference && mentions.some((x) => x.sentence.index < m.sentence.index && sameSort(x.rule.kind, m.rule.kind, x.rule.noun, m.rule.noun));
    if (pointsBack || m.rule.kind === 'statement' || m.rule.kind === 'other') continue;
    if (!m.future && !m.quoted && !m.dateWithheld && !m.beforeAnother && m.tookPlace && m.sentence.index < LEAD_SENTENCES && EVENT_KINDS[m.rule.kind].datedByLead) {
      const news = m.newsDay ?? day;
      create(m, { value: news, start: news, end: news, precision: 'day' }, true);
      continue;
    }
    if (EVENT_KINDS[m.rule.kind].datedByLead && keepUndated(m)) {
      if (m.future) warnings.push({ code: 'undated-report', file: article.id, message: `${article.id}, sentence ${m.sentence.index + 1}: a report (${m.rule.kind}) with no date is listed on the article's page, not on the timeline; to date it, add it in content/corrections.yaml: “${m.sentence.text}”` });
    }
  }

  // "Ukraine’s delegation is led by Rustem Umerov": people of the article's main gathering.
  const main = candidates
    .filter((c) => kindFamily(c.kind) === 'gathering' && c.date.start <= day)
    .sort((a, b) => b.evidence.length - a.evidence.length)[0];
  if (main) {
    for (const p of participation) {
      if (p.persons.length === 0) continue;
      for (const person of p.persons) if (!main.participants.includes(person)) main.participants.push(person);
      addEvidence(main, { sentence: p.sentence.index, text: p.sentence.text, start: p.sentence.start, end: p.sentence.end });
    }
  }
  return { candidates, phrases, undated, warnings };
}

/**
 * A statement is news on a day; a call or a meeting at least in a month. Coarser dates
 * ("talks … 2026") say when something was true, not when it happened.
 */
function precise(kind: EventKind, date: CalendarDate): boolean {
  if (kind === 'other') return true;
  if (kind === 'statement') return date.precision !== 'month' && date.precision !== 'year';
  return date.precision !== 'year';
}

function addEvidence(candidate: CandidateEvent, ref: EvidenceRef): void {
  if (!candidate.evidence.some((e) => e.sentence === ref.sentence)) candidate.evidence.push(ref);
}

/** How many days on a gathering may be carried ("would reconvene the next morning", "resume on Monday" after a Friday). */
const CONTINUED_WITHIN = 3;

/** Extends the event a continuation carries on ("… would reconvene on December 15") to that day; false when none fits. */
function extendContinued(candidates: CandidateEvent[], m: Mention, context: ExtractionContext): boolean {
  const next = m.date!;
  const continued = bestMatch(
    candidates.filter((c) => (c.date.precision === 'day' || c.date.precision === 'span') && c.date.end < next.start && next.start <= shiftDay(c.date.end, CONTINUED_WITHIN)),
    { ...m, mood: 'past' },
    context,
  );
  if (!continued) return false;
  const { start } = continued.date;
  continued.date = { value: `${start}/${next.end}`, start, end: next.end, precision: 'span' };
  addEvidence(continued, { sentence: m.sentence.index, text: m.sentence.text, start: m.sentence.start, end: m.sentence.end });
  return true;
}

/** The already-found event an undated mention most likely speaks of, if any fits. */
function bestMatch(candidates: CandidateEvent[], m: Mention, { samePlace, isPerson }: ExtractionContext): CandidateEvent | undefined {
  let best: { candidate: CandidateEvent; score: number } | undefined;
  // "the talks" points back: at an event reported before it, when the article has one of its sort.
  const mentionedBefore = (c: CandidateEvent): boolean => c.evidence.some((e) => e.sentence < m.sentence.index);
  const antecedents = m.reference && candidates.some((c) => sameSort(c.kind, m.rule.kind, c.noun, m.rule.noun) && mentionedBefore(c));
  for (const c of candidates) {
    if (!sameSort(c.kind, m.rule.kind, c.noun, m.rule.noun) || (antecedents && !mentionedBefore(c))) continue;
    const named = [...m.persons, ...m.parties];
    const shared = named.filter((p) => c.participants.includes(p)).length;
    const sameSentence = c.evidence.some((e) => e.sentence === m.sentence.index);
    const continued = m.continues && c.evidence.some((e) => e.sentence < m.sentence.index && e.sentence >= m.sentence.index - 2);
    if (m.place && c.place && !samePlace(m.place, c.place)) continue;
    // A plan is no evidence of what already happened ("the planned summit is off").
    if (m.mood === 'plan' && c.status === 'occurred' && !sameSentence) continue;
    if (!m.reference && !continued && (m.rule.kind === 'call' || !sameSentence) && differentPeople(m, c, isPerson)) continue;
    // "the face-to-face meeting … between them" (the two diplomats) does not point back at a summit of others.
    if (m.reference && !sameSentence && m.persons.length > 0 && c.participants.some(isPerson) && !m.persons.some((p) => c.participants.includes(p))) continue;
    const placed = m.place !== null && c.place !== null;
    // A new report needs something that ties it to the event; "the talks" points back by itself.
    if (!m.reference && shared === 0 && !placed && !sameSentence && !continued) continue;
    // What a definite description points back at was mentioned before it, the nearer the likelier.
    const before = Math.max(-1, ...c.evidence.filter((e) => e.sentence <= m.sentence.index).map((e) => e.sentence));
    const recency = before < 0 ? 0 : Math.max(0, 3 - (m.sentence.index - before));
    const score = shared * 2 + (placed ? 2 : 0) + (sameSentence ? 3 : 0) + (continued ? 3 : 0) + (c.kind === m.rule.kind ? 2 : 0) + (c.datedByPublication ? 0 : 1) + (m.reference ? recency : 0);
    if (!best || score > best.score) best = { candidate: c, score };
  }
  return best?.candidate;
}

/**
 * Naming other people than the event has means another event: "ready to meet Putin" after a
 * meeting with Zelenskyy; "Trump and Zelensky met" beside talks of Witkoff with Putin. A call
 * differs as soon as each side names someone the other lacks, countries included.
 */
function differentPeople(m: Mention, c: CandidateEvent, isPerson: (id: string) => boolean): boolean {
  const named = m.rule.kind === 'call' ? [...m.persons, ...m.parties] : m.persons;
  const theirs = m.rule.kind === 'call' ? c.participants : c.participants.filter(isPerson);
  if (named.length === 0 || theirs.length === 0) return false;
  if (!named.some((p) => theirs.includes(p))) return true;
  return named.some((p) => !theirs.includes(p)) && theirs.some((p) => !named.includes(p));
}

function sameSort(a: EventKind, b: EventKind, nounA?: string, nounB?: string): boolean {
  return kindFamily(a) === kindFamily(b) && (a !== 'other' || nounA === nounB);
}
