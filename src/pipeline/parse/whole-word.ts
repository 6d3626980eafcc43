/**
 * Where a word stands whole in a text: not inside a longer word of any script. What the pattern
 * `(?<![\p{L}])word(?![\p{L}])` with flags `gu` finds, match for match, found with indexOf: a
 * title is written for tens of thousands of events, and such a pattern is tried from every
 * position of their evidence (its lookbehind first), where indexOf skips to the word's first
 * letter. As under the u flag, a text is read by code points: no match starts or ends inside a
 * surrogate pair, and the letter beside a word may be one beyond the Basic Multilingual Plane.
 */

const LETTER = /\p{L}/u;

function isLetter(code: number): boolean {
  // ASCII's letters are the only ones below 128 (\p{L} holds no digit, mark or underscore).
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER.test(String.fromCodePoint(code));
}

const isHigh = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** Offset `at` falls between the two halves of one character. */
function splitsPair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));
}

/** The character that ends just before offset `at` is a letter. */
function letterBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const unit = text.charCodeAt(at - 1);
  return isLetter(at >= 2 && isLow(unit) && isHigh(text.charCodeAt(at - 2)) ? text.codePointAt(at - 2)! : unit);
}

/** The character that starts at offset `at` is a letter. */
const letterAt = (text: string, at: number): boolean => at < text.length && isLetter(text.codePointAt(at)!);

/** The offset of the first whole `word` in `text` at or after `from`, else -1. */
export function nextWholeWord(text: string, word: string, from = 0): number {
  // Past the text's end indexOf would answer the end again, the empty word over and over.
  const find = (start: number): number => (start > text.length ? -1 : text.indexOf(word, start));
  for (let at = find(from); at !== -1; at = find(at + 1)) {
    const end = at + word.length;
    if (!splitsPair(text, at) && !splitsPair(text, end) && !letterBefore(text, at) && !letterAt(text, end)) return at;
  }
  return -1;
}

/** The offsets of every whole `word` in `text`, none overlapping, in order, found as they are asked for (an empty word stands between any two non-letters). */
export function* wholeWordsAt(text: string, word: string): Generator<number> {
  for (let at = nextWholeWord(text, word); at !== -1; at = nextWholeWord(text, word, at + Math.max(1, word.length))) yield at;
}
