/**
 * The configured chrono-node instance, as stages in a stated order:
 *
 * 1. find: the named rules (rules.ts) first, so they win ties, then chrono's casual English
 *    parsers (less the one that invents a last day for "end of the month").
 * 2. the stages below, each a chrono refiner, in this order. Chrono's own refiners only see
 *    chrono's results (they would merge or filter the rules' readings: "1994" alone looks
 *    like a bare number to them), and two of them are left out (CHRONO_REFINERS_LEFT_OUT).
 */
import { type ParsedResult, type Parser, type ParsingOption, type ParsingReference, type ParsingResult, type Refiner, casual } from 'chrono-node';
import { Chrono, ParsingContext } from 'chrono-node';
import { isAnnotated } from './annotation.ts';
import { type RuleParser, ruleParser } from './parsers/rule.ts';
import { anaphoraRefiner } from './refiners/anaphora.ts';
import { countedFromStart } from './parsers/eventDays.ts';
import { chronoReadings } from './refiners/chronoReadings.ts';
import { clockTakesDay } from './refiners/clockDay.ts';
import { dayBeforeMonth } from './refiners/dayBeforeMonth.ts';
import { dayListsShareMonth, weekdayListsGoOneWay } from './refiners/dayLists.ts';
import { dayInAnotherZone } from './refiners/otherZone.ts';
import { kindOfDayIsNoDay } from './refiners/kindOfDay.ts';
import { narrativeAnchoring } from './refiners/narrative.ts';
import { sameDayLongAgo } from './refiners/longAgo.ts';
import { longestReading } from './refiners/overlaps.ts';
import { partOfDayBeforeOf, partOfNamedDay } from './refiners/partOfDayOf.ts';
import { weekOfNamedDay } from './refiners/weekOfDay.ts';
import { qualifiers } from './refiners/qualifiers.ts';
import { rangeSharesYear } from './refiners/ranges.ts';
import { unitOfPeriod } from './refiners/unitOfPeriod.ts';
import { reportingMonth } from './refiners/reportingMonth.ts';
import { reportingQuarter } from './refiners/reportingQuarter.ts';
import { weekdayBeforeCount } from './refiners/weekdayCount.ts';
import { needsFigures, requiredWordsTests, sentenceWords } from '../required-words.ts';
import { RowsByWord } from '../rows-by-word.ts';
import { RULES } from './rules.ts';

/** Whether `result` stands at or after the one before it. */
const inOrder = (result: ParsingResult, at: number, results: ParsingResult[]): boolean => at === 0 || results[at - 1]!.index <= result.index;

/** Chrono's refiners, in their order, each given chrono's results only, in the order of the text. */
function onChronoResultsOnly(refiners: Refiner[]): Refiner {
  // Most refiners keep the order (a stable sort of results in order is the results): only a refiner's that moved one is copied and sorted.
  const inTextOrder = (results: ParsingResult[]): ParsingResult[] => (results.every(inOrder) ? results : [...results].sort((a, b) => a.index - b.index));
  return {
    refine(context, results) {
      const ruled = results.filter(isAnnotated);
      let refined = results.filter((r) => !isAnnotated(r));
      // Chrono's refiners merge, move and drop results, and make none of no results (chrono.test.ts):
      // a sentence the rules alone read skips them all.
      if (refined.length > 0) for (const refiner of refiners) refined = inTextOrder(refiner.refine(context, refined));
      // Rules first, so they win ties in longestReading.
      return inTextOrder([...ruled, ...refined]);
    },
  };
}

// Range merging: "March 3 to 5" holds two expressions. End of period: "the end of November" is
// November at its end (mod END, see qualifiers.ts), not the 30th.
// An amount before a date: "two weeks after Sept. 28" holds two expressions, as TimeML marks
// them; chrono's merged reading of the whole is relative, dropped, and lost the date.
const CHRONO_REFINERS_LEFT_OUT = new Set(['ENMergeDateRangeRefiner', 'ENEndOfPeriodRefiner', 'ENMergeRelativeFollowByDateRefiner']);

// Chrono joins a day and a clock time across a full stop ("left at 8 o'clock. Yesterday
// afternoon, …" became one time of yesterday); a sentence's end parts them.
const WITHIN_SENTENCE = /^\s*(?:T|at|after|before|on|of|,|-|\.(?!\s)|∙|:)?\s*$/;

type MergeTest = (textBetween: string, current: ParsingResult, next: ParsingResult) => boolean;

/** A date longer than a day ("this year", "next month"): a clock time is of no such date. */
const longerThanADay = ({ start }: ParsingResult) => start.isOnlyDate() && !start.isOnlyTime() && !start.isCertain('day') && !start.isCertain('weekday');

/**
 * Chrono's date-and-time merging, kept inside a sentence and to dates that name a day: in
 * "reached its highest level this year at 8 a.m. Wednesday" the clock is Wednesday's, and
 * "this year at 8 a.m." was one DATE that took the time with it.
 */
