// A market's record close ("closed at a record high yesterday"): the happening of its trading day. own-corpus-19 b2's newsletter; the
// sentences here are written for the test.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058.
const others = (body: string): [string, string | null, string][] => found(body).filter(([kind]) => kind === 'other');

describe("a market's record close is a happening of its day", () => {
  it.each([
    ['The Estmark 40 closed at a record high on Tuesday as investors bet on lower rates.', 'Record close', '2058-03-12'],
    ['Shares in Lusk ended the day at an all-time high on Monday.', 'Record close', '2058-03-11'],
    ['The Orsk dollar finished at a new record low on Monday.', 'Record close', '2058-03-11'],
  ])('%s', (body, noun, day) => {
    expect(others(body)).toEqual([['other', noun, day]]);
  });

  it('but not a record only hoped for', () => {
    expect(others('Analysts expect the index to close at a record high on Friday.')).toEqual([]);
  });

  it("but not a show, a games or a festival that ended on a record: only a market's close", () => {
    for (const body of ['The exhibition closed on a record 2 million visitors on Sunday.', 'The Kessel Games ended on a record medal haul for Orsk on Sunday.', 'The festival ended on a record high on Sunday, organisers said.']) {
      // The acts of named doers may read "The Kessel Games ended … on Sunday" as the Games' end: no record close.
      expect(others(body).map(([, noun]) => noun), body).not.toContain('Record close');
    }
  });
});
