/**
 * A pattern's letters in either case, each a class of its two ("pope|gen\." → "[pP][oO][pP][eE]|[gG][eE][nN]\."),
 * for words of any case inside a pattern that reads the rest in one case. Not a case-insensitive group,
 * "(?i:pope|president)": V8 does not read one holding an alternation alike in every code it compiles
 * for it (in some, "(?i:ab|cd)" does not match "AB"), and which code a pattern gets hangs on what the
 * process ran before, so an article's names and events hung on which articles were read before it.
 */
export function anyCase(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i]!;
    if (c === '\\') {
      // An escape is copied whole: "\s", "\.", "\p{Lu}".
      const end = /^\\[pPu]\{/.test(source.slice(i)) ? source.indexOf('}', i) : i + 1;
      out += source.slice(i, end + 1);
      i = end;
      continue;
    }
    if (c === '(' && source[i + 1] === '?' && /[<\w]/.test(source[i + 2] ?? '') && !/^\(\?<[=!]/.test(source.slice(i))) throw new Error(`anyCase: a named group or flags in ${source}`);
    if (inClass && c === '-' && /\w/.test(source[i - 1] ?? '') && source[i + 1] !== ']') throw new Error(`anyCase: a range in a class of ${source}`);
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    const lower = c.toLowerCase();
    const upper = c.toUpperCase();
    out += lower === upper ? c : inClass ? lower + upper : `[${lower}${upper}]`;
  }
  return out;
}
