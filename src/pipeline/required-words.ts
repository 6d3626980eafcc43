/**
 * What a regular expression cannot match without: literal strings, one of which is in every
 * match ("monday", "tuesday", … for a weekday pattern). Chrono runs each of its parsers over
 * every sentence, and a pattern that cannot match still costs a scan of the whole sentence,
 * from every position; a test for its words first is far cheaper (see gatedParser in dates/chrono.ts, and events/triggers.ts).
 *
 * Read from the pattern's source, so every rule gets its test with no list to keep. Whatever the
 * reader does not follow (classes such as \d, backreferences, an unknown flag) requires nothing,
 * and a pattern that requires nothing is never skipped: the test may pass where the pattern then
 * finds nothing, never fail where it would find something.
 */

/** Finite sets of strings; null for "too many to list" (any string, as far as we know). */
type Strings = Set<string> | null;

interface Reading {
  /** Every string the piece can match, when they are few and literal. */
  exact: Strings;
  /** Strings one of which every match of the piece contains; null when nothing is known. */
  required: Strings;
  /**
   * Every set of strings known to be required, `required` among them: a match holds a string of
   * each ("within|in|for" and then a unit of time: "in" is in most sentences, the units are not).
   */
  all: Set<string>[];
}

const ANY: Reading = { exact: null, required: null, all: [] };
const DIGITS = new Set('0123456789');
const DIGIT: Reading = { exact: DIGITS, required: DIGITS, all: [DIGITS] };
/** Zero-width: anchors, \b, lookarounds (what they look at is not part of the match). */
const EMPTY: Reading = { exact: new Set(['']), required: null, all: [] };
/** Beyond this many strings a set is dropped: it would cost more to test than it saves. */
const MOST = 64;
/** Flags under which the source reads as below (u and v change what escapes and classes mean). */
const UNDERSTOOD_FLAGS = /^[dgimsy]*$/;

/**
 * A test that every match of `pattern` passes (the same flags, so the same letters match),
 * or undefined when the pattern requires no literal text.
 */
export function requiredWordsTest(pattern: RegExp): RegExp | undefined {
  const reading = readingOf(pattern);
  const words = reading && best([reading.required, reading.exact]);
  return words ? testOf(words, pattern.flags) : undefined;
}

/**
 * Tests every match of `pattern` passes, each for a set of strings it cannot match without (see
 * Reading.all), the most selective first: a text must pass them all. Empty when the pattern
 * requires no literal text. A chrono parser whose best set is common ("in" of "within|in|for")
 * is ruled out by the others ("a unit of time").
 */
export function requiredWordsTests(pattern: RegExp): RegExp[] {
  const reading = readingOf(pattern);
  if (!reading) return [];
  const first = best([reading.required, reading.exact]);
  if (!first) return [];
  const fold = pattern.ignoreCase ? (s: string): string => s.toLowerCase() : (s: string): string => s;
  // A set every string of which holds a string of another says more: the other is left out ("day" beside "today|yesterday").
  const implies = (a: Set<string>, b: Set<string>): boolean => [...a].every((x) => [...b].some((y) => fold(x).includes(fold(y))));
  const chosen = [first];
  for (const set of reading.all.filter(usable).sort((a, b) => shortestOf(b) - shortestOf(a))) {
    if (chosen.length === MOST_TESTS) break;
    if (!chosen.some((other) => implies(other, set))) chosen.push(set);
  }
  return [...new Set(chosen.map((set) => testOf(set, pattern.flags)))];
}

/** Beyond this many tests a parser's gate costs more lookups than the last ones save. */
const MOST_TESTS = 3;

/** A set worth a test of its own beside the best: strings of two characters or more (a single letter is in every sentence). */
const usable = (set: Set<string>): boolean => set.size > 0 && set.size <= MOST && shortestOf(set) >= 2;

const shortestOf = (set: Set<string>): number => Math.min(...[...set].map((s) => s.length));

function readingOf(pattern: RegExp): Reading | undefined {
  if (!UNDERSTOOD_FLAGS.test(pattern.flags)) return undefined;
  try {
    return new SourceReader(pattern.source).whole();
  } catch {
    return undefined;
  }
}

function testOf(words: Set<string>, patternFlags: string): RegExp {
  const flags = patternFlags.replace(/[gdmsy]/g, '');
  const ignoreCase = flags.includes('i');
  const few = fewest([...words], ignoreCase);
  const source = few.map(RegExp.escape).join('|');
  const key = `${flags}/${source}`;
  if (!tests.has(key)) {
    const test = new RegExp(source, flags);
    tests.set(key, test);
    wordsOf.set(test, { words: few, ignoreCase });
  }
  return tests.get(key)!;
}

