import { findTemporalExpressions, type TemporalExpression } from '../dates/index.ts';
import { everyMatch, matchesIn } from '../gated-matches.ts';
import { parseOrdinal } from '../dates/lexicon/numbers.ts';
import type { EntityMention } from '../entities/recognise.ts';
import type { CalendarDate, Sentence } from '../types.ts';
import { reportVerbIn } from './clause.ts';
import { claimOf } from './event-dates.ts';
import { kindFamily } from './kinds.ts';
import { sameSort } from './match-mention.ts';
import { ANCHOR_CLAUSE_END, AT_THE_START_OF_A_STAY, PRESENT_AFTER_A_COUNT, COUNTED_ADVERB, DAY_OF_A_GATHERING_BEFORE, COUNTED_BACK_ANCHOR, COUNTED_BACK_WORD, COUNTED_CLAUSE, COUNTED_FROM_EVENT_NAMED, COUNTED_FROM_PLACE_NAMED, DONE_AFTER_HAPPENING, SAID_AFTER_HAPPENING, SAME_HAPPENING, COUNTED_WEEKDAY, DAY_OF_A_STAY, GATHERING_NOUN, NAMED_IN_SUBORDINATE, POINTING_SUBJECT, REPORTED_CONTENT, SEQUENCE_VERB_AT, STAY_BEGAN_BEFORE, STAY_LENGTH, STAY_NAMED, THERE_AFTER, WITHIN_A_STAY } from './lexicon.ts';
import type { Mention } from './mention.ts';
import { statementAt } from './report-day-statements.ts';
import { countedDays, firstOnWeekdayOf, shiftDay, shiftMonths } from './shift-day.ts';
import { SAYING } from './triggers.ts';

/** A gerund opening the counted clause ("announcing", "imposing"): it has no subject of its own. */
const GERUND = /^[a-z]+ing\b/;

/** How far into the counted clause its verb may stand ("a week after Spain's prime minister visited"). */
const VERB_REACH = 60;

/**
 * "The meeting came one day after Brandt declared …", "recalled its ambassador on Friday, a week
 * after Spain's prime minister visited Rabat": the event of a clause counted from the sentence's
 * own day is dated by counting back (or on) from it. The day counted from is the sentence's day
 * before the clause, or, when the sentence points back at the event before it ("It took place",
 * "The meeting came"), that event's day. Returns the statements such clauses make; the triggers
 * inside them get their day in place.
 */
export function datesCountedFromAnother(sentence: Sentence, times: TemporalExpression[], named: EntityMention[], found: Mention[], earlier: Mention[], today: string): Mention[] {
  const text = sentence.text;
  const statements: Mention[] = [];
  COUNTED_CLAUSE.lastIndex = 0;
  for (let match = COUNTED_CLAUSE.exec(text); match !== null; match = COUNTED_CLAUSE.exec(text)) {
    const from = dayCountedFrom(text, match.index, times, found, earlier, today);
    if (!from) continue;
    const [, count, unit, direction] = match;
    const days = countedDays(count!, unit!)!;
    const day = shiftDay(from, direction!.toLowerCase() === 'after' ? -days : days);
    const date: CalendarDate = { value: day, start: day, end: day, precision: 'day' };
    const clauseStart = match.index + match[0].length;
    const stop = /[,;.]|\s(?:and|but)\s/.exec(text.slice(clauseStart));
    const clauseEnd = stop ? clauseStart + stop.index : text.length;
    const verb = reportVerbIn(text, clauseStart, Math.min(clauseEnd, clauseStart + VERB_REACH));
    // "a day after announcing that Washington would lift sanctions": the day is the saying's, not that of what it says.
    const said = (m: Mention): boolean => verb !== undefined && verb.end <= m.start && REPORTED_CONTENT.test(text.slice(verb.end, m.start));
    const inside = found.filter((m) => m.start >= clauseStart && m.start < clauseEnd && !m.date && !said(m));
    // A gerund right after "after" ("a day after announcing", "a week after imposing") has the main clause's subject: the name before its first event.
    const gerund = GERUND.exec(text.slice(clauseStart));
    const subjectBefore = gerund ? found.find((m) => m.end <= match!.index)?.start : undefined;
    const subject = gerund && subjectBefore !== undefined ? statementAt(sentence, { start: clauseStart, end: clauseStart + gerund[0].length }, named, false, subjectBefore) : undefined;
    for (const m of inside) {
      [m.date, m.dateWithheld] = [date, false];
      // Its people are that subject's, not the names nearest it ("Trump met al-Sharaa, with bin Salman at the table, a day after announcing the lifting of sanctions").
      if (subject) [m.persons, m.parties, m.roles] = [subject.persons, subject.parties, subject.roles];
    }
    if (inside.length > 0) continue;
    // "six weeks after winning a runoff his opponent still says was stolen": a saying past the gerund the clause opens with is in what that gerund
    // acts on, said now or at any time, no saying of the day counted to.
    if (gerund && verb && verb.start !== clauseStart) continue;
    const statement = verb ? statementAt(sentence, verb, named, true, subjectBefore) : undefined;
    if (!statement) continue;
    statement.date = date;
    statements.push(statement);
  }
  return statements;
}

