import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/synthetic/corpus.ts';
import { TRIGGERS } from './events/triggers.ts';
import { RequiredWordsScan, requiredWordsTests } from './required-words.ts';
import { RowsByWord } from './rows-by-word.ts';

const seeds = readdirSync('tests/fixtures/seeds').map((file) => readFileSync(`tests/fixtures/seeds/${file}`, 'utf8'));
const texts = [...seeds, ...generateCorpus(60).articles.map((article) => article.body)].flatMap((body) => body.split(/\n+|(?<=[.!?])\s+/));
const testsOfRows = (patterns: RegExp[]): RegExp[][] => patterns.map((pattern) => requiredWordsTests(pattern, 'whole text'));
/** The rows a text passes every test of, asked row by row. */
const rowByRow = (tests: RegExp[][], text: string): number[] => tests.flatMap((ofRow, row) => (ofRow.every((test) => test.test(text)) ? [row] : []));
const withoutG = (pattern: RegExp): RegExp => new RegExp(pattern.source, pattern.flags.replace('g', ''));

describe('the rows a text may match, found from the words it holds', () => {
  it('are the kinds table\'s triggers a sentence passes every test of, row by row, in the table\'s order', () => {
    const tests = testsOfRows(TRIGGERS.map((rule) => rule.pattern));
    const index = new RowsByWord(new RequiredWordsScan(), tests);
    let visited = 0;
    let matched = 0;
    for (const text of texts) {
      const rows = index.rowsIn(text);
      // The scan may pass a word with signs where its test does not (required-words.ts), never the reverse.
      expect(rows, text).toEqual(expect.arrayContaining(rowByRow(tests, text)));
      expect(rows, text).toEqual(TRIGGERS.flatMap((_, row) => (index.passes(row, text) ? [row] : [])));
      for (const [row, rule] of TRIGGERS.entries()) if (withoutG(rule.pattern).test(text) && !rows.includes(row)) expect.fail(`${rule.kind} ${rule.pattern.source.slice(0, 60)}… matches ${text}`);
      visited += rows.length;
      matched += rows.length > 0 ? 1 : 0;
    }
    // Many sentences hold the words of some rows, each of few.
    expect(matched).toBeGreaterThan(500);
    expect(visited / texts.length).toBeLessThan(10);
  });

  it('visits rows filed under one word each, and a row requiring no word on every text', () => {
    const patterns = [/\bsummit\b/gi, /\bmet\b|\bmeets\b/g, /\d+ days/g, /\bsummits?\s+(?:opened|closed)\b/gi, /[A-Z]\w+/g];
    const index = new RowsByWord(new RequiredWordsScan(), testsOfRows(patterns));
    expect(index.rowsIn('The summit opened as they met.')).toEqual([0, 1, 3, 4]);
    expect(index.rowsIn('no word of theirs')).toEqual([4]);
    expect(index.rowsIn('It lasted 3 days.')).toEqual([2, 4]);
  });

  it('lists a word watched after its text was scanned, and files no row under another caller\'s word', () => {
    const scan = new RequiredWordsScan();
    const [first, second] = ['They met on Monday in March.', 'A summit in April.'];
    const [monday, april] = [requiredWordsTests(/\bmonday\b/i)[0]!, requiredWordsTests(/\bapril\b/i)[0]!];
    expect(scan.passes(monday, first)).toBe(true);
    expect(scan.passes(april, second)).toBe(true);
    scan.watch(scan.idOf(april));
    const index = new RowsByWord(scan, testsOfRows([/\bmet\b/g, /\bsummit\b/gi]));
    // Both texts were scanned before the index watched its words: they list them all the same.
    expect(index.rowsIn(second)).toEqual([1]);
    expect(index.rowsIn(first)).toEqual([0]);
    expect([...scan.watchedIn(second)].sort()).toEqual([scan.idOf(april), scan.idOf(requiredWordsTests(/\bsummit\b/gi, 'whole text')[0]!)].sort());
  });

  it('answers as row by row when its words are answered by the tests themselves, then by the automata', () => {
    const tests = testsOfRows([/\bmet\b/g, /\bsummit\b/gi, /\btalks?\s+(?:on|in)\b/gi, /\bsigned\b/g]);
    const index = new RowsByWord(new RequiredWordsScan(), tests);
    const sentences = ['They met for talks on Monday.', 'The summit SIGNED nothing.', 'Talks in Oslo were signed.', 'nothing', 'metal summitry'];
    // Enough texts for the automata to be built partway (REBUILD_AFTER in required-words.ts).
    for (let i = 0; i < 9_000; i += 1) {
      const text = `${sentences[i % sentences.length]} ${i}`;
      const rows = index.rowsIn(text);
      if (rows.join() !== rowByRow(tests, text).join()) expect.fail(`${rows} on ${text}`);
    }
  });
});