/**
 * Whether every match of `pattern` holds a digit. A second test beside requiredWordsTest's: the
 * words it picks may be common ("mar", "jun" of the month parsers are in "market", "junior"),
 * where a date written in figures ("3 March", "10:30", "2026") has a digit, and most sentences
 * have none.
 */
export function needsFigures(pattern: RegExp): boolean {
  if (!UNDERSTOOD_FLAGS.test(pattern.flags)) return false;
  try {
    const reading = new SourceReader(pattern.source, true).whole();
    return best([reading.required, reading.exact]) !== null;
  } catch {
    return false;
  }
}

/** One test for each set of words, so that patterns sharing one (month names) can share its outcome. */
const tests = new Map<string, RegExp>();
/** The words each test looks for, for RequiredWordsScan. */
const wordsOf = new Map<RegExp, { words: string[]; ignoreCase: boolean }>();

/**
 * Many tests of requiredWordsTest answered for a text by one scan of it (Aho–Corasick), with
 * the answers the tests themselves give: run one by one, fifty tests cost fifty scans of every
 * sentence. Tests are learnt as they are asked about; the last text's answers are kept.
 */
export class RequiredWordsScan {
  private readonly ids = new Map<RegExp, number>();
  private readonly folded = new WordAutomaton(true);
  private readonly exact = new WordAutomaton(false);
  private text: string | undefined;
  /** found[id] === generation: the last text scanned holds one of test id's words. */
  private found = new Uint32Array(64);
  private generation = 0;

  passes(test: RegExp, text: string): boolean {
    if (text !== this.text) this.scan(text);
    let id = this.ids.get(test);
    if (id === undefined) {
      // Looked for in the texts after this one, which is scanned already.
      id = this.learn(test);
      if (test.test(text)) this.found[id] = this.generation;
    }
    return this.found[id] === this.generation;
  }

  private learn(test: RegExp): number {
    const id = this.ids.size;
    this.ids.set(test, id);
    if (id >= this.found.length) {
      const grown = new Uint32Array(this.found.length * 2);
      grown.set(this.found);
      this.found = grown;
    }
    const known = wordsOf.get(test);
    if (!known) throw new Error(`RequiredWordsScan: ${test} is not a test of requiredWordsTest`);
    (known.ignoreCase ? this.folded : this.exact).add(known.words, id);
    return id;
  }

  private scan(text: string): void {
    this.text = text;
    this.generation += 1;
    this.folded.scan(text, this.found, this.generation);
    this.exact.scan(text, this.found, this.generation);
  }
}

/**
 * What a character is under a regular expression's i flag without u (ECMAScript's
 * Canonicalize): its upper case when that is one character, except that no other character
 * becomes one of ASCII's. Two characters match under /i when these are equal.
 */
function canonical(code: number): number {
  if (code < 128) return code >= 97 && code <= 122 ? code - 32 : code;
  let folded = CANONICAL[code]!;
  if (folded === 0) {
    const upper = String.fromCharCode(code).toUpperCase();
    folded = upper.length === 1 && upper.charCodeAt(0) >= 128 ? upper.charCodeAt(0) : code;
    CANONICAL[code] = folded;
  }
  return folded;
}

/** canonical() of each character beyond ASCII met so far; 0 where not yet worked out. */
const CANONICAL = new Uint16Array(65536);

/** Aho–Corasick over the words of several tests: which tests a text holds a word of. */
class WordAutomaton {
  private readonly ignoreCase: boolean;
  private readonly words: { word: string; id: number }[] = [];
  private next: Map<number, number>[] = [new Map()];
  private fail: number[] = [0];
  /** The tests whose words end at each state (its own and those of its failure chain). */
  private ends: number[][] = [[]];
  /** 1 for a state where some word ends: most states end none, and a typed array is cheaper to ask. */
  private ending = new Uint8Array(1);
  /**
   * The next state for each state and ASCII character (failures followed): most text is ASCII.
   * A row holds one entry per character some word has, not 128 (`column`): the table is read
   * for every character of every sentence, and a smaller one stays in the processor's cache
   * between sentences (a row of 128 made it several times slower in the pipeline than alone).
   */
  private ascii: Uint16Array | Int32Array = new Uint16Array(1);
  /** The column of each ASCII character in a row of `ascii`: 0 for every character no word has (all lead back to the root). */
  private column = new Uint8Array(128);
  private width = 1;
  private stale = false;

  constructor(ignoreCase: boolean) {
    this.ignoreCase = ignoreCase;
  }

