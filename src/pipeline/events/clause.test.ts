import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';
import { isArrivalFor, isCaption, isPresentPlan, isReportDate, isTravelPurpose, modality } from './clause.ts';

function candidates(published: string, body: string) {
  return extractOne(published, body).candidates.map((c) => ({ kind: c.kind, status: c.status, date: c.date.value }));
}

describe('the mood of a clause', () => {
  it('is set by the marker nearest before the trigger, else the first after it', () => {
    expect(modality('the two envoys will hold ', '')).toBe('plan');
    expect(modality('the two envoys held ', '')).toBe('past');
    expect(modality('Poland marked ten years as ', '')).toBe('past');
    expect(modality('negotiators who were expected to open ', '')).toBe('plan');
    expect(modality('', ' were expected next month')).toBe('plan');
    expect(modality('', ' was held behind closed doors')).toBe('past');
    expect(modality('the ', ' in Oslo')).toBe('unmarked');
  });

  it('leaves a plan word to its own clause when the trigger opens the next one and its verb tells it done', () => {
    // Before, "agreed to" planned the talks the second clause says ended.
    expect(modality('the herders agreed to a truce and the ', ' ended on Tuesday')).toBe('past');
    expect(modality('the two mayors will sign the pact, but the ', ' were held in secret')).toBe('past');
    // The trigger still an object of the plan, or a participle with no auxiliary: the plan keeps it.
    expect(modality('the herders agreed to a truce and a ', ' on Friday')).toBe('plan');
    expect(modality('the herders agreed to a truce and the ', ' held in Varno next week')).toBe('plan');
    expect(modality('the herders agreed to hold ', ' that ended')).toBe('plan');
  });

  it('reads the happening of a clause after an "agreed to" as done when its verb says so', () => {
    // Wednesday 18 June 2025: before, 'talks 2025-06-17 planned'.
    expect(candidates('2025-06-18', 'The herders agreed to a truce and the talks ended on Tuesday.\n')).toContainEqual({ kind: 'talks', status: 'occurred', date: '2025-06-17' });
    expect(candidates('2025-06-18', 'The two clans agreed to meet again and the talks were held on Tuesday.\n')).toContainEqual({ kind: 'talks', status: 'occurred', date: '2025-06-17' });
  });

  it('tells a plan stated now from one reported from before', () => {
    expect(isPresentPlan('Kyiv expects ')).toBe(true);
    expect(isPresentPlan('the envoys are due to hold ')).toBe(true);
    expect(isPresentPlan('the ministry said the envoys would hold ')).toBe(false);
    expect(isPresentPlan('a round that was scheduled for ')).toBe(false);
  });

  it('knows a photo caption by who stands where', () => {
    expect(isCaption('Ann Smith, left, and Bo Jones shake hands in Oslo in 2019.')).toBe(true);
    expect(isCaption('Smith left Oslo on Monday.')).toBe(false);
  });

  it('reads the goal of a trip as ahead of the trip', () => {
    expect(isTravelPurpose('The minister flew to Oslo on Monday to ')).toBe(true);
    expect(isTravelPurpose('A delegation is on its way to Oslo for ')).toBe(true);
    expect(isTravelPurpose('The delegation held ')).toBe(false);
  });

  it('tells the day of the news from the day of the event', () => {
    const said = 'The ministry said on Monday that talks would open in Oslo on Thursday.';
    const monday = said.indexOf('Monday');
    expect(isReportDate(said, { start: monday, end: monday + 6 }, said.indexOf('talks'))).toBe(true);
    const opening = 'On Monday, officials announced that talks would resume.';
    expect(isReportDate(opening, { start: 3, end: 9 }, opening.indexOf('talks'))).toBe(true);
    const call = 'Putin announced a call with Trump on Monday.';
    expect(isReportDate(call, { start: call.indexOf('Monday'), end: call.indexOf('Monday') + 6 }, call.indexOf('call'))).toBe(false);
  });
});

