// A company's shares moving by an amount on a day ("EA's shares jumped about 15 percent that afternoon"): the happening of its trading day.
// own-corpus-24 c1's games site; the sentences here are written for the test.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058.
const moves = (body: string): [string, string | null, string][] => found(body).filter(([, noun]) => noun === 'Shares moved');

describe("a company's shares moving by an amount are a happening of their day", () => {
  it.each([
    ["Velmark's stock fell 8% on Monday after the recall.", '2058-03-11'],
    ['Shares of Orsk Electronics slumped by 12 per cent yesterday.', '2058-03-12'],
    ["The brewer's rival bid was announced on Monday, and the company's shares soared about 20 percent that afternoon.", '2058-03-11'],
  ])('%s', (body, day) => {
    expect(moves(body)).toEqual([['other', 'Shares moved', day]]);
  });

  it("but not a market's or a region's shares, nor shares that moved by no amount told", () => {
    for (const body of ['Asian shares fell 2% on Monday.', "Velmark's shares have risen since the deal.", 'Its sales fell 8% on Monday.', "Velmark's stock fell sharply on Monday."]) {
      expect(moves(body), body).toEqual([]);
    }
  });
});
