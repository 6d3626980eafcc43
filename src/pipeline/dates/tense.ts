/**
 * The tense around a temporal expression, judged from the nearest verb marker in its
 * clause (then its sentence). News convention: a bare "Thursday" means the coming one
 * in "will meet on Thursday" and the past one in "met on Thursday". The cues themselves
 * are the table in cues.ts.
 */
import { MARKERS, SIGNALS, type Signal } from './cues.ts';
import { MONTH_ABBREVIATION, PART_OF_DAY_PATTERN, WEEKDAY_ABBREVIATION } from './lexicon/calendar.ts';
import { NOUNS_AFTER_TO, PARTICIPLE, SCHEDULING_VERBS, alternation } from './lexicon/verbs.ts';
import { requiredWordsTest, sentenceWords } from '../required-words.ts';

export type Tense = 'past' | 'future';

interface Span {
  start: number;
  end: number;
}

const ABBREVIATION = new RegExp(String.raw`(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Prof|Jr|Sr|Inc|Corp|Co|Ltd|No|vs|etc|${MONTH_ABBREVIATION}|${WEEKDAY_ABBREVIATION}|U\.S|U\.N|U\.K|a\.m|p\.m))$`);

/** The sentence (line, or run ending in . ! ?) around `offset`. */
export function sentenceAround(text: string, offset: number): Span {
  let start = offset;
  while (start > 0 && !isSentenceBreak(text, start - 1)) start--;
  let end = offset;
  while (end < text.length && !isSentenceBreak(text, end)) end++;
  return { start, end: Math.min(text.length, end + 1) };
}

/** The end of the sentence before the one around `offset`, blank lines skipped; 0 when there is none. */
export function sentenceBeforeEnd(text: string, offset: number): number {
  let end = sentenceAround(text, offset).start;
  while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--;
  return end;
}

/** Where the sentence before the one around `offset` starts, blank lines skipped; 0 when there is none. */
export function sentenceBeforeStart(text: string, offset: number): number {
  const end = sentenceBeforeEnd(text, offset);
  return end === 0 ? 0 : sentenceAround(text, end - 1).start;
}

/** After a sentence's last mark: closing quotes or brackets, then a space or the end (made once: it is asked of every character sentenceAround walks). */
const CLOSED_THEN_SPACE = /^["”’')\]]*(\s|$)/;

function isSentenceBreak(text: string, i: number): boolean {
  const char = text[i];
  if (char === '\n') return true;
  if (char !== '.' && char !== '!' && char !== '?') return false;
  const after = text.slice(i + 1, i + 4);
  if (!CLOSED_THEN_SPACE.test(after)) return false;
  return char !== '.' || !ABBREVIATION.test(text.slice(Math.max(0, i - 6), i));
}

// A comma or colon between digits is a number's or a clock's ("had burned 1,200 hectares by Friday
// night", "at 4:15 a.m."), no break between a verb and its date.
const CLAUSE_BREAK = /(?<!\d)[,:]|[,:](?!\d)|[;()—–]|\s-{1,2}\s|\b(?:as|while|whereas|because|but|although|though|after|before|since|when|who|which|that|where)\b/gi;

interface Found extends Span {
  tense: Tense | 'none';
  firm: boolean;
  before?: Tense;
  act?: boolean;
}

interface MarkerAt extends Found {
  tense: Tense;
}

/** A sentence's markers, found at `start` of the text that held it. */
interface Marked {
  start: number;
  found: Found[];
}

// The markers of the sentences of the text last read, by the sentence's words: every expression of
// a sentence asks for them. A sentence's markers are its words' alone (markersIn reads its slice),
// and the text read before holds most of this one's sentences: a sentence's dates are read with
// the paragraph before it (events/paragraph-context.ts), whose sentences the last text held too.
let markedText = '';
let markedSentences = new Map<string, Marked>();
let markedBefore = new Map<string, Marked>();

/** The markers of cues.ts found in sentence `span` of `text`, masks included, in table order (see there for how they mask). */
function markers(text: string, span: Span): Found[] {
  if (text !== markedText) {
    markedText = text;
    [markedBefore, markedSentences] = [markedSentences, markedBefore];
    markedSentences.clear();
  }
  const words = text.slice(span.start, span.end);
  const here = markedSentences.get(words);
  if (here?.start === span.start) return here.found;
  const elsewhere = here ?? markedBefore.get(words);
  const found = elsewhere ? movedTo(elsewhere, span.start) : markersIn(text, span);
  markedSentences.set(words, { start: span.start, found });
  return found;
}

/** Markers found in a sentence at one place of a text, where the same words stand at `start` of another. */
function movedTo({ start, found }: Marked, at: number): Found[] {
  if (start === at) return found;
  return found.map((m) => ({ ...m, start: m.start - start + at, end: m.end - start + at }));
}

// A marker's pattern is tried on a sentence only when the text holding it has the words it cannot
// match without (see ../required-words.ts): what the sentence holds, its text holds, and the text
// is the one the sentence's triggers and chrono's parsers were gated by, scanned already.
const MARKER_TESTS = MARKERS.map((marker) => idOfTest(requiredWordsTest(marker.pattern)));

/** A test's id in sentenceWords, or undefined for no test. */
function idOfTest(test: RegExp | undefined): number | undefined {
  return test && sentenceWords.idOf(test);
}

function markersIn(text: string, span: Span): Found[] {
  const slice = text.slice(span.start, span.end);
  const found: Found[] = [];
  // By index: entries() makes a pair for each marker of every sentence.
  for (let i = 0; i < MARKERS.length; i += 1) {
    const marker = MARKERS[i]!;
    const test = MARKER_TESTS[i];
    if (test !== undefined && !sentenceWords.holds(test, text)) continue;
    // exec on the table's own (global) pattern: matchAll would copy the pattern for every sentence.
    const { pattern } = marker;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(slice); match !== null; match = pattern.exec(slice)) {
      if (match[0] === '') pattern.lastIndex += 1;
      const start = span.start + match.index;
      if (marker.tense !== 'none' && overlapsOne(found, start)) continue;
      const at: Found = { start, end: start + match[0].length, tense: marker.tense, firm: marker.firm };
      if (marker.before) at.before = marker.before;
      if (marker.act) at.act = true;
      found.push(at);
    }
  }
  return found;
}

