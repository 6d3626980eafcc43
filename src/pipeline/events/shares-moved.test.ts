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
    ["Velmark's shares jumped 9% in early trading on Tuesday.", '2058-03-12'],
    ["Orsk's stock dropped 6 percent to 41 euros on Monday.", '2058-03-11'],
    ['Velmark recalled its heaters on Monday. Its shares fell 4 percent the following day.', '2058-03-12'],
    ['Orsk won the contract on Monday. Its stock jumped 7% the next day.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(moves(body)).toEqual([['other', 'Shares moved', day]]);
  });

  it("but not a market's or a region's shares, nor shares that moved by no amount told", () => {
    for (const body of ['Asian shares fell 2% on Monday.', "Velmark's shares have risen since the deal.", 'Its sales fell 8% on Monday.', "Velmark's stock fell sharply on Monday."]) {
      expect(moves(body), body).toEqual([]);
    }
  });

  // A move over a year, a month or a span is no happening of a trading day, nor one told with another act's day ("after the deal was announced on Monday").
  it.each([
    "Velmark's shares fell 30% last year.",
    "Velmark's shares rose 15% this year.",
    "Velmark's shares fell 12 percent in 2025 as demand cooled.",
    "Orsk's stock climbed 40 per cent in March.",
    "Velmark's shares jumped 15% after the deal was announced on Monday.",
  ])('nor a move with no day of its own: %s', (body) => {
    expect(moves(body)).toEqual([]);
  });

  it.each(['Their stock fell 20 percent on Monday after the storm, fishermen said.', 'Their stock dropped 30 percent on Friday as the river froze, the herders said.'])(
    "nor their stock, which is a herd's or a catch's as often as a company's: %s",
    (body) => {
      expect(moves(body)).toEqual([]);
    },
  );
});
