/**
 * "spoke with Sarem on Monday and with the rebels' chief, Dariush Kalan, two days later", "called the
 * Malawian president on Monday and the Zambian president the next day": a second object of the same
 * verb, told with a day of its own and the verb left out, is a second event of the same kind, with the
 * subject of the first and the people of its own words, on its own day. The same act told done again on
 * another day ("struck the depot on Monday and again on Tuesday") is a second event of its kind too, with
 * the first's people and place.
 */
import type { TemporalExpression } from '../dates/index.ts';
import type { CalendarDate, Sentence } from '../types.ts';
import type { EntityMention } from '../entities/recognise.ts';
import { agreeWithModality } from './clause.ts';
import { claimOf } from './event-dates.ts';
import { kindFamily } from './kinds.ts';
import { AGAIN_ON_DAY, AT_EACH_STAGE, DAY_FIRST_SECOND_OBJECT, ELIDED_SECOND_OBJECT, FINITE_VERB_IN, STAGE_BY_ORDINAL, STAGES_AFTER_COLON } from './lexicon.ts';
import { addToMention, type Mention } from './mention.ts';
import { countedDays, firstOnWeekdayOf, shiftDay } from './shift-day.ts';

/** Kinds of event one side holds with another, whom a verb's second object can name: calls and gatherings. */
const MEETING_FAMILIES = new Set(['call', 'gathering']);

/** The second events such sentences tell, taking from each first event the names that stand in the second's words; `day` is the news day. */
export function elidedSecondEvents(found: Mention[], times: TemporalExpression[], named: EntityMention[], text: string, day: string): Mention[] {
  const seconds: Mention[] = [];
  // Where each second's own day ends: a series ("A on Friday, B on Saturday and C on Monday") goes on from it to the next.
  const dayEnd = new Map<Mention, number>();
  const queue = [...found];
  for (let i = 0; i < queue.length; i += 1) {
    const first = queue[i]!;
    if (first.date?.precision !== 'day') continue;
    const ownEnd = dayEnd.get(first) ?? times.find((t) => t.start === first.dateAt)?.end;
    // "struck government tanks near the city on Monday and again on Tuesday": the same act on the same object, whatever its kind, on a day of its own.
    const again = ownEnd !== undefined ? AGAIN_ON_DAY.exec(text.slice(ownEnd)) : null;
    if (again) {
      // Its words are the first's: only its day is its own.
      const [, count, unit, next, weekday] = again;
      const date = secondDay(first, { count, unit, next, weekday }, times, ownEnd!, day);
      if (date) seconds.push({ ...first, date, dateAt: undefined, persons: [...first.persons], parties: [...first.parties] });
      continue;
    }
    if (!MEETING_FAMILIES.has(kindFamily(first.rule.kind))) continue;
    const tail = ownEnd !== undefined ? secondObjectAfter(text.slice(ownEnd)) : undefined;
    if (ownEnd === undefined || !tail) continue;
    const own = { end: ownEnd };
    const [start, end] = [own.end + tail.and, own.end + tail.end];
    // "held talks on Monday and a summit on Friday": an object that is an event of its own is that event, no second of the first's kind.
    if (found.some((m) => m !== first && m.start >= start && m.start < end)) continue;
    const date = secondDay(first, tail, times, start, day);
    if (!date) continue;
    const second: Mention = { ...first, start, end, date, dateAt: undefined, persons: [], parties: [], place: null };
    for (const e of named) {
      const id = e.entity.id;
      if (e.start >= start && e.end <= end) {
        // The second object's people are its own, not the first's.
        if (e.entity.type === 'person') [first.persons, second.persons] = [first.persons.filter((p) => p !== id), [...second.persons, id]];
        else if (e.entity.type === 'country') [first.parties, second.parties] = [first.parties.filter((p) => p !== id), [...second.parties, id]];
      } else if (e.end <= first.start && first.persons.includes(id)) second.persons.push(id);
      else if (e.end <= first.start && first.parties.includes(id)) second.parties.push(id);
    }
    seconds.push(second);
    queue.push(second);
    dayEnd.set(second, own.end + tail.end);
  }
  return seconds;
}

/**
 * "Three groups of soldiers have now come home this week: the first, all under 25, on Monday; the second, made up of the wounded, on
 * Tuesday; and a third this morning": each stage after a count's colon, told by its ordinal with a day of its own, is an event of the
 * count's kind on that day, with the count's people and place. The count, some days of its week, is none of them: it gives way to its
 * stages when two or more are dated, and stays as it was otherwise.
 */