/**
 * The day a counted clause counts from: a day the sentence gives before it, else the news day when the clause opens the sentence before a main clause
 * in the present with no day of its own (PRESENT_AFTER_A_COUNT), else the day of the event its subject points back at.
 */
function dayCountedFrom(text: string, at: number, times: TemporalExpression[], found: Mention[], earlier: Mention[], today: string): string | undefined {
  const own = times.filter((t) => t.end <= at && claimOf(t)?.precision === 'day').at(-1);
  if (own) return claimOf(own)!.start;
  if (text.slice(0, at).trim() === '' && PRESENT_AFTER_A_COUNT.test(text.slice(at)) && !times.some((t) => t.start > at && claimOf(t)?.precision === 'day')) return today;
  if (!POINTING_SUBJECT.test(text) && !found.some((m) => m.reference && m.end <= at)) return undefined;
  const event = (m: Mention): boolean => m.rule.kind !== 'statement' && m.rule !== SAYING;
  const dated = earlier.findLast((m) => m.date?.precision === 'day' && event(m));
  if (dated) return dated.date!.start;
  // An event told without a day before it ("Trump and Zelensky met inside the basilica … It took place one day after …") is the day's news.
  const told = earlier.findLast((m) => event(m) && !m.date && !m.future && !m.dateWithheld);
  return told?.newsDay;
}

/**
 * "Weber had met Ricci in Rome a week earlier", "The talks resumed the next day", "met the president that day": an undated event
 * counted by an adverb from the last event the article dates by its day (in this sentence before
 * it, or before this sentence) is dated by counting from that day. False when there is none: the
 * day it counts from is not given, and the event keeps no day.
 */
export function datedByCountingOn(m: Mention, times: TemporalExpression[], earlier: Mention[], dayNamedBefore: () => string | undefined, found: Mention[] = []): boolean {
  const text = m.sentence.text;
  COUNTED_ADVERB.lastIndex = 0;
  const adverb = COUNTED_ADVERB.exec(text);
  if (!adverb || m.date) return false;
  const own = times.filter((t) => t.end <= adverb.index && claimOf(t)?.precision === 'day').at(-1);
  // "The Florida meeting followed talks in Geneva a week earlier": counted from the day of the happening its subject points back at.
  const subject = own ? undefined : dayOfSequenceSubject(m, adverb.index, found, earlier);
  // "After the talks in Doha, the envoys met again two days later": counted from the event its own subordinate clause names.
  const named = own || subject ? undefined : dayOfEventNamedBefore(text, adverb.index, earlier);
  // "The council is expected to elect an acting mayor on Wednesday. … The same day, the party went ahead with its primary": a deed told as done counts on from a deed, not from a plan told ahead.
  const event = earlier.findLast((e) => e.date?.precision === 'day' && e.rule.kind !== 'statement' && e.rule !== SAYING && (m.future || !e.future));
  // "The standoff began on May 2 … Two days later, the envoy met …": with no event its paragraph dates, the day the sentence before names, though no event's.
  const inParagraph = event?.sentence.blockIndex === m.sentence.blockIndex ? event : undefined;
  const from = own ? claimOf(own)!.start : (subject ?? named ?? inParagraph?.date!.start ?? dayNamedBefore() ?? event?.date?.start);
  if (!from) return false;
  const [, count, unit, direction, nextOrPrevious, dayBeforeOrAfter, thatDay, hoursLater] = adverb;
  const sameDay = thatDay ?? hoursLater;
  const days = count ? countedDays(count, unit!)! : 1;
  const back = (direction ?? nextOrPrevious ?? dayBeforeOrAfter)?.toLowerCase();
  const day = sameDay ? from : shiftDay(from, back === 'earlier' || back === 'previous' || back === 'before' ? -days : days);
  [m.date, m.dateWithheld] = [{ value: day, start: day, end: day, precision: 'day' }, false];
  return true;
}