  add(words: string[], id: number): void {
    for (const word of words) this.words.push({ word, id });
    this.stale = true;
  }

  scan(text: string, found: Uint32Array, generation: number): void {
    if (this.words.length === 0) return;
    if (this.stale) this.build();
    const { next, fail, ends, ending, ascii, column, width, ignoreCase } = this;
    let state = 0;
    for (let i = 0; i < text.length; i += 1) {
      const raw = text.charCodeAt(i);
      if (raw < 128) state = ascii[state * width + column[raw]!]!;
      else {
        const code = ignoreCase ? canonical(raw) : raw;
        let to = next[state]!.get(code);
        while (to === undefined && state !== 0) {
          state = fail[state]!;
          to = next[state]!.get(code);
        }
        state = to ?? 0;
      }
      if (ending[state] === 1) for (const id of ends[state]!) found[id] = generation;
    }
  }

  private build(): void {
    this.next = [new Map()];
    this.ends = [[]];
    for (const { word, id } of this.words) {
      let state = 0;
      for (let i = 0; i < word.length; i += 1) {
        const code = this.ignoreCase ? canonical(word.charCodeAt(i)) : word.charCodeAt(i);
        let to = this.next[state]!.get(code);
        if (to === undefined) {
          to = this.next.length;
          this.next.push(new Map());
          this.ends.push([]);
          this.next[state]!.set(code, to);
        }
        state = to;
      }
      if (!this.ends[state]!.includes(id)) this.ends[state]!.push(id);
    }
    // Breadth first: a state's failure is the longest proper suffix of its string that is a state.
    this.fail = new Array<number>(this.next.length).fill(0);
    const queue = [...this.next[0]!.values()];
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head]!;
      for (const [code, to] of this.next[state]!) {
        let back = this.fail[state]!;
        while (back !== 0 && !this.next[back]!.has(code)) back = this.fail[back]!;
        const target = this.next[back]!.get(code);
        this.fail[to] = target !== undefined && target !== to ? target : 0;
        for (const id of this.ends[this.fail[to]!]!) if (!this.ends[to]!.includes(id)) this.ends[to]!.push(id);
        queue.push(to);
      }
    }
    this.ending = Uint8Array.from(this.ends, (ids) => (ids.length > 0 ? 1 : 0));
    // In the same order a state's failure comes before it, so its row is ready to fall back on.
    // One column for each ASCII character a word has (its folded form, under ignoreCase), one for all the others.
    const codeOf = (raw: number): number => (this.ignoreCase ? canonical(raw) : raw);
    const used = new Set<number>();
    for (const { word } of this.words) for (let i = 0; i < word.length; i += 1) used.add(this.ignoreCase ? canonical(word.charCodeAt(i)) : word.charCodeAt(i));
    this.column = new Uint8Array(128);
    const columns = new Map<number, number>();
    const representative = [-1];
    for (let raw = 0; raw < 128; raw += 1) {
      const code = codeOf(raw);
      if (!used.has(code)) continue;
      if (!columns.has(code)) {
        columns.set(code, representative.length);
        representative.push(code);
      }
      this.column[raw] = columns.get(code)!;
    }
    this.width = representative.length;
    // Two bytes an entry while the states are that few (thousands, for all the dates' parsers): half the cache again.
    this.ascii = this.next.length <= 0xffff ? new Uint16Array(this.next.length * this.width) : new Int32Array(this.next.length * this.width);
    for (const state of [0, ...queue]) {
      // Column 0 stays 0: a character no word has leads back to the root from every state.
      for (let col = 1; col < this.width; col += 1) {
        const to = this.next[state]!.get(representative[col]!);
        this.ascii[state * this.width + col] = to ?? (state === 0 ? 0 : this.ascii[this.fail[state]! * this.width + col]!);
      }
    }
    this.stale = false;
  }
}

/**
 * The words of the sentence being read, for the tests of the event triggers (events/triggers.ts),
 * then of chrono's parsers (dates/chrono.ts), the tense signals beside its expressions and the
 * tense markers of its sentences (dates/tense.ts), which read the same text: one scan of each
 * sentence answers them all.
 */
export const sentenceWords = new RequiredWordsScan();

/** The words no other of them lies within: a text with "sunday" has "sun". */
function fewest(words: string[], ignoreCase: boolean): string[] {
  const fold = (s: string): string => (ignoreCase ? s.toLowerCase() : s);
  // Only a word of plain letters stands for another: other letters may fold otherwise under /i.
  const plain = (s: string): boolean => /^[\x20-\x7e]*$/.test(s);
  return words.filter((word) => !words.some((other) => other !== word && plain(other) && fold(word).includes(fold(other)) && (fold(other) !== fold(word) || other < word)));
}

