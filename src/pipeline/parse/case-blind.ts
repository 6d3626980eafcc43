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

/** The offset of the first `part` in `text`, compared without case, else -1. */
export function caseBlindIndexOf(text: string, part: string): number {
  return text.search(new RegExp(escapeRegExp(part), 'iu'));
}