/**
 * "The Florida meeting followed talks in Geneva a week earlier", "The Oslo round preceded a summit
 * two days later": the subject of a sequence verb is a happening told before, and it is what the
 * object's count starts from, not the last day the story gave. True of the subject itself, which the
 * count does not date.
 */
export function subjectOfASequence(m: Mention, found: Mention[]): boolean {
  const verb = SEQUENCE_VERB_AT.exec(m.sentence.text);
  return verb !== null && m.reference && m.end <= verb.index && found.some((o) => o.start >= verb.index + verb[0].length);
}

/** The day of the happening a sequence's subject points back at: the last one of its sort the article dates by its day, in no other place. */
function dayOfSequenceSubject(m: Mention, at: number, found: Mention[], earlier: Mention[]): string | undefined {
  const subject = found.find((s) => s !== m && s.end <= m.start && subjectOfASequence(s, found));
  if (!subject || at < m.start) return undefined;
  const antecedent = earlier.findLast((e) => e.date?.precision === 'day' && !e.future && sameSort(e.rule.kind, subject.rule.kind, e.rule.noun, subject.rule.noun) && !(e.place && subject.place && e.place !== subject.place));
  return antecedent?.date!.start;
}

/**
 * "If the meeting in Sefid goes well, the UN hopes to bring both delegations to Geneva for talks the
 * following Tuesday", "Once the summit in Oslo is over, the ministers will meet again the previous …":
 * a weekday counted on (or back) from an event the sentence's own subordinate clause names is the
 * first of that name after (or before) that event's day, not after the day the story was at when the
 * date reader counted it. Only with no other day in the sentence before the count.
 */
export function weekdayCountedFromEventNamed(found: Mention[], times: TemporalExpression[], text: string, earlier: Mention[]): void {
  for (const time of times) {
    const claim = claimOf(time);
    if (claim?.precision !== 'day' || !COUNTED_WEEKDAY.test(time.text)) continue;
    if (times.some((t) => t.end <= time.start && claimOf(t)?.precision === 'day')) continue;
    const owner = found.find((m) => m.dateAt === time.start);
    const from = owner ? dayOfEventNamedBefore(text, time.start, earlier) : undefined;
    if (!owner || !from) continue;
    const step = COUNTED_BACK_WORD.test(time.text) ? -1 : 1;
    const day = firstOnWeekdayOf(claim.start, shiftDay(from, step), step);
    owner.date = { value: day, start: day, end: day, precision: 'day' };
  }
}

/**
 * The day of the event a subordinate clause before `at` names by its noun ("If the meeting in Sefid goes well", "After the talks
 * in Doha"): the last event of the article dated by its day whose own trigger ends in that noun ("A meeting with rebel commanders …").
 */
function dayOfEventNamedBefore(text: string, at: number, earlier: Mention[]): string | undefined {
  let day: string | undefined;
  for (const named of everyMatch(NAMED_IN_SUBORDINATE, text.slice(0, at))) {
    const noun = singular(named[1]!);
    const event = earlier.findLast((m) => m.date?.precision === 'day' && m.rule.kind !== 'statement' && m.rule !== SAYING && singular(/[\p{L}-]+$/u.exec(m.sentence.text.slice(m.start, m.end))?.[0] ?? '') === noun);
    if (event) day = event.date!.start;
  }
  return day;
}

/** The sentence before in the paragraph, and the day it names (read only when asked for). */
export interface SentenceBefore {
  readonly text: string;
  readonly day: () => string | undefined;
}

/**
 * "The accord was signed on Friday. Five days after the accord was signed, the ministers met in Tallen", "The summit closed on
 * February 28. A week after the summit ended, its host received …": a count from an event the clause names by its noun, which an
 * earlier sentence told with its day, dates the sentence's undated events by counting from that day (the nearest day before would
 * be the signing's, the news day the story's). What the counting clause itself tells is that earlier event, on its day.
 */