function overlapsOne(found: Found[], start: number): boolean {
  for (const m of found) if (start >= m.start && start < m.end) return true;
  return false;
}

const hasTense = (m: Found): m is MarkerAt => m.tense !== 'none';

// A signal's pattern is tried beside an expression only when the whole text has the words it
// cannot match without: what the text beside it holds, the text holds (one scan for all its expressions).
const SIGNAL_TESTS = SIGNALS.map((signal) => (signal.pattern.global || signal.pattern.sticky ? undefined : idOfTest(requiredWordsTest(signal.pattern))));

/** The first signal of cues.ts beside text[start, end), if any. */
export function signalAt(text: string, start: number, end: number): Signal | undefined {
  for (let i = 0; i < SIGNALS.length; i += 1) {
    const { side, reach, pattern, then } = SIGNALS[i]!;
    const test = SIGNAL_TESTS[i];
    if (test !== undefined && !sentenceWords.holds(test, text)) continue;
    if (pattern.test(side === 'before' ? text.slice(Math.max(0, start - reach), start) : text.slice(end, end + reach)) && (!then || then.test(text.slice(end, end + reach)))) return SIGNALS[i];
  }
  return undefined;
}

// "before" or "after" right before the expression is its preposition, not a clause's opener: the
// verb before it governs the time ("cannot be completed before March" is a March to come).
const PREPOSITION_OF_THE_EXPRESSION = /^(?:before|after)$/i;

function clauseAround(text: string, sentence: Span, expression: Span): Span {
  let start = sentence.start;
  let end = sentence.end;
  const slice = text.slice(sentence.start, sentence.end);
  CLAUSE_BREAK.lastIndex = 0;
  for (let match = CLAUSE_BREAK.exec(slice); match !== null; match = CLAUSE_BREAK.exec(slice)) {
    const at = sentence.start + match.index;
    const governs = PREPOSITION_OF_THE_EXPRESSION.test(match[0]) && text.slice(at + match[0].length, expression.start).trim() === '';
    if (governs) continue;
    if (at + match[0].length <= expression.start) start = Math.max(start, at + match[0].length);
    else if (at >= expression.end) end = Math.min(end, at);
  }
  return { start, end };
}

/** The closest marker before the expression (its verb usually precedes it), else the closest after. */
function nearest(found: MarkerAt[], expression: Span): MarkerAt | undefined {
  const outside = found.filter((m) => m.end <= expression.start || m.start >= expression.end);
  const before = outside.filter((m) => m.end <= expression.start).sort((a, b) => b.end - a.end);
  const after = outside.filter((m) => m.start >= expression.end).sort((a, b) => a.start - b.start);
  return before[0] ?? after[0];
}

