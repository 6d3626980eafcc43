import { readdirSync, readFileSync } from 'node:fs';
import { casual } from 'chrono-node';
import { describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '../../scripts/synthetic/corpus.ts';
import { parseReferenceDay } from './dates/calendar.ts';
import { MARKERS, SIGNALS } from './dates/cues.ts';
import { datelineChrono } from './dates/chrono.ts';
import { signalAt } from './dates/tense.ts';
import { documentOption } from './dates/document.ts';
import { TRIGGERS } from './events/triggers.ts';
import { ruleParser } from './dates/parsers/rule.ts';
import * as eventWords from './events/lexicon.ts';
import { testPart } from './gated-matches.ts';
import { needsFigures, RequiredWordsScan, requiredWordsTest, requiredWordsTests } from './required-words.ts';
import { RULES } from './dates/rules.ts';

const words = (pattern: RegExp): string | undefined => requiredWordsTest(pattern)?.source;
/** The source of a test for any of the words. */
const either = (...alternatives: string[]): string => alternatives.map(RegExp.escape).join('|');

describe('the words a pattern cannot match without', () => {
  it('reads literals, alternatives and optional parts', () => {
    expect(words(/on\s+(?:monday|tuesday)/i)).toBe(either('monday', 'tuesday'));
    expect(words(/sept\.?\s+\d+/i)).toBe(either('sept'));
    expect(words(/(?:x|y)z/)).toBe(either('xz', 'yz'));
    expect(words(/a(?=b)c/)).toBe(either('ac'));
    expect(words(/[-–]long/)).toBe(either('-long', '–long'));
  });
  it('keeps only the words no other lies within', () => {
    expect(words(/sunday|sun\.|sun/i)).toBe(either('sun'));
    // Case matters without /i: "Sun" does not stand for "sunday".
    expect(words(/sunday|Sun/)).toBe(either('sunday', 'Sun'));
  });
  it('reads a digit as one of ten, and a range of digits as those digits', () => {
    const digits = either(...'0123456789');
    expect(words(/\d+/)).toBe(digits);
    expect(words(/(?:at\s+)?\d{1,2}:\d\d/i)).toBe(either(...[...'0123456789'].map((digit) => `:${digit}`)));
    // A word is still the better test where there is one.
    expect(words(/(?:at|by)\s+\d{1,2}/i)).toBe(either('at', 'by'));
    expect(words(/Q[1-4]/)).toBe(either('Q1', 'Q2', 'Q3', 'Q4'));
    expect(words(/[0-3]?[0-9]\/[01]?\d/)).toBe(either(...[...'0123456789'].map((digit) => `${digit}/`)));
    // A digit or a word: either.
    expect(words(/\d+|a\s+week/i)).toBe(either(...'0123456789', 'week'));
    // Not a range of digits: any character, as before.
    expect(words(/[a-z]\d/)).toBe(digits);
    expect(words(/[0-9a-f]/)).toBeUndefined();
    const test = requiredWordsTest(/\b\d{1,2}(?:st|nd|rd|th)?\b/)!;
    expect(['on the 3rd', 'by 12 April 2026'].filter((text) => test.test(text))).toHaveLength(2);
    expect(['in March', 'early April'].filter((text) => test.test(text))).toEqual([]);
  });
  it('gives a test for each set of words a match needs, so that a common one is not the only gate', () => {
    const sources = (pattern: RegExp): string[] => requiredWordsTests(pattern).map((test) => test.source);
    // chrono's "within" parser: "in" is in most sentences, a unit of time is not.
    expect(sources(/(?:within|in|for)\s*(?:two|three|several)\s+(?:days|weeks|months)/i)).toEqual([either('days', 'weeks', 'months'), either('two', 'three', 'several'), either('in', 'for')]);
    const within = requiredWordsTests(/(?:within|in|for)\s*(?:two|three|several)\s+(?:days|weeks|months)/i);
    const passAll = (text: string): boolean => within.every((test) => test.test(text));
    expect(['Talks resumed in Geneva for two hours.', 'He spoke for several minutes.'].filter(passAll)).toEqual([]);
    expect(['a deal within two weeks', 'IN THREE MONTHS'].filter(passAll)).toHaveLength(2);
    // A set another implies says nothing more ("day" beside "today|yesterday"); a single letter is in every text.
    expect(sources(/(?:today|yesterday)\s+x/i)).toEqual([either('today', 'yesterday')]);
    // Each alternative's words, however many alternatives (a feast's names), or else each one's fewest (a digit).
    const feasts = new RegExp(Array.from({ length: 80 }, (_, i) => `feast${i}\\s+day`).join('|'), 'i');
    expect(requiredWordsTests(feasts)).toHaveLength(1);
    expect(['the feast7 day', 'FEAST79 DAY'].filter((text) => requiredWordsTests(feasts)[0]!.test(text))).toHaveLength(2);
    expect(requiredWordsTests(feasts)[0]!.test('a feast day')).toBe(false);
    const decades = /((?:1[5-9]|20)\d)0s|['’](\d)0s|(\d)0's/i;
    expect(needsFigures(decades)).toBe(true);
    expect(words(decades)).toBeDefined();
  });
  it('requires the words a look-behind or look-ahead must find, beside those of the match', () => {
    const sources = (pattern: RegExp): string[] => requiredWordsTests(pattern).map((test) => test.source);
    // A noun the verb before it makes an event of: the noun is in many sentences, the verb in few.
    const ratified = /(?<=\bratif(?:y|ies|ied)\s+(?:\w+\s+){0,3})(?:treaty|accord)\b/gi;
    expect(sources(ratified)).toEqual([either('treaty', 'accord'), either('ratify', 'ratifies', 'ratified')]);
    const passAll = (text: string): boolean => requiredWordsTests(ratified).every((test) => test.test(text));
    expect(['The treaty was signed in June.', 'Lawmakers debated the accord.'].filter(passAll)).toEqual([]);
    expect(['Parliament ratified the border treaty.', 'VOTES TO RATIFY THE ACCORD'].filter(passAll)).toHaveLength(2);
    // …and what a look-ahead must find after the match ("left for talks", "flew to the summit").
    expect(sources(/\b(?:left|flew)\s+(?=(?:for|to)\s+(?:the\s+)?(?:talks|summit)\b)/i)).toEqual([either('left', 'flew'), either('talks', 'summit'), either('for', 'to')]);
    // What must not stand there requires nothing.
    expect(sources(/(?<!\bnot\s+)(?<!\bnever\s+)signed\b(?!\s+off\b)/i)).toEqual([either('signed')]);
  });

  it('tells a pattern every match of which holds a digit', () => {
    expect([/\d+/, /(?:jan|mar)\w*\s+\d{1,2}/i, /\b\d{1,2}\s+(?:March|April)\b/, /Q[1-4]/, /(?:19|20)\d\d|'\d\d/, /x\x31/, /\d/u, /\d/iu].map(needsFigures)).toEqual([true, true, true, true, true, true, true, true]);
    // A date in words, a digit only in one of its forms, a class of more than digits: none.
    expect([/march\s+third/i, /\d+|a\s+week/, /[0-9a-f]{4}/, /\w+/, /(?:\d)?x/].map(needsFigures)).toEqual([false, false, false, false, false]);
  });
  it('requires nothing of what it cannot follow', () => {
    expect(words(/\w+/)).toBeUndefined();
    expect(words(/(?:week)?\s*end/)).toBe(either('end'));
    expect(words(/(a)\1/)).toBe(either('a'));
    expect(words(/(?:yes|\w+)/)).toBeUndefined();
    expect(words(/[^x]y/)).toBe(either('y'));
    expect(words(/^$/)).toBeUndefined();
  });
  it('reads a pattern under u and i with each letter these fold beyond ASCII as any character', () => {
    // "ſ" is an "s" and the kelvin sign a "k" under both flags, as the scan's folding does not: the words lie between them.
    expect(words(/week/iu)).toBe(either('wee'));
    expect(words(/[sk]tar/iu)).toBe(either('tar'));
    expect(words(/\u212Aelvin|\u017Fun/iu)).toBe(either('elvin', 'un'));
    expect(requiredWordsTests(/(?:quarter|semi)-?finals?\b/iu).map((test) => test.source)).toEqual([either('final'), either('quarter', 'emi')]);
    // Under one of the flags alone those letters fold as the scan's do.
    expect(words(/week/i)).toBe(either('week'));
    expect(words(/week/u)).toBe(either('week'));
  });
  it('reads no pattern with a group that turns on letters of either case, and a group turning it off as written', () => {
    expect(words(/(?i:president|envoy)\s+left/)).toBeUndefined();
    expect(words(/(?mi:envoy)/)).toBeUndefined();
    expect(words(/(?<=\b(?:[Hh]e|(?i:minister)s?),?\s+)departed/)).toBeUndefined();
    expect(words(/(?-i:Envoy)/i)).toBe(either('Envoy'));
    expect(words(/(?m:envoy)/)).toBe(either('envoy'));
  });
  it('reads a pattern of the u flag alone, a property or a code point as any character', () => {
    expect(words(/week/u)).toBe(either('week'));
    expect(words(/(?<=\b(?:[Aa]|\p{Lu}\p{Ll}+['’]s)\s+)(?:protest|demonstration)\b/gu)).toBe(either('protest', 'demonstration'));
    expect(words(/[\p{L}-]+\s+march/u)).toBe(either('march'));
    expect(words(/\u{1F600}\s*smile/u)).toBe(either('smile'));
  });
  it('takes a word of nearly every sentence ("the", "to") last, after any other of two letters or more', () => {
    expect(words(/\bthe\s+\d+(?:st|nd|rd|th)\s+day\b/i)).toBe(either('day'));
    expect(words(/\bto\s+be\s+\w+ed\b/i)).toBe(either('be'));
    // With no other word, it is still the test.
    expect(words(/\bwas\s+\w+/i)).toBe(either('was'));
  });
  it('finds words holding the characters of patterns as written, and nothing they would stand for', () => {
    const test = requiredWordsTest(/costs\s+\$5\.00\/m-2|\(see\)\s+\[x\]\{1\}\^\|/)!;
    expect(['it costs $5.00/m-2', 'read [x]{1}^| now'].filter((text) => test.test(text))).toHaveLength(2);
    expect(['it costs $5x00/m-2', 'read x ^ now', 'x|y'].filter((text) => test.test(text))).toEqual([]);
  });
});

describe('a test of the whole text also says where its words stand', () => {
  const passes = (pattern: RegExp, text: string): boolean => requiredWordsTests(pattern, 'whole text').every((test) => test.test(text));
  it('a word after a space or the start, not inside another: two holidays written two ways', () => {
    const holidays = /(?<![\w’'])(?:Black\s+Friday|May\s+Day)(?![\w])/i;
    expect(['Shoppers queued on Black Friday.', 'BLACK  FRIDAY deals', 'the May Day rally', 'May-Day'].filter((text) => passes(holidays, text))).toHaveLength(4);
    // Each of its words stands in these, not as the holiday: "Friday" alone, "may" and "today".
    expect(['They met on Friday.', 'Talks may resume today.', 'the black car, Friday', 'mayday'].filter((text) => passes(holidays, text))).toEqual([]);
  });
  it('an amount of days is no weekday and no "today", in either spelling', () => {
    const days = /\b(?:a|one|two)\s+days?\b/i;
    expect(['for a day', 'TWO DAYS later', 'one  day'].filter((text) => passes(days, text))).toHaveLength(3);
    expect(['on Monday', 'talks today', 'Yesterday, a ministry said'].filter((text) => passes(days, text))).toEqual([]);
  });
  it('reads a parts test as before', () => {
    expect(words(/(?<![\w’'])May\s+Day(?![\w])/i)).toBe(either('May'));
    expect(requiredWordsTests(/(?<![\w’'])May\s+Day(?![\w])/i).map((test) => test.source)).toEqual([either('May'), either('Day')]);
  });
});

// Text of every kind the dates read: the rules' and cues' examples, the seed articles, synthetic news.
const seeds = readdirSync('tests/fixtures/seeds').map((file) => readFileSync(`tests/fixtures/seeds/${file}`, 'utf8'));
const examples = [...RULES, ...MARKERS, ...SIGNALS].flatMap((owner) => owner.examples.map((e) => e.text));
const synthetic = generateCorpus(200).articles.map((article) => article.body);
const texts = [...examples, ...seeds.flatMap((s) => s.split(/\n+/)), ...synthetic.flatMap((body) => body.split(/\n+/))];

describe('every parser the dates run passes its test wherever it matches', () => {
  const context = { text: '', option: documentOption({ reference: parseReferenceDay('2026-02-25') }) } as Parameters<(typeof casual.parsers)[number]['pattern']>[0];
  const parsers = [...RULES.map((rule) => ({ name: rule.name, parser: ruleParser(rule) })), ...casual.parsers.map((parser) => ({ name: parser.constructor.name, parser }))];
  it.each(parsers.flatMap(({ name, parser }) => (['parts', 'whole text'] as const).map((reach) => [name, reach, parser] as const)))('%s (%s)', (_name, reach, parser) => {
    const pattern = parser.pattern(context);
    const tests = requiredWordsTests(pattern, reach);
    const figures = needsFigures(pattern);
    const matched = texts.filter((text) => new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')).test(text));
    expect(matched.filter((text) => tests.some((test) => !test.test(text)) || (figures && !/\d/.test(text)))).toEqual([]);
  });
  it('the parsers of dates in figures are many', () => {
    const inFigures = parsers.filter(({ parser }) => needsFigures(parser.pattern(context))).map(({ name }) => name);
    expect(inFigures).toEqual(expect.arrayContaining(['year-alone', '24-hour-clock', 'ENTimeExpressionParser', 'ENYearMonthDayParser', 'SlashDateFormatParser', 'ISOFormatParser']));
    // "the third of March": a date in words too.
    expect(inFigures).not.toContain('ENMonthNameLittleEndianParser');
  });
  it('and the parsers so gated read the texts as before', () => {
    // The same chrono without the tests: every parser tried on every text.
    const ungated = casual.clone();
    ungated.parsers = [...RULES.map(ruleParser), ...casual.parsers.filter((p) => p.constructor.name !== 'ENEndOfCurrentMonthParser')];
    ungated.refiners = datelineChrono.refiners;
    const read = (chrono: typeof casual, text: string): string[] => {
      const option = documentOption({ reference: parseReferenceDay('2026-02-25') });
      return chrono.parse(text, { instant: new Date('2026-02-25T12:00:00Z'), timezone: 0 }, option).map((r) => `${r.index}:${r.text}:${r.start.date().toISOString()}`);
    };
    for (const text of texts.slice(0, 1500)) expect(read(datelineChrono, text), text).toEqual(read(ungated, text));
  });
});

describe('one scan answers many tests as each test would', () => {
  const patterns = [
    /sunday|monday|may/i,
    /Thanksgiving|Christmas/,
    /year[-‐‑]earlier/i,
    /sept\.?\s+\d+/i,
    /(?:ab|bc)cd/,
    /the|its/i,
    /straße|µs/i,
    /sunday|kick|[sk]tar|semi-?final/iu,
    ...TRIGGERS.map((rule) => rule.pattern),
  ];
  const tests = [...new Set(patterns.map(requiredWordsTest).filter((t) => t !== undefined))];
  // Characters that fold in odd ways under /i: the Kelvin sign, long s, dotless and dotted i, micro sign, sharp s.
  const odd = ['MAY', 'mAy', 'ſunday', 'Sunday', 'ıts', 'İts', 'THE', 'µS', 'μs', 'ΜS', 'STRASSE', 'straße', 'abcd', 'abccd', 'bccd', 'christmas', 'Christmas', 'year‐earlier', 'YEAR-EARLIER', 'Sept. 3', 'sep 3', '\u212Aick', 'ſtar', '\u212Atar', 'ſemi-final', 'SEMIFINAL'];
  // The scan reads every character of no word as an edge (a run of them as one), so a test of a
  // word with such characters ("sept.", "year-earlier") may pass where the test would not; it
  // never fails where the test passes, and words of letters it answers exactly.
  const EDGES = /\(\?<!\[A-Za-z0-9_\]\)|\(\?!\[A-Za-z0-9_\]\)|\[\^A-Za-z0-9_\]\+/g;
  /** Whether the scan reads each of the test's words exactly: letters, digits and edges only. */
  const ofLetters = (test: RegExp): boolean =>
    test.source.split('|').every((word) => /^\w+$/.test(word.replace(EDGES, '').replace(/\\x([0-9a-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))));
  const asksAsTheTest = (scan: RequiredWordsScan, test: RegExp, text: string): void => {
    const [passed, expected] = [scan.passes(test, text), test.test(text)];
    if (expected || ofLetters(test)) expect(passed, `${test} on ${text}`).toBe(expected);
  };
  it('on texts of every kind and on odd letters', () => {
    const scan = new RequiredWordsScan();
    let exact = 0;
    for (const text of [...odd, ...texts.slice(0, 3000)]) {
      for (const test of tests) {
        asksAsTheTest(scan, test, text);
        if (ofLetters(test)) exact += 1;
      }
    }
    expect(exact).toBeGreaterThan(10_000);
  });
  it('answers a test of the whole text as the test does', () => {
    const scan = new RequiredWordsScan();
    const whole = [...RULES.map(ruleParser), ...casual.parsers].flatMap((parser) => requiredWordsTests(parser.pattern({ text: '', option: documentOption({ reference: parseReferenceDay('2026-02-25') }) } as Parameters<typeof parser.pattern>[0]), 'whole text'));
    for (const text of ['', 'x', ...odd, ...texts.slice(0, 1500)]) {
      for (const test of whole) asksAsTheTest(scan, test, text);
    }
    // Tests that say where a word stands, read exactly, were among them.
    expect(whole.filter((test) => ofLetters(test) && test.source.replace(EDGES, '') !== test.source).length).toBeGreaterThan(20);
  });
  it('learns a test asked about after a text was scanned', () => {
    const scan = new RequiredWordsScan();
    const [first, second] = tests;
    expect(scan.passes(first!, 'no match here')).toBe(false);
    expect(scan.passes(second!, 'Christmas')).toBe(second!.test('Christmas'));
    expect(scan.passes(first!, 'on Monday')).toBe(true);
  });
  it('reads characters only a test learnt later has, after texts were scanned without them', () => {
    const scan = new RequiredWordsScan();
    const [letters, signs] = [requiredWordsTest(/monday/i)!, requiredWordsTest(/#\d+%|q&a/i)!];
    expect(scan.passes(letters, 'Q&A on Monday: 40%')).toBe(true);
    for (const text of ['Q&A on Monday', 'a q & a', 'rose #3% on Monday', 'no sign']) {
      asksAsTheTest(scan, signs, text);
      asksAsTheTest(scan, letters, text);
    }
  });
  it('answers tests learnt after the automata were built, first by the tests themselves, then by the automata', () => {
    const scan = new RequiredWordsScan();
    const [weekday, later] = [requiredWordsTest(/monday|tuesday/i)!, requiredWordsTest(/thursday|friday/i)!];
    const days = ['talks on Friday', 'met on Monday', 'no day at all', 'FRIDAY prayers', 'thursdays off', 'tuesday'];
    // Enough texts for the runs of tests not yet built in to pay for a build, and more after it.
    for (let i = 0; i < 40_000; i += 1) {
      const text = `${days[i % days.length]} ${i}`;
      for (const test of i < 100 ? [weekday] : [weekday, later]) if (scan.passes(test, text) !== test.test(text)) expect.fail(`${test} on ${text}`);
    }
  });
  it('builds the automata at the first text when many tests wait, rather than compiling and running each of them', () => {
    const scan = new RequiredWordsScan();
    const words = Array.from({ length: 300 }, (_, i) => `zorvex${i.toString(36)}`);
    const tests = words.map((word) => requiredWordsTest(new RegExp(String.raw`\b${word}\b`, 'i'))!);
    const ids = tests.map((test) => scan.idOf(test));
    const runs = tests.map((test) => vi.spyOn(test, 'test'));
    expect(scan.holds(ids[7]!, `Talks on ${words[7]!.toUpperCase()} day`)).toBe(true);
    expect(scan.holds(ids[8]!, 'Talks on no such day')).toBe(false);
    // No test was run on a text: the automata answered both.
    expect(runs.every((run) => run.mock.calls.length === 0)).toBe(true);
  });
  it('answers as the tests do when their automaton has more states than two bytes number', () => {
    // 20,000 made-up words of six letters in 400 tests: some 60,000 states, past the tables' entries of two bytes.
    let seed = 1;
    const letter = (): string => String.fromCharCode(97 + ((seed = (seed * 48_271) % 2_147_483_647) % 26));
    const words = Array.from({ length: 20_000 }, () => Array.from({ length: 6 }, letter).join(''));
    const tests = Array.from({ length: 400 }, (_, t) => requiredWordsTest(new RegExp(String.raw`\b(?:${words.slice(t * 50, t * 50 + 50).join('|')})\b`, 'i'))!);
    const texts = words.filter((_, i) => i % 97 === 0).flatMap((w, i) => [`Talks on ${w.toUpperCase()} day ${i}`, `no ${w.slice(1)} here ${i}`, `${w}${i}`]);
    const scan = new RequiredWordsScan();
    // So many tests waiting are built into the automaton at the first text (FIRST_RUNS).
    for (const text of texts) for (const test of tests) if (scan.passes(test, text) !== test.test(text)) expect.fail(`${test.source.slice(0, 40)}… on ${text}`);
    expect(texts.filter((text) => tests.some((test) => test.test(text))).length).toBeGreaterThan(200);
  });
  it('finds a word wherever it stands in a long text, across the middle where the scan walks it in two', () => {
    // Phrases across word edges (tests of the whole text), a word within another and a long one, each put at every distance
    // from the text's start and end, so that the middle of the text falls before, in and after it.
    const tests = [/first\s+light/i, /\bthe\s+day\s+before\b/i, /ing\b/, /\bextraordinarily\b/i, /\bsept\.?\s+\d+/i, /a\s+day\s+later/i, /\ba\.m\./i].flatMap((pattern) => requiredWordsTests(pattern, 'whole text'));
    const phrases = ['at first light', 'on the day before', 'meeting', 'an extraordinarily long day', 'Sept. 3', 'a day later', 'at 9 a.m. sharp', 'the day befor', 'first lightly'];
    const texts = phrases.flatMap((phrase) => Array.from({ length: 30 }, (_, before) => Array.from({ length: 30 }, (_, after) => `${'ab '.repeat(before)}${phrase}${' cd'.repeat(after)}`)).flat());
    const scan = new RequiredWordsScan();
    // Again and again: the first texts are answered by the tests themselves, the rest once the automaton is built.
    for (let round = 0; round < 6; round += 1) {
      for (const text of texts) for (const test of tests) if (scan.passes(test, text) !== test.test(text)) expect.fail(`${test} on ${text}`);
    }
    expect(texts.filter((text) => tests.some((test) => test.test(text))).length).toBeGreaterThan(4_000);
  });
  it('keeps the answers of the text asked about before the last: a sentence, its dates read with the paragraph before it, the sentence again', () => {
    const scan = new RequiredWordsScan();
    const [weekday, month] = [requiredWordsTest(/monday|tuesday/i)!, requiredWordsTest(/march|april/i)!];
    const [sentence, withParagraph] = ['They met on Monday.', 'Talks opened in March. They met on Monday.'];
    for (let round = 0; round < 3; round += 1) {
      for (const text of [sentence, withParagraph, sentence]) for (const test of [weekday, month]) asksAsTheTest(scan, test, text);
    }
    // Each text scanned once; a third text takes the place of the one asked about least lately.
    expect(scan.scanned).toBe(2);
    for (const text of ['In April.', sentence, 'In April.', withParagraph]) for (const test of [weekday, month]) asksAsTheTest(scan, test, text);
    expect(scan.scanned).toBe(4);
  });
  it('refuses a regular expression that is not a test', () => {
    expect(() => new RequiredWordsScan().passes(/x/, 'x')).toThrow(/requiredWordsTest/);
  });
});

describe('every trigger of the kinds table and every tense marker passes its test wherever it matches', () => {
  // A trigger is tried on the very sentence tested (triggers.ts: its tests of the whole text), a marker on a part of it.
  const patterns = [...TRIGGERS.map((rule) => [`trigger ${rule.kind}`, rule.pattern, 'whole text'] as const), ...MARKERS.map((marker) => [`marker ${marker.name}`, marker.pattern, 'parts'] as const)];
  it.each(patterns)('%s %s', (_name, pattern, reach) => {
    // Every test a trigger is gated on (triggers.ts), the words it looks behind or ahead at among them.
    const tests = [requiredWordsTest(pattern), ...requiredWordsTests(pattern, reach)].filter((test) => test !== undefined);
    const stopped = texts.filter((text) => new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')).test(text) && !tests.every((test) => test.test(text)));
    expect(stopped).toEqual([]);
  });
});

describe('signals, gated by the words of the whole text, are found beside an expression as before', () => {
  // Every place an expression may begin or end: where a word begins or ends.
  const edges = (text: string): number[] => [...text.matchAll(/\b/g)].map((m) => m.index);
  const ungated = (text: string, start: number, end: number) =>
    SIGNALS.find(
      ({ side, reach, pattern, then }) =>
        pattern.test(side === 'before' ? text.slice(Math.max(0, start - reach), start) : text.slice(end, end + reach)) && (!then || then.test(text.slice(end, end + reach))),
    );
  it('on texts of every kind, at every word edge', () => {
    let found = 0;
    for (const text of texts.slice(0, 1500)) {
      const at = edges(text);
      for (let i = 0; i + 1 < at.length; i += 1) {
        const [start, end] = [at[i]!, at[i + 1]!];
        const signal = ungated(text, start, end);
        if (signal) found += 1;
        expect(signalAt(text, start, end)?.name, `${text} [${start}, ${end})`).toBe(signal?.name);
      }
    }
    // The texts hold signals, so the gate was tested where it lets one through.
    expect(found).toBeGreaterThan(20);
  });
});

describe('a rule tested on a part of its sentence, gated by the words of the sentence', () => {
  // The events' word lists: the patterns the rules test on clauses and words beside a trigger.
  const patterns = Object.values(eventWords).filter((value): value is RegExp => value instanceof RegExp && !value.global && !value.sticky);
  it('answers as the pattern does on every part that starts or ends at a word edge', () => {
    expect(patterns.length).toBeGreaterThan(50);
    let matched = 0;
    const wrong: string[] = [];
    for (const text of texts.slice(0, 200)) {
      const edges = [...text.matchAll(/\b/g)].map((m) => m.index);
      for (const pattern of patterns) {
        for (const at of edges) {
          for (const part of [text.slice(0, at), text.slice(at), text.slice(at, at + 80)]) {
            const expected = pattern.test(part);
            if (expected) matched += 1;
            if (testPart(pattern, part, text) !== expected) wrong.push(`${pattern} on "${part}" of "${text}"`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    // The parts hold matches, so the gate was tested where it must let one through.
    expect(matched).toBeGreaterThan(1000);
  });
  it('asks the pattern only when the sentence has one of its words', () => {
    // A part that is no part of the sentence shows the gate: the sentence lacks "talks".
    expect(testPart(/\btalks\b/, 'talks', 'They met on Friday.')).toBe(false);
    expect(testPart(/\btalks\b/, 'talks', 'The talks ended on Friday.')).toBe(true);
  });
  it('always asks a pattern that keeps a lastIndex', () => {
    const global = /talks/g;
    expect(testPart(global, 'talks', 'They met on Friday.')).toBe(true);
    expect(global.lastIndex).toBe(5);
  });
});
