// Happenings told by a verb the triggers did not know (own-corpus-8's misses, sentences written
// here in other words): curbs on trade and their reprisals, a ruling a ministry makes public, a
// blast named by its day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe('a curb on trade, a market closed to foreign firms and its reprisal are acts of their day', () => {
  it.each([
    ['Beijing imposed export controls on gallium and germanium on 3 March.', 'Trade restriction', '2058-03-03'],
    ['On Monday the ministry introduced import quotas for steel.', 'Trade restriction', '2058-03-11'],
    ['Brussels shut its procurement market to Japanese suppliers on 2 March.', 'Trade restriction', '2058-03-02'],
    ['The Commission closed public tenders for rail equipment to foreign bidders on Friday.', 'Trade restriction', '2058-03-08'],
    ['Ottawa responded in kind on 10 March.', 'Retaliation', '2058-03-10'],
    ['On Tuesday Tokyo retaliated in kind with duties on whisky.', 'Retaliation', '2058-03-12'],
  ])('%s', (body, noun, day) => {
    expect(found(body).filter(([kind]) => kind === 'other')).toEqual([['other', noun, day]]);
  });

  it('but not a tender that closed on a day, nor a curb only threatened', () => {
    expect(found('The tender for the bridge closed on Friday.')).toEqual([]);
    expect(found('Beijing threatened export controls on gallium on 3 July.')).toEqual([]);
  });
});

describe('a ruling a ministry makes public is its statement of that day', () => {
  it.each([
    ['The trade ministry announced its preliminary anti-subsidy ruling on canola on 12 March.', '2058-03-12'],
    ['On Monday the Finance Ministry published its final determination on steel wire.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['statement', null, day]]);
  });
});

describe('a blast or a quake named by its day', () => {
  it.each([
    ['The explosion of 2 March killed eleven dockers.', '2058-03-02'],
    ['Since the earthquake on 1 March the road to the valley has been shut.', '2058-03-01'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([kind]) => kind === 'other')).toEqual([['other', 'Disaster', day]]);
  });
});
