/**
 * A pattern read over every sentence ("the three", "the city", "two days after … in Vardo"),
 * skipped on a sentence that lacks the words each of its matches holds (requiredWordsTests):
 * most sentences have none, and a pattern that cannot match still costs a scan from every
 * position. The words are answered by the scan of the sentence that its triggers, dates and
 * tense markers already share (sentenceWords), so a skipped pattern costs a lookup.
 */
import { requiredWordsTests, sentenceWords, topLevelSources } from './required-words.ts';

/** Each pattern's tests, by their ids in sentenceWords: found once, on the pattern's first text. */
const testsOf = new WeakMap<RegExp, number[]>();

/** Whether `text` holds a word of each test of `pattern`: false when no match of it can be in `text` (or in a part of it). */
export function mayMatch(pattern: RegExp, text: string): boolean {
  let tests = testsOf.get(pattern);
  if (tests === undefined) {
    tests = requiredWordsTests(pattern).map((test) => sentenceWords.idOf(test));
    testsOf.set(pattern, tests);
  }
  for (const test of tests) if (!sentenceWords.holds(test, text)) return false;
  return true;
}

/**
 * `pattern.test(part)` for a part of the sentence `sentence` (a slice of it, or slices that join
 * where they meet), skipped where mayMatch rules the sentence out: what the part holds, its
 * sentence holds. The rules test many such parts (the clause before a trigger, the words after
 * it) with patterns most sentences have no word of. A pattern that keeps a lastIndex (g, y) is
 * always asked: a skipped test would leave its lastIndex where the test would have reset it.
 */
export function testPart(pattern: RegExp, part: string, sentence: string): boolean {
  return mustAsk(pattern, sentence) && pattern.test(part);
}

/** Whether a part of `sentence` must be put to `pattern`: it keeps a lastIndex (g, y), or mayMatch does not rule the sentence out. */
function mustAsk(pattern: RegExp, sentence: string): boolean {
  return keepsLastIndex(pattern) || mayMatch(pattern, sentence);
}

function keepsLastIndex(pattern: RegExp): boolean {
  return pattern.global || pattern.sticky;
}

/**
 * `pattern.test(part)` for a pattern made of many alternative rules (REPORT_CUE: twenty ways a sentence may date a saying), each
 * alternative behind its own required words (mayMatch of `sentence`, as testPart). The words of the whole pattern are those of
 * all its alternatives together: too many to rule a sentence out (one or another is in nearly every sentence), so the whole ran
 * over nearly every sentence, from every position, every alternative at each. A text matches the pattern where it matches one
 * of its alternatives, and most sentences hold the words of one or two. A pattern that keeps a lastIndex (g, y) is asked whole,
 * as testPart asks it.
 */
export function testAlternatives(pattern: RegExp, part: string, sentence = part): boolean {
  if (keepsLastIndex(pattern)) return pattern.test(part);
  for (const alternative of alternativesOf(pattern)) if (mayMatch(alternative, sentence) && alternative.test(part)) return true;
  return false;
}

/** Each pattern's alternatives (testAlternatives), found once, on the pattern's first text. */
const alternativesByPattern = new WeakMap<RegExp, RegExp[]>();

function alternativesOf(pattern: RegExp): RegExp[] {
  let alternatives = alternativesByPattern.get(pattern);
  if (alternatives === undefined) {
    alternatives = (topLevelAlternatives(pattern) ?? [pattern.source]).map((source) => new RegExp(source, pattern.flags));
    alternativesByPattern.set(pattern, alternatives);
  }
  return alternatives;
}

/**
 * The sources of a pattern's alternatives at its top level (outside every group and class), as the required words' reader parses
 * the source (topLevelSources), or undefined where they cannot be read alone: a backreference (\1, \k<name>) may name a group of
 * another alternative, and under v a class may hold classes. A source the reader does not read is asked whole.
 */
export function topLevelAlternatives(pattern: RegExp): string[] | undefined {
  return pattern.unicodeSets || /\\(?:[1-9]|k<)/.test(pattern.source) ? undefined : topLevelSources(pattern.source);
}

/** `pattern.exec(part)` for a part of the sentence `sentence`, or none at once where mayMatch rules the sentence out, as testPart. */
export function execPart(pattern: RegExp, part: string, sentence: string): RegExpExecArray | null {
  return mustAsk(pattern, sentence) ? pattern.exec(part) : null;
}

const NONE: readonly RegExpExecArray[] = [];

/** `text.matchAll(pattern)` (a global pattern), or none at once where mayMatch rules every match out. */
export function matchesIn(pattern: RegExp, text: string): Iterable<RegExpExecArray> {
  return mayMatch(pattern, text) ? everyMatch(pattern, text) : NONE;
}

/**
 * The matches `text.matchAll(pattern)` gives (a global pattern), found with exec on the pattern
 * itself, its lastIndex as it was after. matchAll copies the pattern for every text, and V8
 * compiles the copy again: about 5 ns a character of its source, 43 µs a sentence for a pattern
 * of 8,000 characters (COUNTRY_POSSESSIVE in entities/article-names.ts) where exec takes 1 µs.
 * The matches are all found before the first is read; none reads another.
 */
export function everyMatch(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`everyMatch: ${pattern} needs the g flag, as matchAll does`);
  const from = pattern.lastIndex;
  const found: RegExpExecArray[] = [];
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push(match);
    // An empty match moves on a character, a whole code point under u or v (AdvanceStringIndex), as matchAll does.
    if (match[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode || pattern.unicodeSets);
  }
  pattern.lastIndex = from;
  return found;
}

/** The index after `index` in `text`: past a whole surrogate pair when `fullUnicode`. */
function nextIndex(text: string, index: number, fullUnicode: boolean): number {
  if (!fullUnicode || index + 1 >= text.length) return index + 1;
  return index + ((text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);
}