export function datedFromEventNamed(found: Mention[], times: TemporalExpression[], text: string, earlier: Mention[], before: SentenceBefore | undefined): void {
  for (const count of matchesIn(COUNTED_FROM_EVENT_NAMED, text)) {
    // "The day after the election": one day; "three days into the truce": after its first day.
    const [, told, unit, way, phrase] = count;
    const [number, direction] = [told || 'one', way!.toLowerCase() === 'into' ? 'after' : way!];
    const clauseEnd = clauseEndAfter(text, count.index + count[0].length);
    // A day of its own in the clause is counted from already ("a day after the talks collapsed on Monday": COUNTED_FROM_NAMED_DAY).
    if (times.some((t) => t.start >= count.index && t.start < clauseEnd && claimOf(t)?.precision === 'day')) continue;
    const anchor = dayOfHappeningNamed(phrase!, earlier, before);
    const days = countedDays(number!, unit!);
    if (!anchor || days === undefined) continue;
    const day = shiftDay(anchor, direction!.toLowerCase() === 'before' ? -days : days);
    for (const m of found) {
      if (m.date) continue;
      const on = m.start >= count.index && m.start < clauseEnd ? anchor : day;
      [m.date, m.dateAt, m.dateWithheld] = [{ value: on, start: on, end: on, precision: 'day' }, undefined, false];
    }
  }
}

/**
 * The day of the happening a phrase names by its noun ("the accord", "the vote", "the Berlin meeting"): the last event an earlier
 * sentence tells by that noun with its day; else the sentence before in the paragraph, naming it with a day though no trigger read
 * it ("The accord … was signed in Selvig on Friday").
 */
function dayOfHappeningNamed(phrase: string, earlier: Mention[], before: SentenceBefore | undefined): string | undefined {
  const noun = singular(/[\p{L}-]+$/u.exec(phrase)![0]);
  // "the Berlin meeting", "the Doha round": a gathering named by its place or its parties is the gathering told before with that name, by whichever noun ("The consultations in Berlin on 18 November …").
  const names = phrase.split(/\s+/).slice(0, -1).filter((word) => /^\p{Lu}/u.test(word));
  const byName = names.length > 0 && GATHERING_NOUN.test(noun);
  const tellsIt = (m: Mention): boolean => (byName ? kindFamily(m.rule.kind) === 'gathering' && names.every((name) => m.sentence.text.includes(name)) : namesNoun(m.sentence.text, noun));
  const dated = earlier.filter((m) => m.date?.precision === 'day' && m.rule !== SAYING);
  // "The day after the call," after "Trump and Putin spoke by phone on 15 August": the noun of a kind names the last event of that kind, however told.
  const ofItsKind = byName ? undefined : dated.findLast((m) => singular(m.rule.kind) === noun);
  const toldBefore = (ofItsKind ?? dated.findLast(tellsIt))?.date!.start ?? (before && !byName && namesNoun(before.text, noun) ? before.day() : undefined);
  // "after the talks" when the article told them as "the first summit held in Tokyo": a gathering's noun names the last gathering it dates, by whichever noun.
  return toldBefore ?? (!byName && GATHERING_NOUN.test(noun) ? dated.findLast((m) => kindFamily(m.rule.kind) === 'gathering')?.date!.start : undefined);
}

/**
 * "Dimova said in a short address after the vote that …", "Kral told reporters after the talks in Geneva that …": a saying told
 * as made right after a happening the article dates, with no day of its own, was made that day (not on the day the sentence before
 * names, nor on the news day). So was any other happening whose clause ends on the one it followed ("Ishiba hosted a dinner for Lee
 * and his wife after the talks."): a dinner after Saturday's talks is Saturday's, though the paper is Sunday's.
 */
export function doneAfterHappeningNamed(found: Mention[], text: string, earlier: Mention[], before: SentenceBefore | undefined): void {
  for (const m of found) {
    if (m.date || (m.rule.kind !== 'statement' && m.reference)) continue;
    const after = (m.rule.kind === 'statement' ? SAID_AFTER_HAPPENING : DONE_AFTER_HAPPENING).exec(text.slice(m.end));
    const day = after ? dayOfHappeningNamed(after[1]!, earlier, before) : undefined;
    if (day) [m.date, m.dateAt, m.dateWithheld] = [{ value: day, start: day, end: day, precision: 'day' }, undefined, false];
  }
}

/** An earlier sentence of the article, with the last day gone by it names (read only when asked for). */
export interface SentenceTold {
  readonly sentence: Sentence;
  readonly day: () => string | undefined;
}

