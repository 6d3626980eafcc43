/**
 * A function of an object computed once per object and kept only as long as the object lives:
 * what merging asks of a report each time it meets a cluster, or a lookup every page builds
 * from the same array.
 */
export function oncePerObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const answers = new WeakMap<K, V>();
  return (key) => {
    // One lookup for an answer already made; a second only for an answer that is undefined.
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as V;
    const answer = compute(key);
    answers.set(key, answer);
    return answer;
  };
}
