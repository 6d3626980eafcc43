/** Test counts read from the JSON reports of vitest and Playwright, and the summary line. */
import { existsSync, readFileSync } from 'node:fs';

export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
}

export const NO_TESTS: TestCounts = { passed: 0, failed: 0, skipped: 0 };

/** Vitest's `json` reporter (Jest-compatible fields). Todo tests count as skipped. */
export function countsFromVitest(report: unknown): TestCounts {
  const r = report as { numPassedTests?: number; numFailedTests?: number; numPendingTests?: number; numTodoTests?: number };
  return {
    passed: r.numPassedTests ?? 0,
    failed: r.numFailedTests ?? 0,
    skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
  };
}

/** Playwright's `json` reporter. A flaky test passed on a retry, so it counts as passed. */
export function countsFromPlaywright(report: unknown): TestCounts {
  const stats = (report as { stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number } }).stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
  };
}

/** Reads a report file; a tool that crashed before writing one contributes no counts. */
export function readReport(file: string, toCounts: (report: unknown) => TestCounts): TestCounts {
  if (!existsSync(file)) return NO_TESTS;
  return toCounts(JSON.parse(readFileSync(file, 'utf8')));
}

export function addCounts(a: TestCounts, b: TestCounts): TestCounts {
  return { passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped };
}

/** `tests: N passed, M failed`, with `, K skipped` only when some were skipped. */
export function summaryLine({ passed, failed, skipped }: TestCounts): string {
  return `tests: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}