export function stagesOfACount(found: Mention[], times: TemporalExpression[], text: string, day: string): void {
  for (const count of [...found]) {
    const colon = STAGES_AFTER_COLON.exec(text.slice(count.end));
    if (!colon) continue;
    const stages: Mention[] = [];
    let start = count.end + colon[0].length;
    for (const item of text.slice(start).split(';')) {
      const end = start + item.length;
      const time = STAGE_BY_ORDINAL.test(item) ? times.find((t) => t.start >= start && t.start < end && claimOf(t)?.precision === 'day') : undefined;
      if (time) stages.push({ ...count, date: agreeWithModality(claimOf(time)!, time, count.mood, day), dateAt: undefined, persons: [...count.persons], parties: [...count.parties], stageOfACount: true });
      start = end + 1;
    }
    if (stages.length < 2) continue;
    found.splice(found.indexOf(count), 1, ...stages);
  }
}

/**
 * "… the first, all under 25, on Monday; the second … on Tuesday; and a third this morning. … Russia received the same number of
 * its own servicemen each time.": a sentence of the count's paragraph telling a side's act at every stage (AT_EACH_STAGE) makes the
 * side named before its verb a side of each stage.
 */
export function sideAtEachStage(sentence: Sentence, earlier: Mention[], recognise: () => EntityMention[]): void {
  const stages = earlier.filter((m) => m.stageOfACount && m.sentence.blockIndex === sentence.blockIndex);
  const at = stages.length > 0 ? sentence.text.search(AT_EACH_STAGE) : -1;
  if (at < 0) return;
  const verb = sentence.text.slice(0, at).search(FINITE_VERB_IN);
  const sides = recognise().filter((e) => e.entity.type === 'country' && e.end <= verb).map((e) => e.entity.id);
  for (const stage of stages) addToMention(stage, 'parties', sides);
}

/** A second object told after the first's day: where its "and" stands and where it ends, and how its day is told. */
/** How a second act's day is told: counted on from the first's ("two days later", "the next day") or by its weekday. */
interface DayOfSecond {
  count?: string;
  unit?: string;
  next?: string;
  weekday?: string;
}

interface SecondObject extends DayOfSecond {
  and: number;
  end: number;
}

/** The second object the words after the first event's day tell, its day after it ("… on Monday and B on Wednesday") or before it ("… on Monday with A and on Wednesday with B"); none when a verb makes it a clause of its own. */
function secondObjectAfter(after: string): SecondObject | undefined {
  const tail = ELIDED_SECOND_OBJECT.exec(after);
  if (tail) {
    const [, , object, count, unit, next, weekday] = tail;
    return FINITE_VERB_IN.test(object!) ? undefined : { and: tail[0].indexOf('and'), end: tail[0].length, count, unit, next, weekday };
  }
  const dayFirst = DAY_FIRST_SECOND_OBJECT.exec(after);
  if (!dayFirst || FINITE_VERB_IN.test(dayFirst[1]!) || FINITE_VERB_IN.test(dayFirst[3]!)) return undefined;
  return { and: dayFirst[0].search(/\band\b/), end: dayFirst[0].length, weekday: dayFirst[2] };
}

/** The second object's day: counted from the first's ("two days later", "the next day"), or the weekday it names, read in the first's mood. */
function secondDay(first: Mention, tail: DayOfSecond, times: TemporalExpression[], start: number, day: string): CalendarDate | undefined {
  const { count, unit, next, weekday } = tail;
  if (count || next) {
    const shifted = shiftDay(first.date!.start, count ? countedDays(count, unit!)! : 1);
    return { value: shifted, start: shifted, end: shifted, precision: 'day' };
  }
  if (!weekday) return undefined;
  const time = times.find((t) => t.start >= start && claimOf(t)?.precision === 'day');
  if (!time) return undefined;
  // A plan's days run on from the first's, which may have been counted from a telling ("said on Friday he would meet A on Monday and B on Tuesday").
  if (first.future || first.mood === 'plan') {
    const start = firstOnWeekdayOf(claimOf(time)!.start, first.date!.start);
    return { value: start, start, end: start, precision: 'day' };
  }
  return agreeWithModality(claimOf(time)!, time, first.mood, day);
}
