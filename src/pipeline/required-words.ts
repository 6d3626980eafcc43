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
/** An edge (EDGE, Reach): a character of no word, or the start or end of the text. Nothing a test can be made of alone. */
const EDGE_ONLY: Reading = { exact: new Set(['\u0001']), required: null, all: [] };
/** What a look-around for no word character looks for: a class holding \w, or \w. */
const NO_WORD_CHARACTER = /^(?:\\w|\[(?!\^)(?:[^\]\\]|\\.)*\\w(?:[^\]\\]|\\.)*\])$/;
/** Beyond this many strings a set is dropped: it would cost more to test than it saves. */
const MOST = 64;
/** Flags under which the source reads as below: v changes what classes mean; u adds only escapes read below. */
const understood = (flags: string): boolean => /^[dgimsyu]*$/.test(flags);
/**
 * The letters u with i folds to or from a letter beyond ASCII ("ſ" is an "s", the kelvin sign a "k"), which the automata's
 * folding does not: under both flags each reads as any character. Every other ASCII letter folds only to ASCII.
 */
const FOLDED_BEYOND_ASCII = /[sk\u017f\u212a]/i;

/**
 * A test that every match of `pattern` passes (the same flags, so the same letters match),
 * or undefined when the pattern requires no literal text.
 */
export function requiredWordsTest(pattern: RegExp): RegExp | undefined {
  const reading = readingOf(pattern, false);
  const words = reading && best([reading.required, reading.exact]);
  return words ? testOf(words, pattern.flags, false) : undefined;
}

/**
 * What tests are asked of. 'parts': the pattern may be tried on a part of the text tested (a
 * clause, the words after a trigger), cut anywhere. 'whole text': the pattern is tried on the
 * very text tested (chrono's parsers), so a test may also say where a word stands: after a
 * space or at the start, where the pattern says so ("May Day" is no "today"; "a day" no "Monday").
 */
export type Reach = 'parts' | 'whole text';

/**
 * A word's edge in a test of the whole text (Reach): a run of characters of no word (not
 * [A-Za-z0-9_]: spaces, punctuation, letters beyond ASCII) or the start or end of the text, as
 * one character. The text is read so too, each such run as one EDGE, one before its start and
 * one after its end: "Black  Friday" holds "Black\u0001Friday", "Monday" no "\u0001day". A word
 * is no edge alone (every text has one).
 */
const EDGE = '\u0001';
const EDGE_CODE = 1;
const isWordCode = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
/** Whether a string of a test holds a character of a word: only then does it say anything. */
const saysSomething = (s: string): boolean => lettersOf(s) > 0;

/**
 * The length of a string of a test, its edges not counted, by a loop: a long pattern's reading
 * weighs thousands of sets of strings (best), and a copy of each string without its edges was
 * most of the time reading the kinds table took, in every thread at its start.
 */
function lettersOf(s: string): number {
  let letters = 0;
  for (let i = 0; i < s.length; i += 1) if (s.charCodeAt(i) !== EDGE_CODE) letters += 1;
  return letters;
}

/** Whether every string of the set says something (saysSomething). */
function allSaySomething(set: Set<string>): boolean {
  for (const s of set) if (!saysSomething(s)) return false;
  return true;
}

/**
 * Tests every match of `pattern` passes, each for a set of strings it cannot match without (see
 * Reading.all), the most selective first: a text must pass them all. Empty when the pattern
 * requires no literal text. A chrono parser whose best set is common ("in" of "within|in|for")
 * is ruled out by the others ("a unit of time").
 */
export function requiredWordsTests(pattern: RegExp, reach: Reach = 'parts'): RegExp[] {
  // A test of the whole text reads the pattern both ways: with its edges a word is rarer ("May
  // Day", not "today"), without them a sign is a word ("+", "-" of "+3 days": one edge like any).
  if (reach === 'whole text') return [...new Set([...testsOf(pattern, true), ...testsOf(pattern, false)])];
  return testsOf(pattern, false);
}

function testsOf(pattern: RegExp, edges: boolean): RegExp[] {
  const reading = readingOf(pattern, edges);
  if (!reading) return [];
  const first = best([reading.required, reading.exact]);
  if (!first) return [];
  const fold = pattern.ignoreCase ? (s: string): string => s.toLowerCase() : (s: string): string => s;
  // A set every string of which holds a string of another says more: the other is left out ("day" beside "today|yesterday").
  const implies = (a: Set<string>, b: Set<string>): boolean => {
    const inB = [...b].map(fold);
    return [...a].every((x) => inB.some((y) => fold(x).includes(y)));
  };
  const chosen = [first];
  // Each set's shortest string weighed once, not at each comparison of the sort (stable: ties keep their order).
  const longestFirst = reading.all
    .filter(usable)
    .map((set) => ({ set, shortest: shortestOf(set) }))
    .sort((a, b) => b.shortest - a.shortest)
    .map(({ set }) => set);
  for (const set of longestFirst) {
    if (chosen.length === MOST_TESTS) break;
    if (!chosen.some((other) => implies(other, set))) chosen.push(set);
  }
  return [...new Set(chosen.map((set) => testOf(set, pattern.flags, edges)))];
}

