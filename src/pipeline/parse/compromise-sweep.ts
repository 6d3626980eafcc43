/**
 * compromise's sweep (its `bulkMatch`: which of a net's match rules to try on each piece of a
 * sentence, then trying them), with the choosing of rules kept per net instead of made again
 * for every piece. compromise (14.17) runs its post-tagger's few hundred rules through it on
 * every sentence it tags; to choose, it concatenated the rules of every hook word or tag the
 * piece holds, deduplicated them by their match text and filtered them by what each needs,
 * wants and must not hold: 57 % of the post-tagger's time, more than trying the rules.
 * Which rules it chooses depends only on which of the net's hooks and ruled-out words the piece
 * holds, so they are chosen once for each such set and kept. Everything else is compromise's
 * own code as it was, in its order, so the rules are tried in the same order and tag the same
 * (compromise-sweep.test.ts checks the results against the library's own sweep).
 */
import nlp from 'compromise';

/** A match rule of a net, as compromise's buildNet makes it. */
interface Rule {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
}

interface Net {
  hooks: Record<string, Rule[]>;
  always: Rule[];
}

interface Term {
  normal: string;
}

type Pointer = [number, number, number];

interface Methods {
  one: {
    cacheDoc: (document: Term[][]) => Set<string>[];
    match: (document: Term[][], rule: Rule) => { ptrs: Pointer[] };
    bulkMatch: (document: Term[][], net: Net, methods: Methods, opts?: SweepOptions) => Found[];
  };
}

interface SweepOptions {
  matchOne?: boolean;
}

type Found = Rule & { pointer: Pointer; unTag?: unknown };

/** What a net's rules are chosen by, each with its place: hooks in the order compromise visits them. */
interface Choosing {
  /** Every hook and every ruled-out word (ifNo) → its place; a piece's set of them is its key. */
  place: Map<string, number>;
  /** The hooks, by place (the ruled-out words come after them). */
  hooks: string[];
  /** Rules chosen, by the key of a piece's set. */
  chosen: Map<string, Rule[]>;
}

/** Enough sets of hooks to hold a corpus's, few enough that forgetting them all now and then costs nothing. */
const KEPT = 20_000;

const choosing = new WeakMap<Net, Choosing>();

function choosingOf(net: Net): Choosing {
  let known = choosing.get(net);
  if (!known) {
    const hooks = Object.keys(net.hooks);
    const place = new Map(hooks.map((hook, at) => [hook, at]));
    for (const rules of Object.values(net.hooks)) for (const rule of rules) for (const word of rule.ifNo ?? []) if (!place.has(word)) place.set(word, place.size);
    known = { place, hooks, chosen: new Map() };
    choosing.set(net, known);
  }
  return known;
}

/** compromise's getHooks then localTrim (01-getHooks.js, 02-trim-down.js) for one piece. */
function chooseRules(net: Net, hooks: string[], haves: ReadonlySet<string>): Rule[] {
  let maybe: Rule[] = [];
  for (const hook of hooks) maybe = maybe.concat(net.hooks[hook]!);
  const already = new Set<string>();
  maybe = maybe.filter((rule) => {
    if (already.has(rule.match)) return false;
    already.add(rule.match);
    return true;
  });
  return maybe.filter(
    (rule) =>
      rule.needs.every((need) => haves.has(need)) &&
      !(rule.ifNo !== undefined && rule.ifNo.some((no) => haves.has(no))) &&
      (rule.wants.length === 0 || rule.wants.filter((want) => haves.has(want)).length >= rule.minWant),
  );
}

/** The rules to try on a piece holding `haves`, chosen once for each set of hooks and ruled-out words. */
function rulesFor(net: Net, haves: Set<string>): Rule[] {
  const { place, hooks, chosen } = choosingOf(net);
  const held: number[] = [];
  for (const item of haves) {
    const at = place.get(item);
    if (at !== undefined) held.push(at);
  }
  held.sort((a, b) => a - b);
  const key = held.join(',');
  let rules = chosen.get(key);
  if (!rules) {
    rules = chooseRules(net, held.filter((at) => at < hooks.length).map((at) => hooks[at]!), haves);
    if (chosen.size >= KEPT) chosen.clear();
    chosen.set(key, rules);
  }
  return rules;
}

/** compromise's sweep (sweep/index.js, 04-runMatch.js), the rules of each piece chosen by rulesFor. */
function sweep(document: Term[][], net: Net, methods: Methods, opts: SweepOptions = {}): Found[] {
  const docCache = methods.one.cacheDoc(document);
  const maybeList = docCache.map((haves, n) => {
    const rules = net.always.length > 0 ? rulesFor(net, haves).concat(net.always) : rulesFor(net, haves);
    return rules.filter((rule) => document[n]!.length >= rule.minWords);
  });
  const results: Found[] = [];
  for (let n = 0; n < maybeList.length; n += 1) {
    for (const rule of maybeList[n]!) {
      const res = methods.one.match([document[n]!], rule);
      if (res.ptrs.length > 0) {
        for (const ptr of res.ptrs) {
          ptr[0] = n;
          const todo: Found = Object.assign({}, rule, { pointer: ptr });
          if ((rule as Found).unTag !== undefined) todo.unTag = (rule as Found).unTag;
          results.push(todo);
        }
        if (opts.matchOne === true) return [results[0]!];
      }
    }
  }
  return results;
}

const methods = (nlp.world() as unknown as { methods: Methods }).methods;

/** compromise's own sweep, for the test that compares the two. */
export const librarySweep = methods.one.bulkMatch;

methods.one.bulkMatch = sweep;
