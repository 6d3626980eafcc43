/**
 * Finding a phrase in the text it was cut from, whatever its case. Lower-casing both and taking
 * indexOf gives an offset into the lower-cased copy, and lower-casing can change a string's
 * length ("İ" becomes "i̇", two code units): sliced back into the original, that offset cuts a
 * word after such a letter. A case-blind pattern answers an offset into the original itself.
 */

/** `text` as a pattern that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Only ASCII: lower-casing it is a letter for a letter, and only ASCII letters fold to it. */
const ASCII = /^[\x00-\x7f]*$/;
/** The two letters outside ASCII that a case-blind pattern matches to ASCII ones: long s to "s", the Kelvin sign to "k". */
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

/**
 * The offset of the first `part` in `text`, compared without case, else -1. A phrase of ASCII
 * in a text no letter of which folds to ASCII, and whose lower-cased copy keeps its length (no
 * letter of Unicode lower-cases shorter, so none grew), is found in the lower-cased copy at the
 * original's offset: a fresh pattern per phrase costs twice as much, and titles ask for a new
 * phrase nearly every call. Anything else is searched with a case-blind pattern.
 */
export function caseBlindIndexOf(text: string, part: string): number {
  if (ASCII.test(part) && !FOLDS_TO_ASCII.test(text)) {
    const lower = text.toLowerCase();
    if (lower.length === text.length) return lower.indexOf(part.toLowerCase());
  }
  return text.search(new RegExp(escapeRegExp(part), 'iu'));
}