describe('dates that are not the event’s', () => {
  it('does not date a plan by the day it was announced', () => {
    // 2026-03-02 is a Monday.
    expect(candidates('2026-03-02', 'The foreign ministry said on Monday that the two sides will hold talks next week.\n')).toEqual([{ kind: 'talks', status: 'planned', date: '2026-W11' }]);
    expect(candidates('2026-03-02', 'On Monday, the palace announced that Putin would meet Trump.\n')).toEqual([]);
  });

  it('dates the trip, not the meeting it is for', () => {
    expect(candidates('2026-03-02', 'Umerov leaves for Oslo on Monday to meet Witkoff.\n')).toEqual([{ kind: 'other', status: 'planned', date: '2026-03-02' }]);
    expect(candidates('2026-03-02', 'Umerov was already travelling to Oslo for talks at the weekend.\n')).toEqual([{ kind: 'talks', status: 'planned', date: '2026-03-07/2026-03-08' }]);
  });

  it('gives no day to a relative date inside a quotation, said at a time the article does not give', () => {
    expect(candidates('2026-03-02', 'Umerov said: "We will meet Witkoff tomorrow."\n')).toEqual([]);
    expect(candidates('2026-03-02', 'Umerov said he would meet Witkoff tomorrow.\n')).toEqual([{ kind: 'meeting', status: 'planned', date: '2026-03-03' }]);
  });

  it('makes no event of a count of them, nor of a file photo', () => {
    expect(candidates('2026-03-02', 'Since 2022, Norway has hosted 20 separate negotiations.\n')).toEqual([]);
    expect(candidates('2026-03-02', 'Umerov, left, and Witkoff shake hands as their talks open in Oslo on May 3, 2019.\n')).toEqual([]);
    // The date is the war's, not the talks'.
    expect(candidates('2026-03-02', 'Talks have been frozen since the war in Iran began in late February.\n')).toEqual([{ kind: 'other', status: 'occurred', date: '2026-02' }]);
  });

  it('spans a day range and two joined days over both', () => {
    // 2026-03-02 is a Monday.
    expect(candidates('2026-03-02', 'The envoys met in Oslo on February 10-11.\n')).toEqual([{ kind: 'meeting', status: 'occurred', date: '2026-02-10/2026-02-11' }]);
    expect(candidates('2026-03-02', 'Talks were held on February 3 and 4 in Oslo.\n')).toEqual([{ kind: 'talks', status: 'occurred', date: '2026-02-03/2026-02-04' }]);
    expect(candidates('2026-03-02', 'The delegations will meet on Thursday and Friday in Oslo.\n')).toEqual([{ kind: 'meeting', status: 'planned', date: '2026-03-05/2026-03-06' }]);
    expect(candidates('2026-03-02', 'Talks were held on February 3 and 40 prisoners were freed.\n')[0]?.date).toBe('2026-02-03');
  });

  it('spans a day range that ends its clause, or whose first day stands before the month', () => {
    expect(candidates('2026-02-13', 'The delegations will hold talks in Oslo on February 17 and 18, officials said.\n')[0]?.date).toBe('2026-02-17/2026-02-18');
    expect(candidates('2026-03-20', 'The envoys will meet in Oslo on March 24 and 25.\n')[0]?.date).toBe('2026-03-24/2026-03-25');
    expect(candidates('2026-03-01', 'The delegations will hold talks in Oslo on 5 and 6 March.\n')[0]?.date).toBe('2026-03-05/2026-03-06');
    expect(candidates('2026-03-02', 'Talks were held on February 3 and 18,000 people marched.\n')[0]?.date).toBe('2026-02-03');
  });

  it('keeps one event for one article’s two reports of it on one date', () => {
    expect(candidates('2026-03-06', 'Kyiv expects talks this weekend. A delegation is already on its way to Oslo for talks at the weekend.\n')).toEqual([{ kind: 'talks', status: 'planned', date: '2026-03-07/2026-03-08' }]);
  });

  it('turns a weekday read against its clause: a plan ahead, a past event behind', () => {
    // 2026-03-06 is a Friday.
    expect(candidates('2026-03-06', 'Kyiv expects new talks this weekend.\n')).toEqual([{ kind: 'talks', status: 'planned', date: '2026-03-07/2026-03-08' }]);
    expect(candidates('2026-03-03', 'Nobody has plans to travel, following the leaders’ phone call on Thursday.\n')).toEqual([{ kind: 'call', status: 'occurred', date: '2026-02-26' }]);
  });
});

describe('an arrival for a gathering', () => {
  it('is one for a gathering named with its capital, or for none named', () => {
    expect(isArrivalFor('Zelenskyy arrived in Kyiv on Monday for the NATO ')).toBe(true);
    expect(isArrivalFor('He landed in Muscat on Saturday for ')).toBe(true);
  });

  it('but lower-case words after "for the" are no name, even as the pattern ignores case', () => {
    expect(isArrivalFor('Zelenskyy arrived in Kyiv on Monday for the first time and ')).toBe(false);
    expect(isArrivalFor('He left Kyiv on Monday for the front and ')).toBe(false);
    expect(isArrivalFor('She arrived in Paris on Monday for the weekend and ')).toBe(false);
  });
});