/**
 * "On 28 February Zelensky sat in the Oval Office … Eleven days after the Oval Office, the two delegations met in Jeddah",
 * "The presidents met in Alaska on 15 August. Two weeks after Alaska, they spoke by phone": a count from a happening named by its
 * place alone dates the undated events of its clause by counting from the day of the happening the article told there: the last
 * event an earlier sentence naming the place dates by its day, else the day that sentence names. With no such sentence the events
 * keep no day (neither the news day nor a day counted on from the last one told): the place has no day of its own. Returns the events
 * it counted, dated or not, which no other count dates.
 */
export function datedFromPlaceNamed(found: Mention[], times: TemporalExpression[], named: EntityMention[], text: string, earlier: Mention[], told: () => SentenceTold[]): Set<Mention> {
  const counted = new Set<Mention>();
  for (const count of matchesIn(COUNTED_FROM_PLACE_NAMED, text)) {
    const [, number, unit, direction, place] = count;
    const [from, to] = [count.index, count.index + count[0].length];
    const amount = countedDays(number!, /^months?$/.test(unit!) ? 'days' : unit!);
    // "a week after Christmas", "two days after Monday": a day the date reader reads; "a week after Trump": a person, no place.
    const at = to - place!.length;
    const dayOrPerson = times.some((t) => t.date && t.start < to && t.end > at) || named.some((e) => e.entity.type === 'person' && e.start < to && e.end > at);
    if (amount === undefined || dayOrPerson) continue;
    const namesPlace = (sentence: Sentence): boolean => new RegExp(String.raw`\b${place!.replace(/[.]/g, String.raw`\.`)}\b`, 'u').test(sentence.text);
    const anchor = told().findLast((s) => namesPlace(s.sentence));
    const event = anchor && earlier.findLast((m) => m.sentence === anchor.sentence && m.date?.precision === 'day' && !m.future && m.rule.kind !== 'statement' && m.rule !== SAYING);
    const anchorDay = event ? event.date!.start : anchor?.day();
    const step = direction === 'before' ? -amount : amount;
    const day = anchorDay === undefined ? undefined : /^months?$/.test(unit!) ? shiftMonths(anchorDay, step) : shiftDay(anchorDay, step);
    // Its clause runs from the semicolon before the count to the one after it.
    const clauseStart = text.lastIndexOf(';', from) + 1;
    const semicolon = text.indexOf(';', to);
    const clauseEnd = semicolon < 0 ? text.length : semicolon;
    for (const m of found) {
      if (m.date || m.start < clauseStart || m.start >= clauseEnd) continue;
      counted.add(m);
      if (!day) {
        m.dateWithheld = true;
        continue;
      }
      [m.date, m.dateAt, m.dateWithheld] = [{ value: day, start: day, end: day, precision: 'day' }, undefined, false];
    }
  }
  return counted;
}

/**
 * "On the second day of her visit to Harvik, which began on Tuesday, she met the mayor", "… began a three-day visit to Dorvia on
 * Monday. On the last day of the visit she met the president": a day told by its place in a stay is counted from the stay's first
 * day (a day this sentence says it began on, else the day of the last stay an earlier event tells of, else of the last sentence naming
 * a stay, in any paragraph) and, for the last, its length.
 * What the sentence tells after that first day is dated so, unless it has a day of its own; the news day it would take is the story's.
 */
export function datedByDayOfAStay(found: Mention[], times: TemporalExpression[], text: string, earlier: Mention[], before: SentenceBefore | undefined): void {
  const place = DAY_OF_A_STAY.exec(text);
  if (!place) return;
  const ordinal = parseOrdinal(place[1]!);
  const began = times.find((t) => claimOf(t)?.precision === 'day' && STAY_BEGAN_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start)));
  const stay = began ? undefined : earlier.findLast((m) => (m.date?.precision === 'day' || m.date?.precision === 'span') && m.rule !== SAYING && STAY_NAMED.test(m.sentence.text));
  // "arrived in Dorvia on Monday for a four-day trip. On the third day of her trip, …": the sentence before names the stay with its day, though no event of its own.
  const told = began || stay || !before || !STAY_NAMED.test(before.text) ? undefined : before;
  const first = began ? claimOf(began)!.start : (stay?.date!.start ?? told?.day());
  if (!first || ordinal === undefined) return;
  const length = countedDays(place[2] ?? STAY_LENGTH.exec(text)?.[1] ?? STAY_LENGTH.exec(stay?.sentence.text ?? told?.text ?? '')?.[1] ?? '', 'days');
  const last = length !== undefined ? shiftDay(first, length - 1) : stay?.date!.precision === 'span' ? stay.date!.end : undefined;
  const day = ordinal > 0 ? shiftDay(first, ordinal - 1) : last;
  if (!day) return;
  const from = began ? began.end : place.index + place[0].length;
  for (const m of found) {
    if (m.start < from || m.rule.kind === 'statement' || (m.date && !(began && m.dateAt === began.start))) continue;
    [m.date, m.dateAt, m.dateWithheld] = [{ value: day, start: day, end: day, precision: 'day' }, undefined, false];
  }
}