class SourceReader {
  private at = 0;
  private readonly source: string;
  /** Reads digits only, every other character as any (needsFigures): what is required is then figures. */
  private readonly figures: boolean;
  constructor(source: string, figures = false) {
    this.source = source;
    this.figures = figures;
  }

  private literal(c: string): Reading {
    return this.figures && !/^[0-9]$/.test(c) ? ANY : literal(c);
  }

  whole(): Reading {
    const reading = this.alternation();
    if (this.at !== this.source.length) throw new Error(`unexpected ${this.source[this.at]} at ${this.at}`);
    return reading;
  }

  private alternation(): Reading {
    const branches = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at += 1;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    const exact = branches.every((b) => b.exact) ? capped(branches.flatMap((b) => [...b.exact!])) : null;
    const each = branches.map((b) => best([b.required, b.exact]));
    // Branches whose best sets are too many together may still each require a few strings
    // (a digit, in "1950s", "'50s", "50's"), or each one or two names (sixty holidays).
    const required = union(each) ?? union(branches.map(fewestRequired));
    return { exact, required, all: required ? [required] : [] };
  }

  private sequence(): Reading {
    let exact: Strings = new Set(['']);
    // The literal run so far: consecutive pieces of known strings make longer words together.
    let run: Strings = new Set(['']);
    const candidates: Strings[] = [];
    const all: Set<string>[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const item = this.quantified(this.atom());
      candidates.push(item.required);
      all.push(...item.all);
      if (item.exact) {
        const longer = product(run!, item.exact);
        if (longer) run = longer;
        else {
          candidates.push(run);
          run = item.exact;
        }
      } else {
        candidates.push(run);
        run = new Set(['']);
      }
      exact = exact && item.exact ? product(exact, item.exact) : null;
    }
    candidates.push(run);
    for (const set of candidates) if (set) all.push(set);
    return { exact, required: best(candidates), all };
  }

  private quantified(item: Reading): Reading {
    const rest = this.source.slice(this.at);
    const bounds = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(rest);
    if (!bounds) return item;
    this.at += bounds[0].length;
    const [, symbol, least, comma, most] = bounds;
    const min = symbol ? (symbol === '+' ? 1 : 0) : Number(least);
    const max = symbol ? (symbol === '?' ? 1 : Infinity) : comma ? (most ? Number(most) : Infinity) : min;
    if (min === 0) return { exact: max === 1 && item.exact ? capped(['', ...item.exact]) : null, required: null, all: [] };
    let exact: Strings = min === max ? new Set(['']) : null;
    for (let i = 0; exact && i < min; i += 1) exact = product(exact, item.exact ?? new Set());
    return { exact: item.exact ? exact : null, required: best([item.required, item.exact]), all: item.all };
  }

  private atom(): Reading {
    const c = this.source[this.at]!;
    this.at += 1;
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '\\':
        return this.escape();
      case '.':
        return ANY;
      case '^':
      case '$':
        return EMPTY;
      case '*':
      case '+':
      case '?':
        throw new Error(`nothing to repeat at ${this.at}`);
      default:
        return this.literal(c);
    }
  }

  private group(): Reading {
    const head = /^\?(?:<?[=!]|:|<[A-Za-z_$][\w$]*>)?/.exec(this.source.slice(this.at))?.[0] ?? '';
    if (head === '?') throw new Error(`unknown group at ${this.at}`);
    this.at += head.length;
    const inner = this.alternation();
    if (this.source[this.at] !== ')') throw new Error(`unclosed group at ${this.at}`);
    this.at += 1;
    return /^\?<?[=!]$/.test(head) ? EMPTY : inner;
  }

  /** A class of a few plain characters ("[-‐‑–]") is those characters; any other, any one. */
  private characterClass(): Reading {
    const members: string[] = [];
    let plain = this.source[this.at] !== '^';
    for (; this.at < this.source.length && this.source[this.at] !== ']'; this.at += 1) {
      const c = this.source[this.at]!;
      if (c === '\\') {
        this.at += 1;
        const escaped = this.source[this.at] ?? '';
        if (/[A-Za-z0-9]/.test(escaped)) plain = false;
        members.push(escaped);
      } else if (c === '-' && members.length > 0 && this.source[this.at + 1] !== ']') {
        // A range of digits ("[0-3]") is those digits; any other range, too many characters to list.
        const [from, to] = [members.at(-1)!, this.source[this.at + 1]!];
        if (!/^[0-9]$/.test(from) || !/^[0-9]$/.test(to) || to < from) plain = false;
        else {
          for (let digit = Number(from) + 1; digit <= Number(to); digit += 1) members.push(String(digit));
          this.at += 1;
        }
      } else members.push(c);
    }
    if (this.source[this.at] !== ']') throw new Error('unclosed class');
    this.at += 1;
    if (!plain || members.length === 0 || members.length > 10 || (this.figures && members.some((m) => !/^[0-9]$/.test(m)))) return ANY;
    const exact = new Set(members);
    return { exact, required: exact, all: [exact] };
  }

  private escape(): Reading {
    const c = this.source[this.at] ?? '';
    this.at += 1;
    if (c === 'b' || c === 'B') return EMPTY;
    if (c === 'x' && /^[0-9a-fA-F]{2}/.test(this.source.slice(this.at))) {
      this.at += 2;
      return this.literal(String.fromCharCode(parseInt(this.source.slice(this.at - 2, this.at), 16)));
    }
    if (c === 'u' && /^[0-9a-fA-F]{4}/.test(this.source.slice(this.at))) {
      this.at += 4;
      return this.literal(String.fromCharCode(parseInt(this.source.slice(this.at - 4, this.at), 16)));
    }
    if (c === 'k' && this.source[this.at] === '<') this.at = this.source.indexOf('>', this.at) + 1;
    // A digit is one of ten (without u or v, \d is [0-9]): most sentences have none, and the
    // parsers of written dates ("3 March", "2026-03-03", "10:30") need one.
    if (c === 'd') return DIGIT;
    // Letters and digits escape into other classes, backreferences and control characters: any text.
    if (/[A-Za-z0-9]/.test(c)) {
      while (/[0-9]/.test(c) && /[0-9]/.test(this.source[this.at] ?? '')) this.at += 1;
      if (c === 'c') this.at += 1;
      return ANY;
    }
    return this.literal(c);
  }
}

