/**
 * A pattern read over every sentence ("the three", "the city", "two days after … in Vardo"),
 * skipped on a sentence that lacks the words each of its matches holds (requiredWordsTests):
 * most sentences have none, and a pattern that cannot match still costs a scan from every
 * position. The words are answered by the scan of the sentence that its triggers, dates and
 * tense markers already share (sentenceWords), so a skipped pattern costs a lookup.
 */
import { requiredWordsTests, sentenceWords } from './required-words.ts';

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
  return (pattern.global || pattern.sticky || mayMatch(pattern, sentence)) && pattern.test(part);
}

const NONE: readonly RegExpExecArray[] = [];

/** `text.matchAll(pattern)` (a global pattern), or none at once where mayMatch rules every match out. */
export function matchesIn(pattern: RegExp, text: string): Iterable<RegExpExecArray> {
  return mayMatch(pattern, text) ? text.matchAll(pattern) : NONE;
}