function withinSentence(refiner: Refiner): Refiner {
  if (refiner.constructor.name !== 'ENMergeDateTimeRefiner') return refiner;
  const mergesBoth = (refiner as unknown as { shouldMergeResults: MergeTest }).shouldMergeResults;
  const shouldMergeResults: MergeTest = function (this: unknown, textBetween, current, next) {
    return !longerThanADay(current) && !longerThanADay(next) && mergesBoth.call(this, textBetween, current, next);
  };
  return Object.assign(Object.create(refiner) as Refiner, { patternBetween: () => WITHIN_SENTENCE, shouldMergeResults });
}

// What chrono's zone refiner takes after a date with no clock: an abbreviation in capitals ("March 3 EST"),
// its pattern's opening as it is; after a clock it takes one in any case ("10 a.m. est").
const CAPITALS_AFTER = /\s*,?\s*\(?[A-Z]{2}/y;

/** Whether chrono's zone refiner may take an abbreviation after `result`: none after most dates ("on Tuesday to meet"). */
function mayTakeAZone(text: string, result: ParsingResult): boolean {
  if (!result.start.isOnlyDate()) return true;
  CAPITALS_AFTER.lastIndex = result.index + result.text.length;
  return CAPITALS_AFTER.test(text);
}

/**
 * Chrono's zone refiner, asked only of results one may follow: it reads the words after each
 * result and works out its date before it looks the abbreviation up (a short word after most
 * dates, "on Tuesday to", matches its pattern), and changes no result that takes none.
 */
function zonesWhereWritten(refiner: Refiner): Refiner {
  if (refiner.constructor.name !== 'ExtractTimezoneAbbrRefiner') return refiner;
  return { refine: (context, results) => (results.some((result) => mayTakeAZone(context.text, result)) ? refiner.refine(context, results) : results) };
}

/**
 * Chrono's relative readings ("12 days before", "two weeks ago") are the named rules' to read
 * (refiners/chronoReadings.ts drops them); dropped before chrono's overlap removal, where the
 * longer "12 days before" beat "March 30, 12" in "signed on March 30, 12 days before the vote"
 * and the date was lost.
 */
const relativeLeftToRules: Refiner = {
  refine: (_context, results) => results.filter((r) => isAnnotated(r) || ![...r.tags()].some((tag) => tag.startsWith('result/relative'))),
};

/** The stages after finding, in order. */
function stages(base: Chrono): Refiner[] {
  return [
    // Before chrono merges "night" with the date after it and loses the date.
    partOfDayBeforeOf,
    // Before chrono merges "from 14" (an hour) with "June" and loses the day.
    dayBeforeMonth,
    // Before chrono merges the word "weekday" with a clock time after it.
    kindOfDayIsNoDay,
    relativeLeftToRules,
    onChronoResultsOnly(base.refiners.filter((r) => !CHRONO_REFINERS_LEFT_OUT.has(r.constructor.name)).map(withinSentence).map(zonesWhereWritten)),
    // Before the readings: "Tuesday, 15 soldiers" is Tuesday, not its 15th.
    weekdayBeforeCount,
    // Chrono's results get a TimeML reading (year by tense, vetoes); the rules' have theirs.
    chronoReadings,
    // A year-less date in a story about the past takes the story's year, before it is qualified.
    narrativeAnchoring,
    // The first date of a range takes the year its end writes, over the story's or the publication's.
    rangeSharesYear,
    // The other days of a list ("23 and 24 January") in the month, and year, of the one beside it.
    dayListsShareMonth,
    // "on Wednesday and Friday": the second weekday of a list goes the way the first went.
    weekdayListsGoOneWay,
    // "the night of Oct. 23" one TIME once its date is read, before a clock in its sentence looks for an evening.
    partOfNamedDay,
    // "the week of March 16" its ISO week once the day is read.
    weekOfNamedDay,
    // A clock time on the day written after it ("6 a.m. (0400 GMT) Saturday"), once that day is read.
    clockTakesDay,
    // A day in another zone's reckoning ("Saturday Moscow time") keeps its value, dates no event.
    dayInAnotherZone,
    // "the last year of the century" once the century is read, before the overlap removal drops "the last year".
    unitOfPeriod,
    // "early", "around", "since" beside a reading: they need the readings made.
    qualifiers,
    longestReading,
    // Last, the readings that depend on other expressions of the document.
    reportingQuarter,
    reportingMonth,
    anaphoraRefiner,
    // "the 30th day of the strike" counted from the day the text says the strike began.
    countedFromStart,
    // "ten years ago today": the day named, counted back, once both are read.
    sameDayLongAgo,
  ];
}

// Chrono's own loop over one parser's matches: public in its JavaScript, private in its types.
const executeParser = (Chrono as unknown as { executeParser(context: ParsingContext, parser: Parser): ParsingResult[] }).executeParser;

const HAS_DIGIT = /\d/;

interface Gate {
  pattern: RegExp;
  /** The sets of words the pattern cannot match without (requiredWordsTests): a text lacking one is skipped. */
  required: RegExp[];
  /** The same, by their ids in sentenceWords. */
  tests: number[];
  /** Every match holds a digit (needsFigures): most sentences have none. */
  figures: boolean;
  /** The rule's own test of a text it can read nothing in (Rule.mayRead), asked after the words'. */
  mayRead: ((text: string) => boolean) | undefined;
  fixed: Parser;
}

/** Whether `text` lacks what every match of the gate's pattern holds (a loop: it runs for 72 parsers a text). */
function ruledOut(gate: Gate, text: string, figures: boolean): boolean {
  if (gate.figures && !figures) return true;
  for (const test of gate.tests) if (!sentenceWords.holds(test, text)) return true;
  return gate.mayRead !== undefined && !gate.mayRead(text);
}

/**
 * Chrono, trying each parser only on a text with the words its pattern cannot match without
 * (see ../required-words.ts): a pattern is otherwise tried from every position of every
 * sentence. Otherwise chrono's own parse: each parser's results in turn, sorted by position
 * (a stable sort, so ties keep the parsers' order), then the refiners in order.
 */
class GatedChrono extends Chrono {
  /**
   * Each parser's pattern, its test, and the parser as chrono's loop runs it, by the parser's
   * place: made once per pattern, not for every text (the garbage of 60 parsers a sentence).
   */
  private readonly gates: (Gate | undefined)[] = [];
  /**
   * The parsers filed by their gates' words, once every parser has its gate: a sentence holds the
   * words of a few parsers of 72, and asking each gate its first test was a lookup per parser.
   * Made again when a gate is (a parser building another pattern).
   */
  private byWord: RowsByWord | undefined;

  override parse(text: string, reference?: ParsingReference | Date, option?: ParsingOption): ParsedResult[] {
    return this.parseKeeping(0, text, reference, option);
  }

  /**
   * parse, for a caller that keeps only the results from `kept` on (a sentence read after its
   * paragraph's earlier sentences, dates/index.ts): when every result the parsers find ends
   * before it, none is refined and none is given. The caller answers for no refiner making a
   * result there out of the earlier ones (keptAlone).
   */
  parseKeeping(kept: number, text: string, reference?: ParsingReference | Date, option?: ParsingOption): ParsedResult[] {
    const context = new ParsingContext(text, reference, option);
    let results: ParsingResult[] = [];
    // Parsers share tests (the month names): all are answered by one scan of the text being read.
    const figures = HAS_DIGIT.test(text);
    // The parsers whose gates' words the text holds, in order; every parser until each has its gate.
    const asked = this.byWord?.rowsIn(text) ?? this.parsers.keys();
    for (const i of asked) {
      const parser = this.parsers[i]!;
      let gate = this.gates[i];
      // A parser's pattern depends on the parsing options only, the same on every call here: a
      // text its test rules out is skipped before the pattern is asked for (72 parsers a
      // sentence, each asked costs chrono's parsers a call of their own and a comparison).
      if (gate && ruledOut(gate, text, figures)) continue;
      const pattern = parser.pattern(context);
      // A parser keeps its pattern; one that builds another gets that one's test.
      if (gate?.pattern !== pattern) {
        // The pattern just asked for: asking again may build it again.
        const fixed: Parser = { pattern: () => pattern, extract: (c, match) => parser.extract(c, match) };
        const required = requiredWordsTests(pattern, 'whole text');
        this.gates[i] = gate = { pattern, required, tests: required.map((test) => sentenceWords.idOf(test)), figures: needsFigures(pattern), mayRead: (parser as RuleParser).mayRead, fixed };
        this.byWord = undefined;
        if (ruledOut(gate, text, figures)) continue;
      }
      for (const result of executeParser(context, gate.fixed)) results.push(result);
    }
    if (this.byWord === undefined && this.gates.length === this.parsers.length && !this.gates.includes(undefined)) this.byWord = new RowsByWord(sentenceWords, this.gates.map((g) => g!.required));
    if (kept > 0 && results.every((result) => result.index + result.text.length < kept)) return [];
    results.sort((a, b) => a.index - b.index);
    for (const refiner of this.refiners) results = refiner.refine(context, results);
    return results;
  }
}

/**
 * Chrono's parsers not run. The one that invents a last day for "end of the month"; and those
 * whose every result is relative to the reference ("two weeks ago", "5 days later", "last 3
 * months", "within a week": ParsingComponents.createRelativeFromReference, tagged
 * result/relativeDate), all of which relativeLeftToRules drops: the stages before it drop
 * results one at a time, none reading another, so such a parser changed nothing but the CPU
 * of trying its patterns (the costliest of chrono's, tried from every position of a sentence
 * with "last", "in", "for" or "ago"; chrono.test.ts shows the results alike without them).
 */
export const CHRONO_PARSERS_LEFT_OUT = new Set(['ENEndOfCurrentMonthParser', 'ENTimeUnitAgoFormatParser', 'ENTimeUnitLaterFormatParser', 'ENTimeUnitCasualRelativeFormatParser', 'ENTimeUnitWithinFormatParser']);

function buildChrono(): GatedChrono {
  const base = casual.clone();
  const parsers: Parser[] = [...RULES.map(ruleParser), ...base.parsers.filter((p) => !CHRONO_PARSERS_LEFT_OUT.has(p.constructor.name))];
  return new GatedChrono({ parsers, refiners: stages(base) });
}

export const datelineChrono = buildChrono();
