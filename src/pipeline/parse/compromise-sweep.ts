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
  /** For each hook, by place, the number of each of its rules' match text: rules of one text share it. */
  matchNumbers: Int32Array[];
  /** Per match text number, the choice that last met it (`choices`): a text met again in that choice is a duplicate. */
  metIn: Uint32Array;
  choices: number;
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
    const numbers = new Map<string, number>();
    const matchNumbers = hooks.map((hook) => Int32Array.from(net.hooks[hook]!, (rule) => numbers.get(rule.match) ?? numbers.set(rule.match, numbers.size).size - 1));
    known = { place, hooks, matchNumbers, metIn: new Uint32Array(numbers.size), choices: 0, chosen: new Map() };
    choosing.set(net, known);
  }
  return known;
}

/**
 * compromise's getHooks then localTrim (01-getHooks.js, 02-trim-down.js) for one piece holding
 * the hooks at `held` (places, in order): the rules of each hook in turn, only the first of each
 * match text, those the piece has what they need for. The library concatenates the hooks' lists
 * and deduplicates by text in a set; on real copy nearly every piece holds a set of hooks of its
 * own (979 of 1,044 asked, the tuning articles), so this ran for nearly every piece, some 400
 * rules each: one pass, the texts met told by number, makes the same list.
 */
function chooseRules(net: Net, known: Choosing, held: readonly number[], haves: ReadonlySet<string>): Rule[] {
  const { hooks, matchNumbers, metIn } = known;
  const choice = (known.choices += 1);
  const chosen: Rule[] = [];
  for (const at of held) {
    if (at >= hooks.length) break;
    const rules = net.hooks[hooks[at]!]!;
    const numbers = matchNumbers[at]!;
    for (let i = 0; i < rules.length; i += 1) {
      const number = numbers[i]!;
      if (metIn[number] === choice) continue;
      metIn[number] = choice;
      if (isFor(rules[i]!, haves)) chosen.push(rules[i]!);
    }
  }
  return chosen;
}

/** Whether a piece holding `haves` has every word or tag a rule needs, none it must not, and enough of those it wants (localTrim). */
function isFor(rule: Rule, haves: ReadonlySet<string>): boolean {
  for (const need of rule.needs) if (!haves.has(need)) return false;
  if (rule.ifNo !== undefined) for (const no of rule.ifNo) if (haves.has(no)) return false;
  if (rule.wants.length === 0) return true;
  let wanted = 0;
  for (const want of rule.wants) if (haves.has(want)) wanted += 1;
  return wanted >= rule.minWant;
}

/** The rules to try on a piece holding `haves`, chosen once for each set of hooks and ruled-out words. */
function rulesFor(net: Net, haves: Set<string>): Rule[] {
  const known = choosingOf(net);
  const { place, chosen } = known;
  const held: number[] = [];
  for (const item of haves) {
    const at = place.get(item);
    if (at !== undefined) held.push(at);
  }
  held.sort((a, b) => a - b);
  const key = held.join(',');
  let rules = chosen.get(key);
  if (!rules) {
    rules = chooseRules(net, known, held, haves);
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
