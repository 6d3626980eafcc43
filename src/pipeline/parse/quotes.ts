/**
 * Whether a place in a sentence stands inside quotation marks: after a curly opening mark not
 * yet closed, or after an odd number of straight marks. Read in place, without copying the text
 * before it or collecting its marks (asked for every trigger and every date of every sentence).
 */
export function isQuoted(text: string, index: number): boolean {
  // The text before `index` as text.slice(0, index) reads it (a negative index counts from the end).
  const at = Math.trunc(index) || 0;
  const last = (at < 0 ? Math.max(0, text.length + at) : Math.min(at, text.length)) - 1;
  if (last < 0) return false;
  if (text.lastIndexOf('“', last) > text.lastIndexOf('”', last)) return true;
  let straight = 0;
  for (let mark = text.indexOf('"'); mark !== -1 && mark <= last; mark = text.indexOf('"', mark + 1)) straight += 1;
  return straight % 2 === 1;
}
