import { testPart } from '../gated-matches.ts';
import { englishWord } from '../parse/tagged-terms.ts';
import { requiredWordsTests, sentenceWords } from '../required-words.ts';
import { RowsByWord } from '../rows-by-word.ts';
import { clauseBefore } from './clause-text.ts';
import { EVENT_KINDS, type EventKind, kindFamily, KINDS, type Trigger } from './kinds.ts';
import {
  ARTICLE_BEFORE,
  CLASS_OF_BEFORE,
  CONDITION_AFTER,
  COUNTABLE_GATHERINGS,
  COUNTED,
  FIXTURE_AFTER,
  FIXTURE_BEFORE,
  FREQUENCY_AFTER,
  GENERIC,
  HABIT_BEFORE,
  HABITUAL_HOLD_BEFORE,
  HABITUAL_VERB,
  PARTICIPLE,
  PERFECT_HOLD_BEFORE,
  INDEFINITE_BEFORE,
  LEFT_SITTING_BEFORE,
  MISREPORTED,
  MODAL_AFTER,
  MODAL_BEFORE,
  NEGATED,
  NEGATED_AFTER,
  POSSIBLE_AFTER,
  POSSIBLE_BEFORE,
  ON_HOLD_AFTER,
  OWN_PROGRAMME_AFTER,
  PURPOSE_BEFORE,
  CARRIED_TO_MEET,
  ONE_EARLIER,
  PUT_BEFORE,
  RECALLED_BEFORE,
  REFUSED,
  SHAREHOLDERS_BEFORE,
  SUSPENDED_AFTER,
  SUSPENDED_BEFORE,
  TITLE_OPENING,
  TITLE_REST,
  UNCONFIRMED_AFTER,
  UNREAL,
  UNTIL_AHEAD,
  UNTIL_DAY_AFTER,
  VERB_ONLY,
  WILLING,
  WISHED,
  YES_NO_QUESTION,
} from './lexicon.ts';

/** A trigger of the kinds table with its kind, in the table's order (earlier rules win overlaps). */
export interface TriggerRule extends Trigger {
  kind: EventKind;
}

export const TRIGGERS: TriggerRule[] = KINDS.flatMap((kind) => EVENT_KINDS[kind].triggers.map((trigger: Trigger) => ({ kind, ...trigger })));

/** A statement found by the day it was made ("the Kremlin said on Friday"), not by a trigger word. */
export const SAYING: TriggerRule = { kind: 'statement', pattern: /(?:)/g };

export interface TriggerHit {
  rule: TriggerRule;
  start: number;
  end: number;
  /** Many of them, none in particular ("numerous rounds of talks"): a mention with no day, never one event's evidence. */
  generic?: boolean;
  /** Told as not held until a day ("did not meet face to face until Friday afternoon"), or as going on until one ("negotiated until late on Monday"): held that day. */
  heldFrom?: boolean;
  /** Where the capitalised word its pattern reads as its doer stands (the pattern's `subject` group: "Ana Ruiz was sacked", "Kell left Orsk"): a name only when the sentence's names recognise it. */
  subjectAt?: [number, number];
  /** The clause of a sentence of several it is the act of ("…on Monday, and will unveil the statue on Friday": from after "and"): its day stands in it. */
  ownClause?: [number, number];
  /** Its clause tells no day of its own, the day opening the sentence before every clause being its day ("On Friday …, and the State Department issued …"). */
  ofTheOpeningDay?: boolean;
  /** Where the doer of a clause's act stands, its title's opening (acts-of-named-doers.ts): in a clause after the first, maybe the first's ("and will open …"). */
  doerAt?: [number, number];
}

// findTriggers walks each pattern with exec from lastIndex; without the g flag it would never advance.
for (const rule of TRIGGERS) if (!rule.pattern.global) throw new Error(`Trigger pattern ${rule.pattern} needs the g flag`);

