/**
 * Narrative anchoring (the document's temporal focus): a year-less date ("On March 18", "in
 * April") in a passage that narrates the past takes the year of the nearest dated context
 * before it in the same passage: "In February 2025 Trump called Putin. On March 18 they
 * spoke again" is 2025-03-18 whenever the article appeared. The publication day anchors only
 * the news itself: without such a context in its paragraph, or when its clause looks ahead,
 * a year-less date keeps the year chosen against the publication day (yearChoice.ts).
 *
 * A dated context sets the scene when it names its year and opens its sentence, as a story
 * fronts its time ("In February 2025, …", "On May 22, 1995, …", "In 1940 …"), or when it
 * names its month too and dates a past clause ("Russia invaded in February 2022."); a year
 * alone inside a clause ("a program approved in 1987", "the 1994 memorandum") or a bound
 * ("since February 1980") does not; "was not signed until Nov. 4, 2021" is no bound but the signing's day. A year in the subject of a past clause ("A pilot scheme in
 * 2017 paid out grants in March") sets that clause's sentence in its year. The scene holds for its sentence and the two after it,
 * in its paragraph, and ends at a date read against the publication day or another date
 * ("Friday", "the following year"): the text has moved on. Only a past year narrates the past.
 * A time talked about or remembered ("talked about the winter of 1976") sets no scene: the
 * story tells a memory from its present.
 *
 * A season of a year dates a past clause as a month does ("It began in the spring of 2016,
 * when …"; a winter from November: "that winter … at Thanksgiving" is that year's), and "that summer" fronting its sentence, pointed back to the year last named, sets
 * the scene for the sentences after it; fronting a paragraph, it points back to the year the paragraph before last named.
 * A paragraph opening with a pronoun subject in a past clause goes on with the story the paragraph before told at a day
 * or month of a past year ("She left Riga on Oct. 2, 1944. ¶ She spent the winter in a camp …" is 1944's winter), when
 * what it tells comes later in that year and nothing in it is told against the publication day; else it is the news.
 *
 * A date counted back to the story's own time ("in January of that year", "that same day", "at the
 * time"), read later against the date last named (anaphora.ts), keeps the story where it is when told in a
 * sentence after the year's: "She walked out in 1976. She had started there in January of that year. On May 12 …"
 * is May 1976. In the year's own sentence ("was elected in 2019 and moved in at the time") it keeps nothing.
 * One counted on ("the following year") has moved it to a year not yet known here, and ends it; a day
 * counted from the story's ("the next day") ends the scene but leaves the year a "that autumn" points back to.
 *
 * A story moves forward: each date it anchors becomes its scene, held for the sentences after it, and a month earlier in the
 * year than the scene's is the next year's ("In November 2024 Trump won. In February he
 * called Putin" is February 2025), unless that would pass the publication day.
 */
import type { ParsingResult, Refiner } from 'chrono-node';
import { annotate, readingOf } from '../annotation.ts';
import { isoDay } from '../calendar.ts';
import { referenceDayOf } from '../document.ts';
import type { Example, Timex } from '../model.ts';
import { IRREGULAR_PAST, PARTICIPLE, VERB_PARTICLES, WORD_END, alternation } from '../lexicon/verbs.ts';
import { type Tense, sentenceAround, tenseAt } from '../tense.ts';
import { everyMatch } from '../../gated-matches.ts';
import { ruleTag } from '../parsers/rule.ts';
import { PART_OF_DAY_PATTERN } from '../lexicon/calendar.ts';
import { NOT_UNTIL_OF_A_PAST_ACT } from '../cues.ts';
import { clockOnly } from './clockDay.ts';

interface Yearless {
  /** The tense of the date's clause. */
  tense: Tense | undefined;
  /** The same reading in another year. */
  readIn(year: number): Timex;
}

const yearlessDates = new WeakMap<ParsingResult, Yearless>();

/** Marks a reading whose year was chosen against the publication day, so a scene may move it. */
export function yearless(result: ParsingResult, how: Yearless): void {
  yearlessDates.set(result, how);
}

/** The reading of a year-less `result` in `year`, or undefined when its year is written (see ranges.ts). */
export function readInYear(result: ParsingResult, year: number): Timex | undefined {
  return yearlessDates.get(result)?.readIn(year);
}

