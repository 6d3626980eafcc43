// A date written with its weekday ("Saturday 4 July") is of the year in which that day falls on
// that weekday, the one nearest the publication day (yearChoice.ts yearOfWeekday). A range or a
// scene told in the past that would move it to another year ("has been moved from … to …", a
// past range whose end is still to come) does not: the weekday would no longer fit. Convention
// settled in the seventy-first session (newswire45 README). Thursday 12 June 2031 is the day of
// the news; 20 May 2031 is a Tuesday, 20 May 2030 a Monday.
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from './index.ts';

const REF = '2031-06-12';
const valueOf = (text: string, fragment: string, ref = REF) => findTemporalExpressions(text, ref).find((t) => t.text === fragment)?.value;

describe('a date checked by its weekday', () => {
  it('keeps the year its weekday fits when a past range would move it back', () => {
    expect(valueOf('The regatta has been moved from Saturday 5 July to Saturday 12 July.', 'Saturday 5 July')).toBe('2031-07-05');
    expect(valueOf('The regatta has been moved from Saturday 5 July to Saturday 12 July.', 'Saturday 12 July')).toBe('2031-07-12');
    expect(valueOf('The vote was put back from Thursday, July 3 to Thursday, July 10.', 'Thursday, July 10')).toBe('2031-07-10');
    expect(valueOf('Organisers postponed the final from Sunday 29 June to Sunday 6 July.', 'Sunday 29 June')).toBe('2031-06-29');
  });

  it('takes the year its weekday fits nearest the publication day when its own does not', () => {
    // In June 2026 "Tuesday 20 May" is last year's: 20 May 2026 is a Wednesday.
    expect(valueOf('The hearing was moved from Tuesday 20 May to Tuesday 27 May.', 'Tuesday 20 May', '2026-06-18')).toBe('2025-05-20');
    expect(valueOf('The hearing was moved from Tuesday 20 May to Tuesday 27 May.', 'Tuesday 27 May', '2026-06-18')).toBe('2025-05-27');
  });

  it('still moves with a scene whose year it fits', () => {
    expect(valueOf('The mill shut in 2019. On Wednesday, June 5 the last workers left.', 'Wednesday, June 5')).toBe('2019-06-05');
  });

  it('and a range with no weekday moves back as before', () => {
    expect(valueOf('Exports rose 12 percent from 4 July to 11 July.', '11 July')).toBe('2030-07-11');
  });
});
