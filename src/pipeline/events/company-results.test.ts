// A company's results of a period released on a day ("reports its quarterly results on October 28"): the company's act of its day, done or ahead.
// own-corpus-24 c2's club letter; the sentences here are written for the test.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058.
const results = (body: string): [string, string | null, string][] => found(body).filter(([, noun]) => noun === 'Results');

describe("a company's results of a period are released on their day", () => {
  it.each([
    ['Velmark Motors posted third-quarter earnings on Monday, beating forecasts.', '2058-03-11'],
    ['Orsk Electronics reports its quarterly results on 28 March.', '2058-03-28'],
    ['The brewer will publish its annual results on Friday 22 March.', '2058-03-22'],
    ["Harbour Foods released Harbour's half-year figures yesterday.", '2058-03-12'],
  ])('%s', (body, day) => {
    expect(results(body)).toEqual([['other', 'Results', day]]);
  });

  it("but not another's report of what they show, a call about them, nor a poll's or a test's results", () => {
    for (const body of [
      'The Kessel Post reported quarterly earnings fell on Monday.',
      'Velmark posted quarterly results calls on its website on Monday.',
      'The commission published the results of the ballot on Monday.',
      'The school reported its test results on Monday.',
    ]) {
      expect(results(body), body).toEqual([]);
    }
  });
});