const PASSAGE_BREAK = /\n\s*\n/g;
/** A season of a year as TimeML writes it (1968-SP): no calendar days, a year and a season. */
export const SEASON_OF_YEAR = /^(\d{4})-(SP|SU|FA|WI)$/;
// Winter's weather and its feasts come before December ("That winter the lake froze by Thanksgiving"): a November after it is its own year's.
const SEASON_FIRST_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 11 };
// Only a time preposition (and a conjunction) between the sentence's start and the date.
const FRONTED = /^[\s"“'‘(]*(?:(?:and|but|then|so|back)\s+)*(?:(?:in|on|during|throughout|early|mid|late)[\s-]+)*(?:the\s+(?:spring|summer|fall|autumn|winter|end|start|beginning|middle)\s+of\s+)?$/i;
const NOT_A_SCENE = new Set(['before', 'after']);
// A date bounding a stretch ("since February 1980", "until March 2019", "following the August
// 1988 cease-fire") or naming a thing ("the August 1988 cease-fire") is no time the story is at.
const BOUND_BEFORE = /\b(?:since|until|till|through|by|before|after|from|between|following|as\s+(?:early|late)\s+as)\s+(?:(?:early|mid|late)[\s-]+)?$/i;
/** Whether the date after `opening` bounds a stretch; "was not signed until Nov. 4, 2021" tells the signing's day instead. */
const boundedBy = (opening: string) => BOUND_BEFORE.test(opening) && !NOT_UNTIL_OF_A_PAST_ACT.test(opening);
const ATTRIBUTIVE_BEFORE = /\b(?:the|a|an|its|their|his|her|this|that)\s+$/i;
// A time talked about or remembered ("talked about the winter of 1976", "recalled the summer of
// 1989") is a memory told in the story's present, not a time the story has gone back to.
const TOPIC_BEFORE = /\b(?:(?:talk|spoke|speak|reminisc|wr[io]te|writ|told|tell|think|thought)\w*\s+(?:about|of)|(?:recall|remember|describ|reliv)\w*)\s+$/i;
// A year in the noun phrase that opens its sentence, its subject ("A similar scheme in 2022 paid
// out … over the summer"): the clause the subject's verb tells is set in that year. No verb may
// stand before the year: "a program approved in 1987" dates the approval, not the clause, and a
// particle tells a verb whose participle no list spells ("a plan drawn up in 2013").
const SUBJECT_BEFORE = new RegExp(String.raw`^[\s"“'‘(]*(?:the|a|an|its|their|his|her|our|this|that)\s+(?:(?!(?:${PARTICIPLE}|\w+ing\b|(?:${IRREGULAR_PAST}|${alternation(VERB_PARTICLES)})${WORD_END}))[\w'’-]+,?\s+){1,4}in\s+$`, 'i');
// Where a story is said to start: "goes back to 2019", "dates from 2016", "can be traced to March 2011".
const ORIGIN_BEFORE = /\b(?:(?:go(?:es)?|went|dat(?:es?|ing))\s+back\s+to|dat(?:es?|ing)\s+(?:to|from)|(?:be|is|are)\s+traced\s+(?:back\s+)?to)\s+(?:(?:early|mid|late)[\s-]+)?$/i;
// A when-clause right after the date ("in 1990, when …") tells what happened then.
const WHEN_AFTER = /^\s*,?\s*when\b/i;
// A stretch of whole years counted on ("six years later", "two decades later": P6Y, P20Y).
const YEARS = /^P(\d+)Y$/;
const LATER = /\slater$/i;
// "that summer", "that fall": a demonstrative points back to the year last named, scene or not.
const DEMONSTRATIVE = /^that\s/i;
// An anaphor that ends on "that …" or "the same …", "the time" or "then": the time last named.
const THE_STORYS_OWN_TIME = /(?:\b(?:that|same)\s+[a-z]+|^(?:the|that)\s+time|^then)$/i;
// An anaphor that counts a day, or a part of one, from the story's ("the next day", "the night before").
const A_DAY_FROM_THE_STORYS = new RegExp(String.raw`\b(?:day|${PART_OF_DAY_PATTERN})(?:\s+(?:before|after))?$`, 'i');

/** Whether `result` is an anaphor (anaphora.ts) whose text `pattern` matches. */
function anaphorLike(result: ParsingResult, pattern: RegExp): boolean {
  return result.tags().has(ruleTag('anaphora')) && pattern.test(result.text);
}

/**
 * Whether `result` points back to the story's own time from a sentence after the one that named it ("in 1976.
 * She had started there in January of that year"): the story is still there. In the year's own sentence ("was
 * elected in 2019 and moved in at the time") it points at what the year already says and keeps nothing.
 */
function backInTheStorysTime(text: string, result: ParsingResult, namedIn: number | undefined): boolean {
  return anaphorLike(result, THE_STORYS_OWN_TIME) && namedIn !== sentenceAround(text, result.index).start;
}

/** Sentences a scene holds for after its own. */
const SCENE_SENTENCES = 2;

interface Scene {
  year: number;
  /**
   * Set by a year alone dating a past clause ("first came to the harbour in 1962"): such a
   * scene anchors only a year-less date fronting a past clause ("In March they bought a
   * quay", "…, and on Nov. 3 he moved in"), for an unmarked or present clause,
   * or a date inside a clause ("Harwell, founded in 1923, … the three months that ended Jan.
   * 30"), may be back in the news. A date it anchors makes it a full scene.
   */
  pastOnly?: boolean;
  /**
   * Where a pastOnly scene anchors every clause still: the end of the sentence a when-clause
   * sets in its year ("was in 1990, when the House sat until Oct. 28").
   */
  wholeUntil?: number;
  /**
   * Where the year of a pastOnly scene ends: a year-less date in a predicate joined to that
   * year's own, with no subject of its own ("Talks resumed in 1997 and stalled again in
   * October"), tells the same subject on in that year, fronted or not.
   */
  predicateFrom?: number;
  /** The scene's month, when it names one (1–12). */
  month?: number;
  passage: number;
  /** Where the scene's last sentence ends. */
  end: number;
}

// A pronoun subject opening a passage: the subject of the story the passage before told.
const PRONOUN_SUBJECT = /^[\s"“'‘]*(?:he|she|they|we)\s/i;

/** Whether `result` is in the first sentence of the passage at `passage`, which opens with a pronoun subject. */
function opensWithItsSubject(text: string, passage: number, result: ParsingResult): boolean {
  return sentenceAround(text, result.index).start <= passage && PRONOUN_SUBJECT.test(text.slice(passage, result.index));
}

/**
 * Whether a reading between `start` and `end` is told against the publication day ("on Tuesday", "last week"): not a
 * year-less date a story may take, an anaphor of the story's own time, a clock or a reading inside another.
 */
function toldAgainstTheNewsDay(results: ParsingResult[], start: number, end: number): boolean {
  let covered = 0;
  for (const result of results) {
    const resultEnd = result.index + result.text.length;
    if (result.index >= end) break;
    if (resultEnd <= covered) continue;
    covered = resultEnd;
    if (result.index < start || yearlessDates.has(result) || result.tags().has(ruleTag('anaphora')) || clockOnly(result) !== undefined) continue;
    if (readingOf(result)?.relative) return true;
  }
  return false;
}

// What follows a timeline entry's date: "March 2019 - The board proposes …", "April 12: People march …".
const ENTRY_DASH = /^(?:[ \t]+[-–—]|:)[ \t]/;

/**
 * Where each passage (paragraph) of `text` begins. A timeline's entries, each a paragraph opening
 * with its date and a dash ("March 2019 - The board proposes …", "April 12 - People march …"),
 * are one passage: the list tells one story, in a present of its own, and a year-less entry is
 * of the year the entries before it reached. A clock's entries (a live page's) are the news.
 */
function passageStarts(text: string, results: ParsingResult[]): number[] {
  const starts = [0, ...everyMatch(PASSAGE_BREAK, text).map((m) => m.index + m[0].length)];
  const entries = new Set<number>();
  for (const result of results) {
    const end = result.index + result.text.length;
    if (readingOf(result)?.type === 'DATE' && ENTRY_DASH.test(text.slice(end, end + 4))) entries.add(result.index);
  }
  if (entries.size < 2) return starts;
  return starts.filter((start, i) => !(entries.has(start) && entries.has(starts[i - 1] ?? -1)));
}

interface Named {
  year: number;
  month?: number;
  /** Names a season of its year: as close a time as a month for setting a scene. */
  season?: boolean;
}

/** The named year (and month) of a reading, if it names one. */
function namedTime(timex: Timex): Named | undefined {
  if (timex.type !== 'DATE' && timex.type !== 'TIME') return undefined;
  const season = SEASON_OF_YEAR.exec(timex.value);
  // A season's first month moves the story on as a month does: "That winter, … on Feb. 28" is the next year's February.
  if (season) return { year: Number(season[1]), month: SEASON_FIRST_MONTH[season[2] ?? ''], season: true };
  const date = timex.date;
  if (!date || date.precision === 'week' || date.precision === 'span' || (date.qualifier && NOT_A_SCENE.has(date.qualifier))) return undefined;
  const month = date.precision === 'day' || date.precision === 'month' ? Number(date.start.slice(5, 7)) : undefined;
  return { year: Number(date.start.slice(0, 4)), ...(month ? { month } : {}) };
}

function sceneOf(text: string, result: ParsingResult, named: Named, passage: number): Scene | undefined {
  const sentence = sentenceAround(text, result.index);
  const opening = text.slice(sentence.start, result.index);
  const end = result.index + result.text.length;
  const datesPastClause = () => !boundedBy(opening) && !ATTRIBUTIVE_BEFORE.test(opening) && !TOPIC_BEFORE.test(opening) && tenseAt(text, result.index, end, 'clause') === 'past';
  const monthOrSeason = named.month !== undefined || named.season;
  if (!FRONTED.test(opening) && !(monthOrSeason && datesPastClause())) {
    // "The row goes back to 2019. In February the council sold the site": an explainer's origin, told in its present,
    // sets a scene for the past clauses after it as a year dating a past clause does (a when-clause after it, below).
    if (ORIGIN_BEFORE.test(opening) && !WHEN_AFTER.test(text.slice(end, sentence.end))) return { year: named.year, ...(named.month ? { month: named.month } : {}), pastOnly: true, passage, end: sentencesOn(text, result.index) };
    // "A similar scheme in 2022 paid out … over the summer": a year in the subject of a past
    // clause sets its whole sentence there, and, as a year dating a past clause, the past
    // clauses fronted by a year-less date after it.
    if (!monthOrSeason && SUBJECT_BEFORE.test(opening) && datesPastClause()) return { year: named.year, pastOnly: true, wholeUntil: sentence.end, passage, end: sentencesOn(text, result.index) };
    // "The cannery's owners came to the harbour in 1962. In March they bought a quay": a year
    // alone dating a past clause sets a scene for the past clauses after it.
    if (!monthOrSeason && !WHEN_AFTER.test(text.slice(end, sentence.end)) && datesPastClause()) return { year: named.year, pastOnly: true, predicateFrom: end, passage, end: sentencesOn(text, result.index) };
    // "was in 1990, when the House sat until Oct. 28": the when-clause tells that year, so its
    // sentence is set there, wherever the year stands and whatever bounds it; and unbounded, as
    // a year dating a past clause, it anchors the past clauses fronted by a year-less date after
    // it ("The post fell vacant in 1997, when the coach left. In January his successor was
    // hurt"); a bound ("has kept its distance since 2020, when …") leaves the story in the news.
    if (!WHEN_AFTER.test(text.slice(end, sentence.end))) return undefined;
    const whole = { year: named.year, ...(named.month ? { month: named.month } : {}), passage, end: sentence.end };
    const bound = boundedBy(opening) || ATTRIBUTIVE_BEFORE.test(opening) || TOPIC_BEFORE.test(opening);
    return bound ? whole : { ...whole, pastOnly: true, wholeUntil: sentence.end, end: sentencesOn(text, result.index) };
  }
  return { year: named.year, ...(named.month ? { month: named.month } : {}), passage, end: sentencesOn(text, result.index) };
}

/**
 * A year read against the publication day that opens its sentence ("Last year, the festival
 * fell in mid-September") sets the scene for that sentence alone; any other such reading
 * ends the scene: the text has moved on.
 */
function fronting(text: string, result: ParsingResult, timex: Timex, passage: number): Scene | undefined {
  const named = namedTime(timex);
  if (!named || named.month !== undefined || named.season) return undefined;
  return fronts(text, result) ? { year: named.year, passage, end: sentenceAround(text, result.index).end } : undefined;
}

/** Whether `result` opens its sentence, after a time preposition at most ("In March they bought …"). */
function fronts(text: string, result: ParsingResult): boolean {
  return FRONTED.test(text.slice(sentenceAround(text, result.index).start, result.index));
}

// A predicate joined by "and" to the one before, its verb in the past and no subject of its
// own, up to a time preposition: "… in 1997 and stalled again in October", "… and then closed in".
// Mid-sentence, so read with case: a capital word there is a subject of its own, even one spelled
// like a past or an adverb ("… in 1997 and Mohammed resigned in October", "… and Italy voted in").
const JOINED_PAST_PREDICATE = new RegExp(String.raw`^\s*,?\s+and\s+(?:then\s+|later\s+)?(?:[a-z]+ly\s+)?(?:${IRREGULAR_PAST}|[a-z]+ed)${WORD_END}(?:\s+(?!(?:and|but|when|while|after|before|because|since|until)\b)[\w'’-]+){0,5}?\s+(?:in|on|during)\s+(?:(?:early|mid|late)[\s-]+)?$`);

/** Whether the date at `index` is in a past predicate joined to the one a year ending at `yearEnd` dates ("… the following year and stalled again in October"). */
export function inJoinedPastPredicate(text: string, yearEnd: number, index: number): boolean {
  return yearEnd <= index && JOINED_PAST_PREDICATE.test(text.slice(yearEnd, index));
}

/** Whether `result` is in a past predicate joined to the one its scene's year dates (see Scene.predicateFrom). */
function inTheYearsPredicate(text: string, scene: Scene, result: ParsingResult): boolean {
  return scene.predicateFrom !== undefined && inJoinedPastPredicate(text, scene.predicateFrom, result.index);
}

// Where a coordinate clause opens inside a sentence: "…, and on Nov. 3 he moved in", "…; in June …".
const CLAUSE_OPENING = /(?:,\s*(?=(?:and|but|then)\s)|;\s*)(?![\s\S]*(?:,\s*(?:and|but|then)\s|;))/i;

/** Whether `result` opens its sentence or a coordinate clause of it ("…, and on Nov. 3 he moved in"). */
function frontsClause(text: string, result: ParsingResult): boolean {
  const opening = text.slice(sentenceAround(text, result.index).start, result.index);
  const clause = CLAUSE_OPENING.exec(opening);
  return FRONTED.test(clause ? opening.slice(clause.index + clause[0].length) : opening);
}

/** Where the scene set at `offset` ends: the end of its sentence and the SCENE_SENTENCES after it. */
function sentencesOn(text: string, offset: number): number {
  let end = sentenceAround(text, offset).end;
  for (let i = 0; i < SCENE_SENTENCES && end < text.length; i++) end = sentenceAround(text, pastBlankLines(text, end)).end;
  return end;
}

const BLANK_LINES = /\s*\n\s*\n\s*/y;

/** `offset`, or past the blank lines there: they end a passage, no sentence of a scene that runs on (a timeline's). */
function pastBlankLines(text: string, offset: number): number {
  BLANK_LINES.lastIndex = offset;
  return BLANK_LINES.test(text) ? BLANK_LINES.lastIndex : offset;
}

/**
 * A year-less reading in the scene's year, or the next when the story has moved past the
 * scene's month; undefined when it would be the next year's but does not front its clause. A
 * story moves on into a new year with a fronted date ("In February he called Putin", "…; in
 * February it thawed"); a date earlier in the year than the scene's, set inside its clause
 * ("That autumn she went home. She died on January 12th"), is the news the story has come back
 * to, not the next year of the story.
 */
function inScene(open: Yearless, scene: Scene, reference: string, fronted: boolean): Timex | undefined {
  const reading = open.readIn(scene.year);
  const month = reading.date && reading.date.precision !== 'year' ? Number(reading.date.start.slice(5, 7)) : undefined;
  if (scene.month === undefined || month === undefined || month >= scene.month) return reading;
  if (!fronted) return undefined;
  const next = open.readIn(scene.year + 1);
  return next.date && next.date.end <= reference ? next : reading;
}

export const narrativeAnchoring: Refiner = {
  refine(context, results) {
    const reference = referenceDayOf(context);
    const referenceDay = isoDay(reference);
    const starts = passageStarts(context.text, results);
    let scene: Scene | undefined;
    // The last year the passage named, scene or not: what "that summer" points back to.
    let lastNamed: { year: number; month?: number; passage: number; sentence: number } | undefined;
    // Where the readings seen so far end: a reading inside another ("Wednesday" in "every
    // Wednesday") is dropped later (overlaps.ts) and moves the story nowhere.
    let covered = 0;
    for (const result of results) {
      const end = result.index + result.text.length;
      if (end <= covered) continue;
      covered = end;
      const passage = starts.findLast((start) => start <= result.index) ?? 0;
      if (scene && (scene.passage !== passage || result.index >= scene.end)) scene = undefined;
      // "That autumn, …" opening the paragraph after the year's points back across the break, as a profile's paragraphs run on.
      const open = yearlessDates.get(result);
      const fromThePassageBefore = lastNamed?.passage === starts[starts.indexOf(passage) - 1];
      const pointsBackAcross = fromThePassageBefore && DEMONSTRATIVE.test(result.text) && fronts(context.text, result);
      // "He spent the winter learning to walk again" opening the paragraph after one that told a past day or month: its
      // pronoun is that story's subject, and the story goes on in its year, when what it tells comes after that day in
      // that year and the paragraph tells nothing against the news day. A profile's "She joined the firm on June 1, 2031.
      // ¶ She left it in January" (before the day it would go on from) or "… in September, she said on Tuesday" is her news.
      const goesOnAcross =
        fromThePassageBefore && lastNamed?.month !== undefined && open?.tense === 'past' && opensWithItsSubject(context.text, passage, result) &&
        (namedTime(open.readIn(lastNamed.year))?.month ?? 0) > lastNamed.month && !toldAgainstTheNewsDay(results, passage, starts[starts.indexOf(passage) + 1] ?? context.text.length);
      if (lastNamed && lastNamed.passage !== passage && !pointsBackAcross && !goesOnAcross) lastNamed = undefined;
      if (open) {
        const pointed: Scene | undefined = !scene && lastNamed && (DEMONSTRATIVE.test(result.text) || goesOnAcross) ? { year: lastNamed.year, passage, end: result.index + result.text.length } : undefined;
        const at = scene ?? pointed;
        // "The plant closed in 1993, and he moved away that summer": a demonstrative points back to the year
        // wherever it stands in its clause, as it does with no scene.
        const pastOnly = at?.pastOnly && result.index >= (at.wholeUntil ?? 0) && !DEMONSTRATIVE.test(result.text);
        if (at && at.year < reference.getFullYear() && (pastOnly ? open.tense === 'past' && (frontsClause(context.text, result) || inTheYearsPredicate(context.text, at, result)) : open.tense !== 'future')) {
          const anchored = inScene(open, at, referenceDay, frontsClause(context.text, result));
          if (!anchored) continue;
          annotate(result, anchored);
          const moved = namedTime(anchored);
          // The story goes on from its latest date: the scene holds for the sentences after it.
          if (moved && scene) scene = { ...scene, pastOnly: false, wholeUntil: undefined, year: moved.year, ...(moved.month ? { month: moved.month } : {}), end: Math.max(scene.end, sentencesOn(context.text, result.index)) };
          // "That summer, …" pointed back to a year and fronts its sentence: the story is there now.
          else if (moved) scene = sceneOf(context.text, result, moved, passage);
        }
        continue;
      }
      const timex = readingOf(result);
      // Years counted on from the year last named ("She retired in 1999. Two decades later, …", anaphora.ts) move the
      // story that many years on: the scene of the year before ends, and a "that December" points to the year they end on.
      const yearsOn = timex?.type === 'DURATION' && lastNamed?.passage === passage && LATER.test(result.text) ? YEARS.exec(timex.value) : null;
      if (yearsOn && lastNamed) {
        const year = lastNamed.year + Number(yearsOn[1]);
        lastNamed = { year, passage, sentence: sentenceAround(context.text, result.index).start };
        scene = sceneOf(context.text, result, { year }, passage);
        continue;
      }
      if (!timex || (timex.type !== 'DATE' && timex.type !== 'TIME') || backInTheStorysTime(context.text, result, lastNamed?.sentence)) continue;
      // "Her last call came at 11:50 p.m.": a clock names no day and takes the story's (clockDay.ts), so the story stays where it is.
      if (clockOnly(result) !== undefined) continue;
      if (timex.relative) {
        // "the next day" may take the story back to the news, but leaves it in its year for a "that autumn".
        if (!anaphorLike(result, A_DAY_FROM_THE_STORYS)) lastNamed = undefined;
        scene = fronting(context.text, result, timex, passage);
        continue;
      }
      const named = namedTime(timex);
      if (named) lastNamed = { year: named.year, ...(named.month && !named.season ? { month: named.month } : {}), passage, sentence: sentenceAround(context.text, result.index).start };
      const next = named && sceneOf(context.text, result, named, passage);
      if (next) scene = next;
    }
    return results;
  },
};

export const NARRATIVE_EXAMPLES: Example[] = [
  { text: 'In February 2025 Trump called Putin. On March 18 they spoke again.', ref: '2026-03-20', finds: 'March 18', value: '2025-03-18' },
  { text: 'In 1940 the city fell. In April, the government left.', ref: '1998-11-20', finds: 'April', value: '1940-04' },
  { text: 'The last time Congress finished a budget this late was in 1990, when it sat until Oct. 28.', ref: '1998-10-21', finds: 'Oct. 28', value: '1990-10-28' },
  // The when-clause holds its own sentence only.
  { text: 'The plant opened in 1990, when Bush was president. Its owners meet on Oct. 28.', ref: '1998-10-21', finds: 'Oct. 28', value: '1998-10-28' },
  { text: 'In 1940 the city fell.\n\nOn March 18 the minister resigned.', ref: '1998-11-20', finds: 'March 18', value: '1998-03-18' },
  { text: 'The 1994 memorandum is cited often. On March 18 the minister resigned.', ref: '1998-11-20', finds: 'March 18', value: '1998-03-18' },
  { text: 'On May 22, 1995, he was promoted, and the following year he moved. In December he was sent home.', ref: '1998-04-18', finds: 'December', value: '1997-12' },
  { text: 'Russia invaded in February 2022. In March, negotiators met in Istanbul.', ref: '2026-02-10', finds: 'March', value: '2022-03' },
  { text: 'In November 2024 Trump won the election. In February he called Putin.', ref: '2026-02-10', finds: 'February', value: '2025-02' },
  { text: 'They had talked after the August 1988 cease-fire. Iraq invaded on Aug. 2.', ref: '1990-08-15', finds: 'Aug. 2', value: '1990-08-02' },
  // A year inside a clause sets no scene for a date that follows in a present clause, but "that" points back to it.
  { text: 'He joined the company in 1995 as a clerk. That fall, he was promoted.', ref: '1998-11-18', finds: 'That fall', value: '1995-FA' },
  // Inside a clause too, "that" points back to the year a past clause named, and the story is there: a month earlier in the year, fronted, is the next year's.
  { text: 'The plant closed in 1993, and he moved away that summer.', ref: '2023-04-14', finds: 'that summer', value: '1993-SU' },
  { text: 'The ferry line was sold in 2008. Its new owners cut the winter sailings that autumn.', ref: '2019-05-02', finds: 'that autumn', value: '2008-FA' },
  { text: 'The light was automated in 1993, and the keeper left the island that autumn. In May he came back as a guide.', ref: '2023-04-14', finds: 'May', value: '1994-05' },
  // Years counted on move the story to the year they end on: "that June", a fronted "In June" are that year's.
  { text: 'The mill shut in 1971. Six years later it reopened as flats. That June the first tenants moved in.', ref: '2023-07-18', finds: 'That June', value: '1977-06' },
  { text: 'The mill shut in 1971. Two decades later it reopened as flats. In June, the first tenants moved in.', ref: '2023-07-18', finds: 'June', value: '1991-06' },
  { text: 'The mill shut in 1971. Two decades later it reopened as flats, and the first tenants moved in that June.', ref: '2023-07-18', finds: 'that June', value: '1991-06' },
  // A when-clause's year anchors the past clauses fronted by a year-less date after it, as a year dating a past clause does.
  { text: 'The post fell vacant in 1997, when the coach left for Switzerland. In January his successor was hurt in a crash.', ref: '1999-07-08', finds: 'January', value: '1997-01' },
  { text: 'The quarrel goes back to 2011, when the council sold the old market. In May traders sued, and in October a judge ruled against them.', ref: '2016-03-02', finds: 'October', value: '2011-10' },
  { text: 'The rift dates from 2004, when the two parties split. Its leaders meet again on Oct. 28.', ref: '2008-10-21', finds: 'Oct. 28', value: '2008-10-28' },
  // A bound year's when-clause holds its own sentence only: the story is back in the news.
  { text: 'Washington has kept its distance since 2020, when a draft was rejected. On 26 February, an envoy held a call with the ministers.', ref: '2058-03-05', finds: '26 February', value: '2058-02-26' },
  { text: 'The two clubs have not met since 1998, when a final ended in a riot. On March 3, their chairmen shook hands.', ref: '2004-04-10', finds: 'March 3', value: '2004-03-03' },
  // A year alone dating a past clause anchors a past clause fronting a year-less date after it.
  { text: 'He joined the company in 1995 as a clerk. In the fall, he was promoted.', ref: '1998-11-18', finds: 'the fall', value: '1995-FA' },
  // An explainer's origin, told in its present ("goes back to", "dates from"), anchors the past clauses fronted by a year-less date after it.
  { text: 'The row goes back to 2019. In February the council sold the site, and in May the developer went bust.', ref: '2025-10-01', finds: 'May', value: '2019-05' },
  { text: 'The feud between the two families dates from 2016. In March the brothers split the farm.', ref: '2024-05-01', finds: 'March', value: '2016-03' },
  { text: 'The shortage can be traced to March 2021. On June 2 the last mill closed.', ref: '2024-05-01', finds: 'June 2', value: '2021-06-02' },
  // A fronted "Last year" dates its own sentence.
  { text: 'Last year the festival fell in mid-September.', ref: '2025-10-07', finds: 'mid-September', value: '2024-09' },
  // Each date the story anchors carries the scene on for the sentences after it.
  { text: 'In the summer of 1976, Britain baked. By late June reservoirs were half empty. On July 3 standpipes went up. A minister was appointed in August. Within days, it rained. By the autumn the reservoirs were full.', ref: '2026-01-14', finds: 'the autumn', value: '1976-FA' },
  // A season of a year dates a past clause as a month does.
  { text: 'It began in the spring of 2016, when the plan was unveiled. In June, 400 residents objected.', ref: '2025-07-15', finds: 'June', value: '2016-06' },
  // "That summer" fronting its sentence takes the story there; a day inside "every Wednesday" moves it nowhere.
  { text: 'The last long strike was in 1989. That summer, stations stood empty every Wednesday, and on July 12 the government threatened new laws.', ref: '2026-02-26', finds: 'July 12', value: '1989-07-12' },
  // A time talked about is a memory: the story stays in its present.
  { text: 'On Saturday he sat in a diner and talked about the winter of 1976, when the river froze. The new owners, who bought the mill in January, have promised to decide soon.', ref: '1999-05-09', finds: 'January', value: '1999-01' },
  { text: 'He recalled the summer of 1989, when the plant closed. The company reopened it in March.', ref: '1999-05-09', finds: 'March', value: '1999-03' },
  // Winter begins loosely: a November after "that winter" is its own year's.
  { text: 'He came back in 1979. That winter, he said, people skated on the lake at Thanksgiving.', ref: '2000-02-13', finds: 'Thanksgiving', value: '1979-11-22' },
  { text: 'He came back in 1979. That winter, the lake froze early; in February it thawed.', ref: '2000-02-13', finds: 'February', value: '1980-02' },
  // A year alone dating a past clause anchors the past clauses after it, and only those.
  { text: 'The brothers opened their first shop in 1978. In June they hired a baker.', ref: '2001-03-10', finds: 'June', value: '1978-06' },
  { text: 'Kovac was elected mayor in 2009, and on Nov. 3 he moved into the town hall.', ref: '2015-06-01', finds: 'Nov. 3', value: '2009-11-03' },
  { text: 'The treaty was signed in 1994. On Feb. 2 parliament ratified it after a long debate.', ref: '1998-10-21', finds: 'Feb. 2', value: '1994-02-02' },
  // A year in the subject of a past clause sets the clause's year-less dates in that year; a verb before the year dates only itself.
  { text: 'The last ferry strike in 2019 shut the harbour over the summer.', ref: '2024-02-10', finds: 'the summer', value: '2019-SU' },
  { text: 'A pilot scheme in 2017 paid out grants in March, and the council praised it.', ref: '2021-06-01', finds: 'March', value: '2017-03' },
  { text: 'A plan drawn up in 2013 was shelved in June.', ref: '2020-10-21', finds: 'June', value: '2020-06' },
  // Not fronted, a year-less date may be the news again ("Harwell, founded in 1923, … lost $18 million in the three months that ended Jan. 30").
  { text: 'Harwell, founded in 1923, lost money in the three months that ended Jan. 30.', ref: '1999-03-10', finds: 'Jan. 30', value: '1999-01-30' },
  { text: 'The plant was built in 1990. Its owners meet on Oct. 28.', ref: '1998-10-21', finds: 'Oct. 28', value: '1998-10-28' },
  { text: 'The company was founded in 1985. It will list its shares in March.', ref: '1998-10-21', finds: 'March', value: '1999-03' },
  // A date earlier in the year than the scene's, inside its clause, is the news come back to: the story moves into a new year only with a fronted date.
  { text: 'She was born in 1931. When the war ended, on May 8, 1945, she was 14. That summer she moved to Paris. She died on March 3 at her home in Lyon.', ref: '2025-03-20', finds: 'March 3', value: '2025-03-03' },
  { text: 'The band formed in the autumn of 1977. Its singer left after a tour; the guitarist died on Jan. 9, his family said.', ref: '2025-01-20', finds: 'Jan. 9', value: '2025-01-09' },
  { text: 'He came to Britain in August 1956, as a refugee. He died on Feb. 2 in London, aged 90.', ref: '2025-02-14', finds: 'Feb. 2', value: '2025-02-02' },
  { text: 'In March 1998 the strike began; the miners went back on June 5.', ref: '2001-05-02', finds: 'June 5', value: '1998-06-05' },
  // A paragraph opening with the story's pronoun subject goes on in the year the paragraph before told a day or month of.
  { text: 'She left Riga on Oct. 2, 1944, on the last ship out.\n\nShe spent the winter in a camp near Kiel, and in May she reached Hamburg.', ref: '2024-10-02', finds: 'the winter', value: '1944-WI' },
  { text: 'She left Riga on Oct. 2, 1944, on the last ship out.\n\nShe spent the winter in a camp near Kiel, and in May she reached Hamburg.', ref: '2024-10-02', finds: 'May', value: '1945-05' },
  // Not a year told alone, nor a paragraph opening with another subject: the news again.
  { text: 'The plant opened in 1990.\n\nIt closed in March, the company said.', ref: '2024-10-02', finds: 'March', value: '2024-03' },
  { text: 'He fled on Oct. 2, 1944.\n\nThe museum bought his diary in March.', ref: '2024-10-02', finds: 'March', value: '2024-03' },
  // A profile's background day, then the subject's news: a month before that day in its year, or a paragraph that tells
  // something against the news day, is back in the news.
  { text: 'The mayor first won the seat on Oct. 2, 2049.\n\nShe announced in February that she would not run again.', ref: '2058-03-13', finds: 'February', value: '2058-02' },
  { text: 'He joined the firm on June 1, 2031.\n\nHe left it in January to found his own company.', ref: '2058-03-13', finds: 'January', value: '2058-01' },
  { text: 'They married on Sept. 9, 2001, in Leeds.\n\nThey separated in March, court papers show.', ref: '2024-10-02', finds: 'March', value: '2024-03' },
  { text: 'The coach signed on June 1, 2031.\n\nHe left the club in September, he said on Tuesday.', ref: '2058-03-13', finds: 'September', value: '2057-09' },
  { text: 'She was first elected on Nov. 5, 2040.\n\nShe stepped down in December, and last week she joined a bank.', ref: '2058-03-13', finds: 'December', value: '2057-12' },
  // A clock names no day: the story stays in its year for "that spring" and the month after it.
  { text: 'The mine flooded on March 2, 1958. The alarm sounded at 4:20 a.m. That spring the pit was sealed, and in June the village buried its dead.', ref: '2008-03-05', finds: 'That spring', value: '1958-SP' },
  { text: 'The mine flooded on March 2, 1958. The alarm sounded at 4:20 a.m. That spring the pit was sealed, and in June the village buried its dead.', ref: '2008-03-05', finds: 'June', value: '1958-06' },
  { text: 'The ferry capsized on Oct. 3, 1971. Its first mayday came at 9:40 p.m.\n\nThat autumn the harbour board banned night crossings.', ref: '2021-10-05', finds: 'That autumn', value: '1971-FA' },  // A timeline's entries are one passage, told in a present of their own: a year-less entry is of the year the list reached.
  { text: 'Key dates:\n\nMay 2018 - The mill owners apply to demolish.\n\nJune 9 - Townspeople occupy the weaving shed.', ref: '2024-02-01', finds: 'June 9', value: '2018-06-09' },
  { text: 'Timeline:\n\nOct. 2, 2021 - The dam cracks.\n\nNov. 14 - Engineers drain the lake.\n\n2023 - Repairs begin.', ref: '2025-03-05', finds: 'Nov. 14', value: '2021-11-14' },
  { text: 'How we got here:\n\nSept. 2019: The ferry company asks for a subsidy.\n\nMarch 3: Ministers refuse.', ref: '2025-05-20', finds: 'March 3', value: '2020-03-03' },
  // Not a list: a paragraph of the news after a dated entry keeps the publication's year.
  { text: 'May 2018 - The mill owners apply to demolish.\n\nOn June 9 townspeople occupy the weaving shed.', ref: '2024-02-01', finds: 'June 9', value: '2023-06-09' },
];