/**
 * "… will pay a state visit to the country from 20 to 22 March. Within the framework of the visit, the heads of state will hold talks",
 * "arrived in Dorvia on Monday for a three-day visit. During the visit, she met the president": what a sentence set inside a stay the
 * story told with its days tells with no day of its own took place on the stay's days, as a plan when the stay is one.
 */
export function datedWithinAStay(found: Mention[], text: string, earlier: Mention[]): void {
  if (!WITHIN_A_STAY.test(text)) return;
  const stay = earlier.findLast((m) => (m.date?.precision === 'day' || m.date?.precision === 'span') && m.rule !== SAYING && STAY_NAMED.test(m.sentence.text));
  if (!stay) return;
  for (const m of found) {
    if (m.date || m.rule.kind === 'statement' || m.series || m.reference) continue;
    [m.date, m.dateAt, m.dateWithheld] = [stay.date, undefined, false];
    if (stay.future) [m.future, m.mood] = [true, 'plan'];
  }
}

/**
 * "King Siaosi welcomed the Prime Minister of Tuvalu to Nuku'alofa on Monday at the start of a three-day state visit": the stay
 * took the day, and what its clause told before it with no day of its own took place on the stay's first day, where the stay is when it says nowhere else.
 */
export function datedAtTheStartOfAStay(found: Mention[], text: string): void {
  const start = AT_THE_START_OF_A_STAY.exec(text);
  if (!start) return;
  const stay = found.find((m) => m.start >= start.index && m.end <= start.index + start[0].length && (m.date?.precision === 'day' || m.date?.precision === 'span'));
  if (!stay) return;
  const first = stay.date!.start;
  for (const m of found) {
    if (m.date || m.end > start.index || m.rule.kind === 'statement' || m.series || m.reference || m.dateWithheld) continue;
    [m.date, m.dateAt, m.future, m.mood] = [{ value: first, start: first, end: first, precision: 'day' }, undefined, stay.future, stay.mood];
    m.place ??= stay.place;
  }
}

/**
 * "Leaders have arrived at the Halden conference centre for the second day of the Northern Rim summit", "Negotiators went into the
 * third day of talks in Geneva": a gathering told by one of its days, with no time of its own in the sentence and not as a plan, is on
 * that day of it on the day the story is news of; it began the days before. Its date runs from that first day to the news day.
 */
export function datedByItsDayToday(found: Mention[], times: TemporalExpression[], text: string, today: string): void {
  // A time of the news day itself (a live entry's "09:42", "today") says the same; any other is a day of its own.
  if (times.some((t) => { const claim = claimOf(t); return claim && !(claim.start === today && claim.end === today); })) return;
  for (const m of found) {
    // "the second day of the Northern Rim summit" names the gathering going on, not one told before: a definite one is dated too.
    if (m.date || m.future || m.series || kindFamily(m.rule.kind) !== 'gathering') continue;
    const place = DAY_OF_A_GATHERING_BEFORE.exec(text.slice(Math.max(0, m.start - 80), m.start));
    const ordinal = place ? parseOrdinal(place[1]!) : undefined;
    if (ordinal === undefined || ordinal < 2) continue;
    const start = shiftDay(today, 1 - ordinal);
    [m.date, m.dateAt, m.dateWithheld] = [{ value: `${start}/${today}`, start, end: today, precision: 'span' }, undefined, false];
  }
}

/** Where a counting clause that began before `from` ends: at its comma, semicolon or stop. */
function clauseEndAfter(text: string, from: number): number {
  const stop = /[,;]|\.(?:\s|$)/.exec(text.slice(from));
  return stop ? from + stop.index : text.length;
}