/**
 * Where a tense may be read: the expression's own clause, or failing that its sentence.
 * A whole year hangs on the tense of "March" or "October 6", so those read the clause only:
 * a verb in another clause ("talks, mediated by …, come … on February 24") says little.
 */
export type TenseScope = 'clause' | 'sentence';

// Only a preposition, a part of the period ("By the end of", "On the night of") or a quote mark before it, after a
// wire's dateline if any ("BEIJING, Aug. 20 (Xinhua) --"): the expression opens its sentence. So does a day of the occasion or
// place that opens it ("In his Christmas address on 24 December, Henri said …", "At a ceremony in Oslo on 20 December, the
// minister signed …"): a phrase of a few words and no verb, whose day is the main verb's; "At least 20 died on Monday" is no occasion.
const OCCASION_OPENING = String.raw`(?:in|at|during)\s+(?!least\b)(?:[\w’'-]+\s+){1,4}?(?:on|in)\s+`;
const OPENS_SENTENCE = new RegExp(String.raw`^(?:[A-Z][A-Z.'’ -]+,?[^()]{0,40}\([A-Za-z .-]+\)\s*(?:--|[-—–_])\s*)?[\s"“'‘(]*(?:${OCCASION_OPENING})?(?:(?:on|in|by|at|during|from|until|since|early|late|and|but|then|the\s+(?:end|start|beginning|middle|close|${PART_OF_DAY_PATTERN})\s+of)\s+)*$`, 'i');

