/**
 * The rows of a table of patterns (the kinds table's triggers) a text may match, found from the
 * words it holds rather than by a test of every row. Each row is gated by the words its pattern
 * cannot match without (requiredWordsTests): a text lacking a word of one of its tests cannot
 * match it. Asked row by row, that is a lookup per row for every sentence, when a sentence holds
 * the words of about three rows of 234. Here each row is filed under its first test (the most
 * selective), the scan lists those tests a text holds (RequiredWordsScan.watch), and only the
 * rows filed under them are visited, then checked against their other tests.
 *
 * Built from whatever rows it is given: a row added to the table is filed with no list to keep.
 * A row requiring no word is visited on every text, as its pattern must be tried there.
 */
import type { RequiredWordsScan } from './required-words.ts';

export class RowsByWord {
  private readonly scan: RequiredWordsScan;
  /** Each row's tests, by id in `scan`. */
  private readonly tests: number[][];
  /** The rows requiring no word: visited on every text. */
  private readonly everywhere: number[];
  /** The rows filed under test id t: filed[fileStart[t]] up to filed[fileStart[t + 1]], in the table's order. */
  private readonly fileStart: Uint32Array;
  private readonly filed: Uint32Array;

  /** `tests[row]`: the tests of requiredWordsTests a text must pass for the row's pattern to match in it. */
  constructor(scan: RequiredWordsScan, tests: RegExp[][]) {
    this.scan = scan;
    this.tests = tests.map((ofRow) => ofRow.map((test) => scan.idOf(test)));
    this.everywhere = this.tests.flatMap((ofRow, row) => (ofRow.length === 0 ? [row] : []));
    const keys = this.tests.map((ofRow) => ofRow[0]);
    const largest = keys.reduce<number>((most, key) => Math.max(most, key ?? -1), -1);
    this.fileStart = new Uint32Array(largest + 2);
    for (const key of keys) if (key !== undefined) this.fileStart[key + 1]! += 1;
    for (let t = 0; t <= largest; t += 1) this.fileStart[t + 1]! += this.fileStart[t]!;
    this.filed = new Uint32Array(this.fileStart[largest + 1]!);
    const next = this.fileStart.slice(0, largest + 1);
    keys.forEach((key, row) => {
      if (key !== undefined) this.filed[next[key]!++] = row;
    });
    for (const key of new Set(keys)) if (key !== undefined) scan.watch(key);
  }

  /** The rows whose every test `text` passes, in the table's order (earlier rows win overlaps). */
  rowsIn(text: string): number[] {
    const rows = [...this.everywhere];
    const { fileStart, filed } = this;
    const keys = fileStart.length - 1;
    // Other callers' watched tests are listed too: they file no row here.
    for (const key of this.scan.watchedIn(text)) {
      if (key >= keys) continue;
      for (let k = fileStart[key]!; k < fileStart[key + 1]!; k += 1) rows.push(filed[k]!);
    }
    if (rows.length > 1) rows.sort((a, b) => a - b);
    return rows.filter((row) => this.passes(row, text));
  }

  /** Whether `text` passes every test of `row`: its pattern may match there. */
  passes(row: number, text: string): boolean {
    for (const test of this.tests[row]!) if (!this.scan.holds(test, text)) return false;
    return true;
  }
}