function literal(c: string): Reading {
  const exact = new Set([c]);
  return { exact, required: exact, all: [exact] };
}

/** The strings of all the sets, when each is known and they are not too many together (a union of branches: MOST_BRANCHES). */
function union(sets: Strings[]): Strings {
  if (!sets.every((set) => set)) return null;
  const all = new Set(sets.flatMap((set) => [...set!]));
  return all.size <= MOST_BRANCHES ? all : null;
}

/**
 * A set of every match of each alternative holds one of is cheap to test however many
 * alternatives there are (RequiredWordsScan reads them all in one pass): their union may
 * be larger than the sets one alternative makes by multiplying its pieces (MOST).
 */
const MOST_BRANCHES = 256;

/** Of the sets a reading requires, the one of fewest strings (then the longest shortest). */
function fewestRequired(reading: Reading): Strings {
  let chosen: Strings = null;
  for (const set of [reading.required, reading.exact, ...reading.all]) {
    if (!set || set.size === 0 || set.has('')) continue;
    if (!chosen || set.size < chosen.size || (set.size === chosen.size && shortestOf(set) > shortestOf(chosen))) chosen = set;
  }
  return chosen;
}

function capped(strings: string[]): Strings {
  const set = new Set(strings);
  return set.size <= MOST ? set : null;
}

function product(a: Set<string>, b: Set<string>): Strings {
  if (a.size * b.size > MOST) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** Of several sets, each required, the one a text is least likely to pass: the longest shortest string. */
function best(candidates: Strings[]): Strings {
  let chosen: Strings = null;
  let score = 0;
  for (const set of candidates) {
    if (!set || set.size === 0 || set.has('')) continue;
    const shortest = Math.min(...[...set].map((s) => s.length));
    if (shortest > score || (shortest === score && chosen && set.size < chosen.size)) [chosen, score] = [set, shortest];
  }
  return chosen;
}

/** Each pattern's requiredWordsTest, or null for one that requires nothing or keeps a lastIndex (g, y). */
const partTests = new WeakMap<RegExp, RegExp | null>();

/**
 * `pattern.test(part)` for a part of the sentence `sentence` (a slice of it, or slices that
 * join where they meet), skipped when the sentence lacks the words the pattern cannot match
 * without: what the part holds, its sentence holds, and the sentence is scanned once for all
 * the tests of its words (sentenceWords). The rules test many such parts (the clause before a
 * trigger, the words after it) with patterns most sentences have no word of.
 */
export function testPart(pattern: RegExp, part: string, sentence: string): boolean {
  let test = partTests.get(pattern);
  if (test === undefined) {
    test = pattern.global || pattern.sticky ? null : (requiredWordsTest(pattern) ?? null);
    partTests.set(pattern, test);
  }
  return (test === null || sentenceWords.passes(test, sentence)) && pattern.test(part);
}