// A clause of names, numbers and small words only, set off by punctuation, has no verb of its
// own: it adds a time to the sentence's verb ("will be paid in two instalments, in June and
// December"). After a word ("as early as March") the clause is the word's. Each token whole
// (a name is never split into small words): no backtracking on a long clause that fails.
const AFTER_PUNCTUATION = /[,;:()—–-]\s*(?:(?:though|although|and|but|or)\s*)?$/;
const VERBLESS = /^(?:[\s.,;:!?"'“”‘’()]|\d+(?:st|nd|rd|th)?\b|[A-Z][\w.'’-]*(?![\w'’-])|\b(?:in|into|onto|on|at|by|from|during|until|till|between|and|or|to|through|then|again|also|both|either|early|late|mid|the|of|each|this|last|next|year|time|only|especially|mostly|mainly|largely|chiefly|notably|particularly|probably|possibly|perhaps|likely|even|just|already|first|once|twice|around|about|almost|nearly|roughly|sometime|as|no|later|than)\b)*$/;

// A relative clause set off by a comma ("…, where the explosion of 4 August 2020 killed more than two hundred people,"): its verb
// tells of the noun before it, in a tense of its own, and says nothing of when the sentence's main verb is.
const RELATIVE_ASIDE = /,\s+(?:where|which|who|whom|whose)\b[^,;:()—–]*/g;

/** The markers of a sentence's tense outside a relative clause that does not hold text[start, end). */
function outsideOtherAsides(text: string, sentence: Span, expression: Span, found: MarkerAt[]): MarkerAt[] {
  const slice = text.slice(sentence.start, sentence.end);
  const asides: Span[] = [];
  RELATIVE_ASIDE.lastIndex = 0;
  for (let match = RELATIVE_ASIDE.exec(slice); match !== null; match = RELATIVE_ASIDE.exec(slice)) {
    const aside = { start: sentence.start + match.index, end: sentence.start + match.index + match[0].length };
    if (expression.end <= aside.start || expression.start >= aside.end) asides.push(aside);
  }
  return asides.length === 0 ? found : found.filter((m) => !asides.some((a) => m.start >= a.start && m.end <= a.end));
}

/** The marker whose tense text[start, end) takes (see tenseAt), and its sentence's markers of a tense. */
function tenseMarkerAt(text: string, start: number, end: number, scope: TenseScope): { marker: MarkerAt | undefined; inSentence: MarkerAt[] } {
  const expression = { start, end };
  const sentence = sentenceAround(text, start);
  const inSentence = markers(text, sentence).filter(hasTense);
  const clause = clauseAround(text, sentence, expression);
  const inClause = inSentence.filter((m) => m.start >= clause.start && m.end <= clause.end);
  const fronted = () => OPENS_SENTENCE.test(text.slice(sentence.start, start));
  const readsSentence = () =>
    scope === 'sentence' || fronted() || (AFTER_PUNCTUATION.test(text.slice(sentence.start, clause.start)) && VERBLESS.test(text.slice(clause.start, clause.end)));
  // A clause whose verb a mask hides ("relief flights were to begin Saturday morning, the Red
  // Cross said") has a verb of its own that says neither way: the sentence's telling does not date it.
  const masked = () => markers(text, sentence).some((m) => m.tense === 'none' && m.start >= clause.start && m.end <= clause.end);
  // A day that opens its sentence is its main verb's: a relative clause's verb tells of a noun ("On Tuesday he stops at the port, where the explosion killed …").
  const ofTheSentence = () => nearest(fronted() ? outsideOtherAsides(text, sentence, expression, inSentence) : inSentence, expression);
  return { marker: nearest(inClause, expression) ?? (readsSentence() && !masked() ? ofTheSentence() : undefined), inSentence };
}

// A past perfect as the tense markers match it ("had sealed", "had not been told"), not "had" and its object ("had talks").
const PAST_PERFECT_MARKER = new RegExp(String.raw`^had\s+(?:\w+ly\s+|not\s+)?(?:been\b|${PARTICIPLE})`, 'i');

/**
 * Whether the verb whose tense text[start, end) takes (its clause's, or its sentence's when it
 * fronts it: "Overnight, troops had sealed off the roads") is a past perfect: told as before the
 * time the story is at.
 */
export function pastPerfectAt(text: string, start: number, end: number): boolean {
  const { marker } = tenseMarkerAt(text, start, end, 'clause');
  return marker !== undefined && PAST_PERFECT_MARKER.test(text.slice(marker.start, marker.end));
}

/**
 * Tense of the clause holding text[start, end), else (scope 'sentence', or an expression that
 * opens its sentence: "In January, the company cut jobs", or a clause with no verb: ", in June and
 * December") of its sentence; undefined when unmarked.
 * With firmFuture, a modal or a participle ("could not be located Wednesday", "a service
 * planned for Saturday") says future only beside a firm marker ("will", "is scheduled to").
 */
export function tenseAt(text: string, start: number, end: number, scope: TenseScope = 'sentence', firmFuture = false): Tense | undefined {
  const { marker, inSentence } = tenseMarkerAt(text, start, end, scope);
  if (marker && marker.before && marker.start >= end) return marker.before;
  if (!marker || marker.firm || !firmFuture) return marker?.tense;
  return inSentence.some((m) => m.firm && m.tense === 'future') ? 'future' : undefined;
}

export type TenseRead = (scope?: TenseScope, firmFuture?: boolean) => Tense | undefined;

/**
 * The tense a signal beside a date gives it (cues.ts SIGNALS), else its clause's (`clauseTense`):
 * "since March" is past, "until Tuesday" unmarked whatever the verb, a deadline ("by", "wants a
 * levy in September") past in a past clause and ahead otherwise.
 */
export function signalledTense(signal: Signal | undefined, clauseTense: TenseRead): TenseRead {
  return (scope, firmFuture) => {
    if (!signal) return clauseTense(scope, firmFuture);
    switch (signal.reads) {
      case 'unmarked':
        return undefined;
      // Its own clause's past only: a telling verb after it ("The new rules apply from Monday,
      // the minister said") dates the telling, not the timetable told.
      case 'deadline':
        return clauseTense('clause') === 'past' ? 'past' : 'future';
      default:
        return signal.reads;
    }
  };
}

/**
 * tenseAt for one expression, each scope read once: a reading asks again and again (for the
 * year, the day, the year-less reading).
 */
export function tenseReader(text: string, start: number, end: number): TenseRead {
  let read: Map<string, Tense | undefined> | undefined;
  return (scope = 'sentence', firmFuture = false) => {
    const key = `${scope} ${firmFuture}`;
    read ??= new Map();
    if (!read.has(key)) read.set(key, tenseAt(text, start, end, scope, firmFuture));
    return read.get(key);
  };
}

// What may stand between an act's verb and the day it governs: its object and a place, however
// long, ending in "on" ("agreed to a settlement with the families of the victims of the crash
// on") and the part of the day the date is read for ("was elected on the evening of"), or nothing
// ("met Tuesday"); no infinitive, whose verb would govern it. No marker stands between (the verb
// is the nearest), and the clause ends at a comma or a conjunction. A word of the object is any
// run of the clause's letters and marks: an amount ("imposed a 15% levy", "paid $2.5 billion",
// "sent 1,200 troops"), a quoted name, a "24/7" is as much its object as a plain word.
const GOVERNED_AFTER_VERB = new RegExp(
  String.raw`^(?:(?:\s+\S+){0,20}\s+on(?:\s+the\s+(?:${PART_OF_DAY_PATTERN})\s+of)?|\s+(?:\w+ly|not|again|also|first|last))?\s+$`,
  'i',
);
// A scheduling verb's day is the one it sets, not the day it acted: "had set March 20 for the vote".
const SCHEDULES = new RegExp(String.raw`\b(?:${alternation(SCHEDULING_VERBS)})$`, 'i');
// A day put between a subject and its verb: "The minister on March 3 agreed to resign", "Iraq
// on Monday said"; not the subject itself ("as Easter week began").
const ADJUNCT_BEFORE = /\w[\s,]+(?:on|in)\s+$/i;
const BEFORE_ITS_VERB = /^\s+$/;
// A day a payment or a term falls due is a deadline, though a past verb stands before it: "was due on".
const DEADLINE_BETWEEN = /\b(?:due|payable|effective|deadline|expir\w*|valid)\b/i;
// Not a noun "to" takes as a place or state, with no object after it: "was laid to rest on
// March 14" is the act's day; "voted to rest the case on" is an infinitive.
const DETERMINER = '(?:the|a|an|his|her|its|their|our)\\b';
const INFINITIVE = new RegExp(String.raw`\bto\s+(?!${DETERMINER}|(?:${alternation(NOUNS_AFTER_TO)})\b(?!\s+${DETERMINER}))[a-z]+\b`);
// "On the night of March 3, troops entered": the part of the day is the day's; "In his Christmas address on 24 December, Henri said": the occasion's.
const FRONTED_DAY = new RegExp(String.raw`^[\s"“'‘(]*(?:${OCCASION_OPENING})?(?:on\s+)?(?:the\s+(?:${PART_OF_DAY_PATTERN})\s+of\s+)?$`, 'i');
// A day named as something is its verb's object, not its time: "had set March 20 as the deadline".
const NAMED_AS = /^,?\s+as\s+(?:the|a|an|its|their)\b/i;

/**
 * Whether text[start, end) is the day of a past act: a simple past or past perfect (a marker
 * with `act` in cues.ts) governs it, with no future in its clause and no other verb between:
 * "met on March 3", "were killed on March 3", "signed the deal on March 20", "On March 20,
 * they spoke". Such a day is behind the reference however close; a day a past clause sets
 * otherwise ("extended the offer to Nov. 20", "payable Dec. 1", "has set Nov. 10 as the
 * deadline") may be a deadline a little ahead.
 */
export function pastActAt(text: string, start: number, end: number): boolean {
  if (NAMED_AS.test(text.slice(end, end + 20))) return false;
  const sentence = sentenceAround(text, start);
  const all = markers(text, sentence);
  // "had spoken on March 18 and agreed to a truce": what is agreed to lies ahead, not the day before it.
  const future = (m: Found) => m.tense === 'future' && !(m.before === 'past' && m.start >= end);
  if (FRONTED_DAY.test(text.slice(sentence.start, start))) {
    const first = all.filter((m) => m.start >= end).sort((a, b) => a.start - b.start)[0];
    return first?.act === true && !all.some(future);
  }
  const clause = clauseAround(text, sentence, { start, end });
  const inClause = all.filter((m) => m.start >= clause.start && m.end <= clause.end);
  if (inClause.some(future)) return false;
  const next = inClause.filter((m) => m.start >= end).sort((a, b) => a.start - b.start)[0];
  if (next && (next.act || next.before === 'past') && BEFORE_ITS_VERB.test(text.slice(end, next.start)) && ADJUNCT_BEFORE.test(text.slice(sentence.start, start))) return true;
  const verb = inClause.filter((m) => m.end <= start).sort((a, b) => b.end - a.end)[0];
  if (!verb?.act) return false;
  const between = text.slice(verb.end, start);
  if (between.trim() === '' && SCHEDULES.test(text.slice(verb.start, verb.end))) return false;
  return GOVERNED_AFTER_VERB.test(between) && !INFINITIVE.test(between) && !DEADLINE_BETWEEN.test(between);
}