/** Whether a sentence names a noun, in the singular or the plural ("the accord", "the accords"). */
function namesNoun(text: string, noun: string): boolean {
  if (new RegExp(String.raw`\b${noun}s?\b`, 'i').test(text)) return true;
  // "Three days into the truce" after "The ceasefire took effect on Sunday": another word of the same happening names it too.
  return SAME_HAPPENING.some((group) => group.test(noun) && group.test(text));
}

/** A noun without its plural's "s", lower-cased, to compare "talks" with "talk" and "meetings" with "meeting". */
function singular(noun: string): string {
  return noun.toLowerCase().replace(/s$/, '');
}

/**
 * The last day gone by a sentence names ("The standoff began on May 2 when the army seized the airport"), read against `reference`;
 * a day ahead ("is due to address parliament on Wednesday. A day earlier, he will meet …") is a plan's, which counts no day.
 */
export function lastDayNamed(text: string, reference: string, today: string): string | undefined {
  return findTemporalExpressions(text, reference).findLast((t) => claimOf(t)?.precision === 'day' && t.date!.start <= today)?.date?.start;
}

/** An act told only as the anchor its sentence's event is counted from, with the clause that counts it. */
interface Anchor {
  event: Mention;
  clause: RegExpExecArray;
}

/**
 * The anchor clauses of a sentence ("a day after the U.S. team held talks …", "two weeks after the court convicted her") with the act each
 * tells of, found among all its triggers: a gathering or any other happening, not a saying, whose day is the saying's, not its content's.
 */
function anchorClauses(text: string, triggered: Mention[]): Anchor[] {
  const anchors: Anchor[] = [];
  COUNTED_BACK_ANCHOR.lastIndex = 0;
  for (let clause = COUNTED_BACK_ANCHOR.exec(text); clause !== null; clause = COUNTED_BACK_ANCHOR.exec(text)) {
    const from = clause.index + clause[0].length;
    const stop = ANCHOR_CLAUSE_END.exec(text.slice(from));
    const end = stop ? from + stop.index : text.length;
    // The act is the clause's first: its subject ("the talks opened"), what its verb holds ("the U.S. team held talks") or the verb itself ("met", "convicted").
    const subject = clause.index + clause[0].search(/\bafter\s/) + 'after '.length;
    const event = triggered.find((m) => m.start >= subject && m.start < end && m.rule.kind !== 'statement' && m.rule !== SAYING);
    if (event) anchors.push({ event, clause });
  }
  return anchors;
}

/**
 * "The envoys met in Oslo on Thursday, a day after the U.S. team held talks with a Ukrainian
 * delegation", "… on Friday, a day after their first meeting there", "resigned on Monday, two weeks after the
 * court convicted her": the earlier act is told
 * only as the anchor of the later one, yet it is an event of its own, which another article may
 * report directly. Returns its trigger (one the sentence's other event may have swallowed, or
 * that "their" made a pointer back), to be read with the sentence's other events.
 */
export function anchorsCountedBack(text: string, triggered: Mention[], found: Mention[]): Mention[] {
  const added: Mention[] = [];
  for (const { event } of anchorClauses(text, triggered)) {
    [event.reference, event.dateWithheld, event.dayless] = [false, false, false];
    if (!found.includes(event)) added.push(event);
  }
  return added;
}

/**
 * Dates each anchor act by counting back from the event its sentence reports before it (the
 * last one dated by day), and gives it the people of "their" and the place of "there" from that event.
 */
export function dateAnchorsCountedBack(text: string, found: Mention[]): void {
  for (const { event, clause } of anchorClauses(text, found)) {
    const main = found.findLast((m) => m.end <= clause.index && m !== event && m.date?.precision === 'day' && m.rule.kind !== 'statement' && m.rule !== SAYING);
    if (!main) continue;
    const [, count, unit, their] = clause;
    const days = countedDays(count!, unit!)!;
    const day = shiftDay(main.date!.start, -days);
    [event.date, event.dateAt, event.dateWithheld, event.future, event.mood] = [{ value: day, start: day, end: day, precision: 'day' }, undefined, false, false, 'past'];
    event.tookPlace = true;
    if (their) [event.persons, event.parties, event.roles] = [[...main.persons], [...main.parties], main.roles];
    if (THERE_AFTER.test(text.slice(event.end))) event.place = main.place;
  }
}