/** Beyond this many tests a parser's gate costs more lookups than the last ones save. */
const MOST_TESTS = 3;

/** A set worth a test of its own beside the best: strings of two characters or more (a single letter is in every sentence). */
const usable = (set: Set<string>): boolean => set.size > 0 && set.size <= MOST && shortestOf(set) >= 2 && allSaySomething(set);

/** The length of the shortest string, its edges not counted (they are in most texts). */
function shortestOf(set: Set<string>): number {
  let shortest = Infinity;
  for (const s of set) shortest = Math.min(shortest, lettersOf(s));
  return shortest;
}

function readingOf(pattern: RegExp, edges: boolean): Reading | undefined {
  if (!understood(pattern.flags)) return undefined;
  try {
    return new SourceReader(pattern.source, false, edges, pattern.ignoreCase && pattern.unicode).whole();
  } catch {
    return undefined;
  }
}

/** The sources of a pattern's alternatives at its top level, as the reader parses them (SourceReader.topLevel), or undefined where it reads none. */
export function topLevelSources(source: string): string[] | undefined {
  const reader = new SourceReader(source);
  try {
    reader.whole();
  } catch {
    return undefined;
  }
  return reader.topLevel.map(([from, to]) => source.slice(from, to));
}

function testOf(words: Set<string>, patternFlags: string, edges: boolean): RegExp {
  const flags = patternFlags.replace(/[gdmsy]/g, '');
  const ignoreCase = flags.includes('i');
  const few = fewest([...words], ignoreCase);
  const source = few.map((word) => (edges ? edgedSource(word) : RegExp.escape(word))).join('|');
  const key = `${flags}/${source}`;
  if (!tests.has(key)) {
    const test = new RegExp(source, flags);
    tests.set(key, test);
    wordsOf.set(test, { words: few, ignoreCase });
  }
  return tests.get(key)!;
}

/** A word of a test of the whole text as a pattern: an edge before it, between its words, or after it (EDGE). */
function edgedSource(word: string): string {
  const parts = word.split(EDGE);
  return parts
    .map((part, i) => {
      if (i === 0) return RegExp.escape(part);
      const edge = i === 1 && parts[0] === '' ? '(?<![A-Za-z0-9_])' : i === parts.length - 1 && part === '' ? '(?![A-Za-z0-9_])' : '[^A-Za-z0-9_]+';
      return edge + RegExp.escape(part);
    })
    .join('');
}

/**
 * Whether every match of `pattern` holds a digit. A second test beside requiredWordsTest's: the
 * words it picks may be common ("mar", "jun" of the month parsers are in "market", "junior"),
 * where a date written in figures ("3 March", "10:30", "2026") has a digit, and most sentences
 * have none.
 */
