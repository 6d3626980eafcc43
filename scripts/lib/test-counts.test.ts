import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addCounts, countsFromPlaywright, countsFromVitest, NO_TESTS, readReport, summaryLine } from './test-counts.ts';

describe('countsFromVitest', () => {
  it('counts pending and todo tests as skipped', () => {
    const report = { numPassedTests: 7, numFailedTests: 2, numPendingTests: 1, numTodoTests: 3, numTotalTests: 13 };
    expect(countsFromVitest(report)).toEqual({ passed: 7, failed: 2, skipped: 4 });
  });
});

describe('countsFromPlaywright', () => {
  it('counts flaky tests as passed and unexpected outcomes as failed', () => {
    const report = { stats: { expected: 4, unexpected: 1, flaky: 2, skipped: 3 } };
    expect(countsFromPlaywright(report)).toEqual({ passed: 6, failed: 1, skipped: 3 });
  });
});

describe('readReport', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads counts from a report file, and none from a missing one', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'test-counts-'));
    const file = path.join(dir, 'vitest.json');
    writeFileSync(file, JSON.stringify({ numPassedTests: 5, numFailedTests: 0 }));
    expect(readReport(file, countsFromVitest)).toEqual({ passed: 5, failed: 0, skipped: 0 });
    expect(readReport(path.join(dir, 'missing.json'), countsFromVitest)).toEqual(NO_TESTS);
  });
});

describe('summaryLine', () => {
  it('sums counts and mentions skipped tests only when there are some', () => {
    const total = addCounts({ passed: 10, failed: 1, skipped: 0 }, { passed: 3, failed: 0, skipped: 0 });
    expect(summaryLine(total)).toBe('tests: 13 passed, 1 failed');
    expect(summaryLine(addCounts(total, { passed: 0, failed: 0, skipped: 2 }))).toBe('tests: 13 passed, 1 failed, 2 skipped');
  });
});
