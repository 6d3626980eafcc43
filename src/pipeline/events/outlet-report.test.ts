// A news outlet's report of a happening, told by the report ("The talks were first reported on Friday by The Wall Street Journal"): the outlet's act of
// its day, which is not the happening's. own-corpus-24 c1's games site; the sentences here are written for the test.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058.
describe("an outlet's report of a happening is the report's act of its day", () => {
  it.each([
    ['The merger talks were first reported on Monday by the Kessel Post.', '2058-03-11'],
    ['The negotiations had been reported by Harbour Radio yesterday, and the minister confirmed them.', '2058-03-12'],
    ['The Lusk Herald first reported the talks on Monday.', '2058-03-11'],
  ])('%s', (body, day) => {
    const events = found(body);
    expect(events.filter(([, noun]) => noun === 'Report')).toEqual([['other', 'Report', day]]);
    expect(events.filter(([kind]) => kind === 'talks'), 'the talks take no day from their report').toEqual([]);
  });

  it('but not cases first reported in a place, nor what someone first reported that he saw', () => {
    for (const body of [
      'Cases were first reported in Kessel on Monday.',
      'Ana Ruiz first reported that she saw smoke on Monday.',
      'Three deaths were reported on Monday in Lusk.',
    ]) {
      expect(found(body).filter(([, noun]) => noun === 'Report'), body).toEqual([]);
    }
  });

  it('nor what someone first reported to the police or a doctor, nor what a ministry or a person reported: only a news outlet reports', () => {
    for (const body of [
      'She first reported the abuse to police on Monday.',
      'He first reported the symptoms to his doctor on Friday.',
      'Neighbours first reported the leak to the council on Sunday.',
      'Two deaths were reported by the Health Ministry on Monday.',
      'The theft was reported to police on Tuesday by Anna Berg, the shop owner.',
    ]) {
      expect(found(body).filter(([, noun]) => noun === 'Report'), body).toEqual([]);
    }
  });

  it('a happening with a day of its own, told after the report, keeps it', () => {
    for (const [body, kind, day] of [
      ['The Herald first reported the meeting, which took place on Monday.', 'meeting', '2058-03-11'],
      ['The Kessel Post first reported the talks, which were held in Lusk on Tuesday.', 'talks', '2058-03-12'],
    ] as const) {
      expect(found(body).filter(([k]) => k === kind).map(([k, , d]) => [k, d]), body).toEqual([[kind, day]]);
    }
  });
});
