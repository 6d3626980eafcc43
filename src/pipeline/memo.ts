/**
 * A function of an object computed once per object and kept only as long as the object lives:
 * what merging asks of a report each time it meets a cluster, or a lookup every page builds
 * from the same array.
 */
export function oncePerObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const answers = new WeakMap<K, V | typeof UNDEFINED>();
  return (key) => {
    // One lookup for every answer already made, undefined ones too (kept as UNDEFINED): most
    // reports merging asks about count no day or tell no edge of one, and a second lookup for
    // each of those was most of this function's time (a WeakMap lookup hashes the object).
    const known = answers.get(key);
    if (known !== undefined) return (known === UNDEFINED ? undefined : known) as V;
    const answer = compute(key);
    answers.set(key, answer === undefined ? UNDEFINED : answer);
    return answer;
  };
}

/** An answer of undefined as oncePerObject keeps it, told from "not asked yet" by one lookup. */
const UNDEFINED: unique symbol = Symbol('undefined answer');

/**
 * The longest text oncePerText keeps an answer for: a sentence of news is a few hundred
 * characters, and a text of no sentences (a page without stops, a hostile input) kept whole as a
 * key, `limit` times over, would hold megabytes. Such a text is read each time it is asked.
 */
export const LONGEST_REMEMBERED_TEXT = 1_000;

/**
 * A function of a text computed once per text, the answers kept until there are `limit` of them
 * and then started again (a bound on memory, not a tuning knob): wire copy repeats its sentences,
 * and the headline rules tag the same short phrases event after event. Texts longer than
 * LONGEST_REMEMBERED_TEXT are not kept.
 */
export function oncePerText<V>(compute: (text: string) => V, limit: number): (text: string) => V {
  const answers = new Map<string, V>();
  return (text) => {
    if (text.length > LONGEST_REMEMBERED_TEXT) return compute(text);
    const known = answers.get(text);
    if (known !== undefined || answers.has(text)) return known as V;
    const answer = compute(text);
    if (answers.size >= limit) answers.clear();
    answers.set(text, answer);
    return answer;
  };
}