export function needsFigures(pattern: RegExp): boolean {
  if (!understood(pattern.flags)) return false;
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
 * sentence. Tests are learnt as they are asked about; the last two texts' answers are kept: a
 * sentence read with its paragraph's earlier sentences is asked about, then the dates of the
 * two together, then the sentence again (events/extract.ts), which one text's answers scanned twice.
 * A test learnt after the automata were built is run on each text itself until those runs (its
 * compiling counted, FIRST_RUNS) have cost about what building them again does (REBUILD_AFTER): tests trickle in over a thread's
 * first few hundred articles (chrono's parsers as they are first asked, testPart's patterns as
 * their rules are first reached), and building for each newcomer rebuilt them a dozen times.
 */
export class RequiredWordsScan {
  private readonly ids = new Map<RegExp, number>();
  private readonly folded = new WordAutomaton(true);
  private readonly exact = new WordAutomaton(false);
  private text: string | undefined;
  /** found[id] === generation: the last text asked about holds one of test id's words. */
  private found = new Uint32Array(64);
  private generation = 0;
  /** The text asked about before `text`, its answers and their generation, as `text`'s are. */
  private otherText: string | undefined;
  private otherFound = new Uint32Array(64);
  private otherGeneration = 0;
  /** Generations given so far: each scan's is new, so the answers a slot's array kept from an older text are not its text's. */
  private generations = 0;
  private scans = 0;
  /** watched[id] === 1: test id is watched (watch), its texts list it. */
  private watched = new Uint32Array(64);
  private watchedCount = 0;
  /** The watched tests `text` holds, and those `otherText` holds. */
  private listing = new Listing();
  private otherListing = new Listing();
  /** Tests learnt since the automata were built, with their ids: each text is tried on them one by one. */
  private pending: { test: RegExp; id: number }[] = [];
  /** Runs of pending tests so far. */
  private pendingRuns = 0;

  passes(test: RegExp, text: string): boolean {
    return this.holds(this.idOf(test), text);
  }

  /**
   * The id a test is asked by (holds): a caller asking the same tests of every text looks each up
   * once, not for every text (the dates' parsers and the triggers ask some 2,000 a sentence).
   */
  idOf(test: RegExp): number {
    return this.ids.get(test) ?? this.learn(test);
  }

  /** Whether `text` holds a word of test `id` (idOf). */
  holds(id: number, text: string): boolean {
    if (text !== this.text) this.turnTo(text);
    return this.found[id] === this.generation;
  }

  /**
   * Has the texts list test `id` when they hold it (watchedIn): a caller with many tests most texts
   * fail (the kinds table's rows, each behind its words) reads the few a text holds from the list,
   * where asking each test of every text cost a lookup apiece.
   */
  watch(id: number): void {
    if (this.watched[id] === 1) return;
    this.watched[id] = 1;
    this.watchedCount += 1;
    this.listing.makeRoom(this.watchedCount);
    this.otherListing.makeRoom(this.watchedCount);
    // The texts scanned already list it now; the texts after them as the scan finds it.
    if (this.text !== undefined && this.found[id] === this.generation) this.listing.add(id);
    if (this.otherText !== undefined && this.otherFound[id] === this.otherGeneration) this.otherListing.add(id);
  }

  /** The watched tests (watch) `text` holds, by id, in no order. */
  watchedIn(text: string): Uint32Array {
    if (text !== this.text) this.turnTo(text);
    return this.listing.ids.subarray(0, this.listing.count);
  }

  /** Makes `text` the text answered: the other slot's when it is that one, else scanned into the older slot. */
  private turnTo(text: string): void {
    [this.text, this.otherText] = [this.otherText, this.text];
    [this.found, this.otherFound] = [this.otherFound, this.found];
    [this.generation, this.otherGeneration] = [this.otherGeneration, this.generation];
    [this.listing, this.otherListing] = [this.otherListing, this.listing];
    if (text !== this.text) this.scan(text);
  }

  private learn(test: RegExp): number {
    const id = this.ids.size;
    this.ids.set(test, id);
    if (id >= this.found.length) [this.found, this.otherFound, this.watched] = [grown(this.found), grown(this.otherFound), grown(this.watched)];
    const known = wordsOf.get(test);
    if (!known) throw new Error(`RequiredWordsScan: ${test} is not a test of requiredWordsTest`);
    (known.ignoreCase ? this.folded : this.exact).add(known.words, id);
    this.pending.push({ test, id });
    this.pendingRuns += FIRST_RUNS;
    // The texts scanned already are answered now; the texts after them by the scan.
    if (this.text !== undefined && test.test(this.text)) this.found[id] = this.generation;
    if (this.otherText !== undefined && test.test(this.otherText)) this.otherFound[id] = this.otherGeneration;
    return id;
  }

  /** Texts scanned so far (a text answered from the other slot is not scanned again). */
  get scanned(): number {
    return this.scans;
  }

  private scan(text: string): void {
    this.text = text;
    this.generation = this.generations += 1;
    this.scans += 1;
    if (this.pendingRuns >= REBUILD_AFTER) {
      this.folded.build();
      this.exact.build();
      [this.pending, this.pendingRuns] = [[], 0];
    }
    this.listing.count = 0;
    this.folded.scan(text, this.found, this.generation, this.watched, this.listing);
    this.exact.scan(text, this.found, this.generation, this.watched, this.listing);
    for (const { test, id } of this.pending) if (test.test(text)) this.mark(id);
    this.pendingRuns += this.pending.length;
  }

  /** Test `id` found in the text scanned: its answer, and its place in the list when it is watched. */
  private mark(id: number): void {
    if (this.found[id] === this.generation) return;
    this.found[id] = this.generation;
    if (this.watched[id] === 1) this.listing.add(id);
  }
}

/** A copy of `found` twice its length: room for the tests learnt after it was made. */
function grown(found: Uint32Array): Uint32Array<ArrayBuffer> {
  const larger = new Uint32Array(found.length * 2);
  larger.set(found);
  return larger;
}

/** The watched tests a text holds (RequiredWordsScan.watch), by id, in the order its scan found them: each once, as it is first found. */
class Listing {
  ids = new Uint32Array(8);
  count = 0;

  add(id: number): void {
    this.ids[this.count++] = id;
  }

  /** Room for `most` ids: a text lists each watched test once at most. */
  makeRoom(most: number): void {
    if (most <= this.ids.length) return;
    const larger = new Uint32Array(most * 2);
    larger.set(this.ids);
    this.ids = larger;
  }
}

/**
 * Runs of tests not yet in the automata after which they are built again: a run of a test on a
 * sentence costs about 0.25 µs, a build of the automata for all the pipeline's tests (some 2,300
 * words, 7,800 states) about 8 ms, 30,000 runs (bench:reading's corpus, measured 3 December 2026).
 * Waiting for a build's worth of runs before building costs at most twice the best choice made
 * knowing which tests come next.
 */
const REBUILD_AFTER = 30_000;

/**
 * What a test's first two runs cost beyond a run's, in runs (REBUILD_AFTER): V8 compiles a pattern
 * at its first run and again to machine code at its second, which a test the automata answer
 * never pays. The 765 tests learnt as the pipeline's modules load took 44 and 20 ms for their first
 * two runs on a sentence, 0.4–0.6 ms for each run after (6 December 2026): about 160 runs a test.
 * So the tests waiting at a thread's first text are built into the automata then, not run on its
 * first thirty texts (its first 100 synthetic articles 1,109–1,127 → 1,072–1,095 ms of CPU); a
 * newcomer or two still wait for a build's worth of runs.
 */
const FIRST_RUNS = 160;

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

/**
 * Codes of text from which a scan walks its two halves side by side (WordAutomaton.scan): below
 * it the second walk's start costs more than the wait it hides.
 */
const SPLIT_FROM = 24;

/** A typed array of `length` entries none over `largest`: two bytes an entry when that is enough, so the scan's tables take half the cache. */
function narrowest(length: number, largest: number): Uint16Array | Uint32Array {
  return largest <= 0xffff ? new Uint16Array(length) : new Uint32Array(length);
}

/** Aho–Corasick over the words of several tests: which tests a text holds a word of. */
class WordAutomaton {
  private readonly ignoreCase: boolean;
  private readonly words: { word: string; id: number }[] = [];
  /**
   * The tests whose words end at each state (its own and those of its failure chain), all in one
   * array: state s's are endIds[endStart[s]] up to endIds[endStart[s + 1]]. A scan reaches about
   * sixty such states a sentence, between which the rest of reading has pushed these tables out
   * of the processor's cache: a list of its own for each state (an object and its elements, away
   * from the others) cost two fetches from memory where these cost about one.
   */
  private endStart = new Uint32Array(2);
  private endIds: Uint16Array | Uint32Array = new Uint16Array(0);
  /**
   * The next state for each state and ASCII character (failures followed): most text is ASCII.
   * A row holds one entry per character some word has, not 128 (`column`): the table is read
   * for every character of every sentence, and a smaller one stays in the processor's cache
   * between sentences (a row of 128 made it several times slower in the pipeline than alone).
   * An entry is the state times two, plus one where some word ends there (stepTo): the row just
   * read tells it, where a table of its own cost another fetch from memory at every character.
   */
  private ascii: Uint16Array | Uint32Array = new Uint16Array(1);
  /** The column of each ASCII character in a row of `ascii`: 0 for every character no word has (all lead back to the root). */
  private column = new Uint8Array(128);
  private width = 1;
  /** How many characters of a word each state has read (its string's length): where two walks of one text meet (scan). */
  private depth = new Uint16Array(1);
  /** The columns of the text being scanned (columnsOf), kept for the next text. */
  private codes = new Uint8Array(256);
  private codeCount = 0;
  /** How many of `words` the tables hold: none until the first build. */
  private built = 0;

  constructor(ignoreCase: boolean) {
    this.ignoreCase = ignoreCase;
  }

  /** Words of test `id`, found by scans once the automaton is built again. */
  add(words: string[], id: number): void {
    for (const word of words) this.words.push({ word, id });
  }

  /**
   * Which tests' words the text holds, the text read as tests of the whole text read it (EDGE):
   * every character of no word an edge, each run of them one, one before the text and one after.
   * A word of a test of parts is read so too (wordCodes): what holds "a.m." holds "a\u0001m", and
   * the test passes wherever it did, and maybe where it did not: a gate, never the answer.
   *
   * The tables are mostly out of the processor's cache when a sentence comes (the rest of reading
   * pushes them out), so each step waits on memory for its row, and a walk's steps wait on each
   * other. Two walks, one from each half of the text, wait side by side: the second starts from
   * the root at an edge near the middle (anywhere would do: all it finds is in the text), and the
   * first goes on past that until its state's string lies within what the second has read
   * (`depth`), after which the two are in the same state and find the same.
   */
  scan(text: string, found: Uint32Array, generation: number, watched: Uint32Array, listing: Listing): void {
    if (this.built === 0) return;
    const { ascii, width, depth } = this;
    const codes = this.columnsOf(text);
    const count = this.codeCount;
    const edge = this.column[EDGE_CODE]!;
    // The second walk's start: the edge nearest the middle (none in a short text or a single word).
    let half = count >> 1;
    while (half > 0 && codes[half] !== edge) half -= 1;
    if (count < SPLIT_FROM) half = 0;
    let first = 0;
    let second = half;
    let firstState = 0;
    let secondState = 0;
    let step = 0;
    while (first < half || second < count) {
      if (first < half) {
        step = ascii[firstState * width + codes[first]!]!;
        firstState = step >>> 1;
        if ((step & 1) === 1) this.reach(firstState, found, generation, watched, listing);
        first += 1;
      }
      if (second < count) {
        step = ascii[secondState * width + codes[second]!]!;
        secondState = step >>> 1;
        if ((step & 1) === 1) this.reach(secondState, found, generation, watched, listing);
        second += 1;
      }
    }
    // The first walk's string reaching back before the second's start: what it may still find.
    for (let at = half; at < count && depth[firstState]! > at - half; at += 1) {
      step = ascii[firstState * width + codes[at]!]!;
      firstState = step >>> 1;
      if ((step & 1) === 1) this.reach(firstState, found, generation, watched, listing);
    }
  }

  /** The tests whose words end at `state` found in the text scanned, each watched one listed as it is first found. */
  private reach(state: number, found: Uint32Array, generation: number, watched: Uint32Array, listing: Listing): void {
    const { endStart, endIds } = this;
    for (let k = endStart[state]!; k < endStart[state + 1]!; k += 1) {
      const id = endIds[k]!;
      if (found[id] === generation) continue;
      found[id] = generation;
      if (watched[id] === 1) listing.add(id);
    }
  }

  /** The text as the scan reads it, a column of `ascii` for each character (an edge for each run of no word's, one before and one after), in `codes` up to `codeCount`. */
  private columnsOf(text: string): Uint8Array {
    if (this.codes.length < text.length + 2) this.codes = new Uint8Array(2 * text.length + 2);
    const { codes, column } = this;
    const edge = column[EDGE_CODE]!;
    codes[0] = edge;
    let count = 1;
    let afterEdge = true;
    for (let i = 0; i < text.length; i += 1) {
      const raw = text.charCodeAt(i);
      if (raw < 128 && isWordCode(raw)) {
        codes[count++] = column[raw]!;
        afterEdge = false;
      } else if (!afterEdge) {
        codes[count++] = edge;
        afterEdge = true;
      }
    }
    if (!afterEdge) codes[count++] = edge;
    this.codeCount = count;
    return codes;
  }

  /** A word's characters as the scan reads them: a word character (folded under ignoreCase), or an edge for each run of others. */
  private wordCodes(word: string): number[] {
    const codes: number[] = [];
    for (let i = 0; i < word.length; i += 1) {
      const raw = word.charCodeAt(i);
      const code = isWordCode(raw) ? (this.ignoreCase ? canonical(raw) : raw) : EDGE_CODE;
      if (code !== EDGE_CODE || codes.at(-1) !== EDGE_CODE) codes.push(code);
    }
    return codes;
  }

  /** Makes the tables for every word added so far. */
  build(): void {
    if (this.built === this.words.length) return;
    this.built = this.words.length;
    const wordCodes = this.words.map(({ word }) => this.wordCodes(word));
    // One column for each ASCII character a word has (its folded form, under ignoreCase), one for all the others.
    const codeOf = (raw: number): number => (this.ignoreCase ? canonical(raw) : raw);
    const used = new Set<number>();
    for (const codes of wordCodes) for (const code of codes) used.add(code);
    this.column = new Uint8Array(128);
    const columns = new Map<number, number>();
    let width = 1;
    for (let raw = 0; raw < 128; raw += 1) {
      const code = codeOf(raw);
      if (!used.has(code)) continue;
      if (!columns.has(code)) columns.set(code, width++);
      this.column[raw] = columns.get(code)!;
    }
    this.width = width;
    // The trie as rows of `width` children (0 for none: the root is no state's child), the states
    // numbered as their words make them. A map of children a state cost a thread's start most of
    // the build: some 30,000 states are made at its first texts, and made again at each build.
    let children = new Uint32Array(64 * width);
    const ends: number[][] = [[]];
    const depths = [0];
    for (let w = 0; w < wordCodes.length; w += 1) {
      let state = 0;
      for (const code of wordCodes[w]!) {
        const slot = state * width + this.column[code]!;
        let to = children[slot]!;
        if (to === 0) {
          to = ends.length;
          ends.push([]);
          depths.push(depths[state]! + 1);
          if ((to + 1) * width > children.length) {
            const larger = new Uint32Array(children.length * 2);
            larger.set(children);
            children = larger;
          }
          children[slot] = to;
        }
        state = to;
      }
      const { id } = this.words[w]!;
      if (!ends[state]!.includes(id)) ends[state]!.push(id);
    }
    const states = ends.length;
    const stepTo = (state: number): number => state * 2 + (ends[state]!.length > 0 ? 1 : 0);
    // Two bytes an entry while the states are that few (thousands, for all the dates' parsers): half the cache again.
    const ascii = narrowest(states * width, stepTo(states - 1) | 1);
    // Breadth first, so that a state's failure (the longest proper suffix of its string that is a
    // state), of fewer characters, has its row and its words before the state: a child's failure is
    // where that row leads on the child's character, and a row falls back on its failure's.
    const fail = new Uint32Array(states);
    const queue = [0];
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head]!;
      const row = state * width;
      // Where the state has no child, its failure's row leads (the root's: back to the root, column 0
      // for every character no word has).
      if (state === 0) ascii.fill(stepTo(0), 0, width);
      else ascii.copyWithin(row, fail[state]! * width, fail[state]! * width + width);
      for (let col = 1; col < width; col += 1) {
        const to = children[row + col]!;
        if (to === 0) continue;
        fail[to] = state === 0 ? 0 : ascii[fail[state]! * width + col]! >>> 1;
        for (const id of ends[fail[to]!]!) if (!ends[to]!.includes(id)) ends[to]!.push(id);
        queue.push(to);
        ascii[row + col] = stepTo(to);
      }
    }
    this.ascii = ascii;
    this.depth = Uint16Array.from(depths);
    this.endStart = new Uint32Array(states + 1);
    for (let state = 0; state < states; state += 1) this.endStart[state + 1] = this.endStart[state]! + ends[state]!.length;
    const ids = ends.flat();
    this.endIds = narrowest(ids.length, ids.reduce((largest, id) => Math.max(largest, id), 0));
    this.endIds.set(ids);
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
  // Each word folded and weighed once, not for each pair: a set has up to 256 words (MOST_BRANCHES).
  const folded = words.map((word) => (ignoreCase ? word.toLowerCase() : word));
  // Only a word of plain letters (or edges) stands for another: other letters may fold otherwise under /i.
  const plain = words.map((word) => /^[\x01\x20-\x7e]*$/.test(word));
  return words.filter((word, i) => !words.some((other, j) => j !== i && plain[j] && folded[i]!.includes(folded[j]!) && (folded[j] !== folded[i] || other < word)));
}