// A pattern is scanned from every position of every sentence, though most sentences lack the
// words it cannot match without ("dialogue", "truce"): those are looked for first (see required-words.ts).
// Each set of words it cannot match without, those of what it looks behind or ahead at too
// ("ratified" of the treaty ratified, where the noun alone is in many sentences): a sentence lacking one is skipped.
// The pattern is tried on the very sentence tested, so its tests also say where a word stands
// (Reach 'whole text'): "went to" needs the two words side by side, not "to" anywhere ("into", "went on to").
// A sentence holds the words of about three rules of the table: it visits those only (rows-by-word.ts).
const RULES_BY_WORD = new RowsByWord(sentenceWords, TRIGGERS.map((rule) => requiredWordsTests(rule.pattern, 'whole text')));

/** The triggers of a sentence; `paragraph` is the text of its paragraph before it, for triggers that need a topic named. */
export function findTriggers(text: string, paragraph: string): TriggerHit[] {
  const hits: TriggerHit[] = [];
  if (YES_NO_QUESTION.test(text)) return hits;
  for (const i of RULES_BY_WORD.rowsIn(text)) {
    const rule = TRIGGERS[i]!;
    // exec on the shared pattern: matchAll would clone it for every sentence.
    rule.pattern.lastIndex = 0;
    for (let match = rule.pattern.exec(text); match !== null; match = rule.pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (hits.some((h) => h.start < end && start < h.end)) continue;
      if (rule.topic && !rule.topic.test(`${paragraph} ${text.slice(0, start)}`)) continue;
      if (isTitle(text, start, end) || isNamesWord(text, start, end) || opensWithCommonWord(match)) continue;
      const before = clauseBefore(text, start);
      const negated = testPart(NEGATED, before, text);
      // "did not meet face to face until Friday afternoon" was held that day; a gathering or a call that went on until a day ("negotiated until late on Monday", "talked until the early hours of Sunday") ended on it, one told as going on ahead ("will continue until Friday") did not.
      const after = text.slice(end, end + 80);
      const heldFrom = (negated || ((kindFamily(rule.kind) === 'gathering' || rule.kind === 'call') && !testPart(UNTIL_AHEAD, after, text))) && testPart(UNTIL_DAY_AFTER, after, text);
      if ((negated && !heldFrom) || testPart(REFUSED, before, text) || testPart(POSSIBLE_BEFORE, before, text) || testPart(WILLING, before, text) || (rule.kind === 'other' && rule.travel !== true && rule.journey !== true && testPart(WISHED, before, text)) || testPart(MISREPORTED, before, text) || testPart(RECALLED_BEFORE, before, text) || testPart(UNREAL, text.slice(0, start), text) || (rule.kind !== 'other' && testPart(COUNTED, before, text))) continue;
      if (isConditional(text, before, end) || testPart(NEGATED_AFTER, text.slice(end, end + 120), text) || testPart(UNCONFIRMED_AFTER, text.slice(end, end + 140), text) || testPart(OWN_PROGRAMME_AFTER, text.slice(end, end + 120), text) || (testPart(INDEFINITE_BEFORE, before, text) && testPart(POSSIBLE_AFTER, text.slice(end, end + 80), text))) continue;
      if (rule.kind !== 'other' && (isStopped(rule, text, before, end) || isHabitual(text, before, start, end))) continue;
      if (kindFamily(rule.kind) === 'gathering' && (isOtherDomain(text, before, start, end) || testPart(PURPOSE_BEFORE, before, text) || testPart(CARRIED_TO_MEET, before, text))) continue;
      const generic = (testPart(GENERIC, before, text) && !testPart(ONE_EARLIER, before, text)) || (COUNTABLE_GATHERINGS.test(text.slice(start, end)) && testPart(CLASS_OF_BEFORE, before, text));
      const hit: TriggerHit = rule.kind !== 'other' && generic ? { rule, start, end, generic: true } : { rule, start, end };
      if (heldFrom) hit.heldFrom = true;
      const subject = match.indices?.groups?.subject;
      if (subject) hit.subjectAt = subject;
      hits.push(hit);
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Whether the sentence holds a word of each test of TRIGGERS[rule]: only then may its pattern match there. */
export function mayMatch(rule: number, text: string): boolean {
  return RULES_BY_WORD.passes(rule, text);
}

function isConditional(text: string, before: string, end: number): boolean {
  const after = text.slice(end, end + 120);
  return testPart(CONDITION_AFTER, after, text) && (testPart(MODAL_BEFORE, before, text) || testPart(MODAL_AFTER, after, text));
}

/** "suspended the talks", "put its gas talks … on hold", "Talks … have been frozen": what is stopped is not held that day; the stopping is an event of its own (kinds.ts). */
function isStopped(rule: TriggerRule, text: string, before: string, end: number): boolean {
  const after = text.slice(end, end + 120);
  // A meeting walked out of was held: the one who left had been at it.
  return (testPart(SUSPENDED_BEFORE, before, text) && !(rule.kind === 'meeting' && testPart(LEFT_SITTING_BEFORE, before, text))) || (testPart(PUT_BEFORE, before, text) && testPart(ON_HOLD_AFTER, after, text)) || testPart(SUSPENDED_AFTER, after, text);
}

/** A gathering of another domain: a company's owners' meeting, a sports fixture (lexicon.ts). */
function isOtherDomain(text: string, before: string, start: number, end: number): boolean {
  // The fixture's relative clause begins past the comma the clause before stops at.
  return testPart(SHAREHOLDERS_BEFORE, before, text) || testPart(FIXTURE_BEFORE, text.slice(Math.max(0, start - 120), start), text) || testPart(FIXTURE_AFTER, text.slice(end, end + 80), text);
}

/** "negotiators meet in person once a month", "hold talks every week", "usually meet in March": a custom told in the present, no event at all. */
function isHabitual(text: string, before: string, start: number, end: number): boolean {
  const verb = testPart(HABITUAL_VERB, text.slice(start, end), text);
  // "have met regularly since …" is a perfect, a series gone by; "have talks every week" a custom.
  const perfect = PARTICIPLE.test(text.slice(start, end));
  // The noun "talks" reads as the verb; after "have held" it is a perfect's object, a series gone by.
  if (testPart(PERFECT_HOLD_BEFORE, before, text)) return false;
  return ((verb || (!perfect && testPart(HABITUAL_HOLD_BEFORE, before, text))) && testPart(FREQUENCY_AFTER, text.slice(end, end + 80), text)) || (verb && testPart(HABIT_BEFORE, text.slice(Math.max(0, start - 40), start), text));
}

/** Made once: asked of every trigger found. */
const CAPITAL = /^[A-Z]/;

/** "the Met Office has issued a warning": a verb-only trigger word after "the", capitalised, is a word of a name, no act (lexicon.ts). */
function isNamesWord(text: string, start: number, end: number): boolean {
  return CAPITAL.test(text[start]!) && VERB_ONLY.test(text.slice(start, end)) && ARTICLE_BEFORE.test(text.slice(0, start));
}

/** "Fire drills were held": a sentence's first word, capitalised whatever it is, that a trigger reads as a name (group `opening`) is one only if it is no English word ("Zapad exercises began"). */
function opensWithCommonWord(match: RegExpExecArray): boolean {
  const opening = match.groups?.opening;
  return opening !== undefined && englishWord(opening);
}

/** "appeared on "Meet the Nation"": a trigger word opening a quoted title names a programme, not an event; a quoted sentence ("Talks will resume") is no title. */
function isTitle(text: string, start: number, end: number): boolean {
  return start > 0 && CAPITAL.test(text[start]!) && TITLE_OPENING.test(text.slice(0, start)) && TITLE_REST.test(text.slice(end));
}
