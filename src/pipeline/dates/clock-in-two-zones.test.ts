// A moment told in two zones, the second after a comma ("7pm local time on Saturday, 6am in
// London"): chrono reads the weekday with the clock after it, leaving the first clock on the
// publication day. The weekday is the first clock's; the second clock keeps the day it was read
// on (the same moment, not a morning after the evening). Friday 6 February 2026 is the day of the news.
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from './index.ts';

const REF = '2026-02-06';
const found = (text: string) => findTemporalExpressions(text, REF).map((t) => [t.text, t.value]);

describe('a clock told in two zones', () => {
  it('gives the weekday to the first clock', () => {
    expect(found('The final kicks off at 7pm local time on Saturday, 6am in Ostrand.')).toEqual([
      ['7pm local time on Saturday', '2026-02-07T19:00'],
      ['6am', '2026-02-07T06:00'],
    ]);
    expect(found('Polls close at 8.30pm on Sunday, 1.30am in Lagos.')[0]).toEqual(['8.30pm on Sunday', '2026-02-08T20:30']);
  });

  it('and the second clock may still name its own day', () => {
    expect(found('The vote closes at 9pm local time on Sunday, 2am on Monday in London.').slice(0, 2)).toEqual([
      ['9pm local time on Sunday', '2026-02-08T21:00'],
      ['2am', '2026-02-09T02:00'],
    ]);
  });

  it('but a count after the comma is no clock', () => {
    expect(found('The ferry leaves at 7pm local time on Saturday, 30 minutes later than usual.')[0]).toEqual(['7pm local time on Saturday', '2026-02-07T19:00']);
  });
});