class SourceReader {
  private at = 0;
  private readonly source: string;
  /** Reads digits only, every other character as any (needsFigures): what is required is then figures. */
  private readonly figures: boolean;
  /** Reads for a test of the whole text (Reach): a character of no word is an edge, and so are what says one stands there. */
  private readonly edges: boolean;
  /** Where each alternative of the source's top level (outside every group and class) begins and ends, as `whole` read them: its alternation's spans. */
  readonly topLevel: [number, number][] = [];
  /** Reads a pattern under u and i: the letters these fold beyond ASCII (FOLDED_BEYOND_ASCII) as any character. */
  private readonly foldsBeyondAscii: boolean;
  constructor(source: string, figures = false, edges = false, foldsBeyondAscii = false) {
    this.source = source;
    this.figures = figures;
    this.edges = edges;
    this.foldsBeyondAscii = foldsBeyondAscii;
  }

  private literal(c: string): Reading {
    if (this.figures && !/^[0-9]$/.test(c)) return ANY;
    if (this.foldsBeyondAscii && FOLDED_BEYOND_ASCII.test(c)) return ANY;
    return literal(this.edges && !isWordCode(c.charCodeAt(0)) ? EDGE : c);
  }

  /** What the start or end of the text, or a look-around for no word character, is: an edge under `edges`, else nothing. */
  private zeroWidthEdge(): Reading {
    return this.edges ? EDGE_ONLY : EMPTY;
  }

  whole(): Reading {
    const reading = this.alternation();
    if (this.at !== this.source.length) throw new Error(`unexpected ${this.source[this.at]} at ${this.at}`);
    return reading;
  }

  private alternation(): Reading {
    // Only the top level's alternation reads from the source's start: a group's opens after its bracket.
    const spans = this.at === 0 ? this.topLevel : undefined;
    let from = this.at;
    const branches = [this.sequence()];
    spans?.push([from, this.at]);
    while (this.source[this.at] === '|') {
      this.at += 1;
      from = this.at;
      branches.push(this.sequence());
      spans?.push([from, this.at]);
    }
    if (branches.length === 1) return branches[0]!;
    const exact = branches.every((b) => b.exact) ? union(branches.map((b) => b.exact), MOST) : null;
    const each = branches.map((b) => best([b.required, b.exact]));
    // Branches whose best sets are too many together may still each require a few strings
    // (a digit, in "1950s", "'50s", "50's"), or each one or two names (sixty holidays).
    const required = union(each) ?? union(branches.map(fewestRequired));
    return { exact, required, all: required ? [required] : [] };
  }

  private sequence(): Reading {
    // The literal run so far: consecutive pieces of known strings make longer words together.
    let run: Strings = new Set(['']);
    // Until a piece breaks the run, the sequence's strings are the run's: the same set, made by one product a piece.
    let exact: Strings = run;
    const candidates: Strings[] = [];
    const all: Set<string>[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const item = this.quantified(this.atom());
      candidates.push(item.required);
      all.push(...item.all);
      if (item.exact) {
        const longer = product(run!, item.exact);
        exact = exact === run ? longer : exact && product(exact, item.exact);
        if (longer) run = longer;
        else {
          candidates.push(run);
          run = item.exact;
        }
      } else {
        candidates.push(run);
        run = new Set(['']);
        exact = null;
      }
    }
    candidates.push(run);
    for (const set of candidates) if (set) all.push(set);
    return { exact, required: best(candidates), all };
  }

  private quantified(item: Reading): Reading {
    // Most atoms stand unrepeated: the bounds are read only after a character that opens them.
    const next = this.source[this.at];
    if (next !== '*' && next !== '+' && next !== '?' && next !== '{') return item;
    const rest = this.source.slice(this.at);
    const bounds = /^(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(rest);
    if (!bounds) return item;
    this.at += bounds[0].length;
    const [, symbol, least, comma, most] = bounds;
    const min = symbol ? (symbol === '+' ? 1 : 0) : Number(least);
    const max = symbol ? (symbol === '?' ? 1 : Infinity) : comma ? (most ? Number(most) : Infinity) : min;
    // Edges repeated are one edge: a run of spaces reads as one (EDGE).
    const edgesOnly = this.edges && item.exact !== null && [...item.exact].every((x) => x === EDGE);
    if (edgesOnly) return min === 0 ? { exact: new Set(['', EDGE]), required: null, all: [] } : EDGE_ONLY;
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
        return this.zeroWidthEdge();
      case '*':
      case '+':
      case '?':
        throw new Error(`nothing to repeat at ${this.at}`);
      default:
        return this.literal(c);
    }
  }

  private group(): Reading {
    // A group turning on letters of either case ("(?i:envoy)", which src/ may not hold: any-case.ts)
    // is no group read here: its words in any case, which no test of the pattern's flags finds.
    const head = /^\?(?:<?[=!]|[ms]*(?:-[ims]+)?:|<[A-Za-z_$][\w$]*>)?/.exec(this.source.slice(this.at))?.[0] ?? '';
    if (head === '?') throw new Error(`unknown group at ${this.at}`);
    this.at += head.length;
    const from = this.at;
    const inner = this.alternation();
    if (this.source[this.at] !== ')') throw new Error(`unclosed group at ${this.at}`);
    const looked = this.source.slice(from, this.at);
    this.at += 1;
    // "(?<![\w’'])", "(?!\w)": no word character before or after; there an edge stands.
    if ((head === '?<!' || head === '?!') && NO_WORD_CHARACTER.test(looked)) return this.zeroWidthEdge();
    if (head === '?=' || head === '?<=') return lookedFor(inner);
    return /^\?<?!$/.test(head) ? EMPTY : inner;
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
        // A space or any character of no word: an edge.
        if (this.edges && (escaped === 's' || escaped === 'W')) members.push(EDGE);
        else if (/[A-Za-z0-9]/.test(escaped)) {
          plain = false;
          // A property of u ("\p{L}", "\P{Lu}"): its name is no member.
          if (/^[pP]\{/.test(this.source.slice(this.at))) this.at = this.source.indexOf('}', this.at);
        }
        else members.push(escaped);
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
    if (this.foldsBeyondAscii && members.some((m) => FOLDED_BEYOND_ASCII.test(m))) return ANY;
    const exact = new Set(this.edges ? members.map((m) => (isWordCode(m.charCodeAt(0)) ? m : EDGE)) : members);
    return { exact, required: exact, all: [exact] };
  }

  private escape(): Reading {
    const c = this.source[this.at] ?? '';
    this.at += 1;
    if (c === 'b' || c === 'B') return EMPTY;
    if (this.edges && (c === 's' || c === 'W')) return EDGE_ONLY;
    if (c === 'x' && /^[0-9a-fA-F]{2}/.test(this.source.slice(this.at))) {
      this.at += 2;
      return this.literal(String.fromCharCode(parseInt(this.source.slice(this.at - 2, this.at), 16)));
    }
    if (c === 'u' && /^[0-9a-fA-F]{4}/.test(this.source.slice(this.at))) {
      this.at += 4;
      return this.literal(String.fromCharCode(parseInt(this.source.slice(this.at - 4, this.at), 16)));
    }
    if (c === 'k' && this.source[this.at] === '<') this.at = this.source.indexOf('>', this.at) + 1;
    // A property or a code point of u ("\p{L}", "\u{1F600}"): any character, its braces read with it.
    if ((c === 'p' || c === 'P' || c === 'u') && this.source[this.at] === '{') {
      this.at = this.source.indexOf('}', this.at) + 1;
      return ANY;
    }
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

/**
 * A look-ahead or look-behind that must match ("(?<=\\bratif(?:y|ies|ied)\\s+…)agreement",
 * "signed(?=\\s+on\\b)"): zero-width, so no part of the match and of no string the match is,
 * but what it looks at stands in the text tried, so its words are required there too (Reading.all):
 * a test of them rules out the texts without them. Its words stand beside the match, not in it,
 * so they join no run of the match's letters (exact stays the empty string).
 */
function lookedFor(inner: Reading): Reading {
  const own = best([inner.required, inner.exact]);
  return { exact: new Set(['']), required: null, all: own ? [...inner.all, own] : inner.all };
}

/** A character's reading, made once (a reading is never changed once made): a pattern's source is read a character at a time. */
function literal(c: string): Reading {
  let reading = LITERALS.get(c);
  if (reading === undefined) {
    const exact = new Set([c]);
    reading = { exact, required: exact, all: [exact] };
    LITERALS.set(c, reading);
  }
  return reading;
}

const LITERALS = new Map<string, Reading>();

/**
 * The strings of all the sets, when each is known and they are not over `most` together (MOST_BRANCHES for a
 * union of branches' required strings, MOST for every string of an alternation's branches).
 */
function union(sets: Strings[], most = MOST_BRANCHES): Strings {
  if (!sets.every((set) => set)) return null;
  const all = new Set<string>();
  for (const set of sets) {
    for (const s of set!) all.add(s);
    // A union only grows: once too many, it stays so.
    if (all.size > most) return null;
  }
  return all;
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
    if (!set || set.size === 0 || !allSaySomething(set)) continue;
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
  for (const x of a) for (const y of b) out.add(x.endsWith(EDGE) && y.startsWith(EDGE) ? x + y.slice(1) : x + y);
  return out;
}

/**
 * Words in nearly every sentence of news: a set holding one as a word of its own (its edges
 * aside) rules out hardly more texts than a single letter would, whatever its length.
 */
const EVERY_SENTENCE = new Set(['the', 'to', 'of', 'and', 'in', 'that', 'on', 'for', 'is', 'was', 'said']);

/** The longest word of EVERY_SENTENCE: a string with more letters is none of them. */
const LONGEST_EVERY_SENTENCE = Math.max(...[...EVERY_SENTENCE].map((word) => word.length));
/** The shortest word of EVERY_SENTENCE: a string with fewer letters is none of them. */
const SHORTEST_EVERY_SENTENCE = Math.min(...[...EVERY_SENTENCE].map((word) => word.length));

/** A string's length as a test of it, edges counted as characters; a word of EVERY_SENTENCE counts above a letter and below any two. */
const testLength = (s: string, letters: number): number => {
  // Most strings weighed are a single character of a pattern's source, a word of EVERY_SENTENCE none.
  return letters >= SHORTEST_EVERY_SENTENCE && letters <= LONGEST_EVERY_SENTENCE && EVERY_SENTENCE.has(s.replaceAll(EDGE, '').toLowerCase()) ? 1.5 : s.length;
};

/** The shortest string's testLength, in one pass; -1 when a string says nothing (saysSomething): the set is no test. */
function weakestOf(set: Set<string>): number {
  let shortest = Infinity;
  for (const s of set) {
    const letters = lettersOf(s);
    if (letters === 0) return -1;
    shortest = Math.min(shortest, testLength(s, letters));
  }
  return shortest;
}

/** Of several sets, each required, the one a text is least likely to pass: the longest shortest string (testLength). */
function best(candidates: Strings[]): Strings {
  let chosen: Strings = null;
  let score = 0;
  for (const set of candidates) {
    if (!set || set.size === 0) continue;
    const shortest = weakestOf(set);
    if (shortest > score || (shortest === score && chosen && set.size < chosen.size)) [chosen, score] = [set, shortest];
  }
  return chosen;
}
