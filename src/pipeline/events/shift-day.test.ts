import { describe, expect, it } from 'vitest';
import { countedDays, shiftDay } from './shift-day.ts';

describe('counting days', () => {
  it('reads a count of days or weeks as written, "a" and "an" as one', () => {
    expect([countedDays('a', 'day'), countedDays('An', 'week'), countedDays('two', 'weeks'), countedDays('10', 'days')]).toEqual([1, 7, 14, 10]);
    expect(countedDays('several', 'days')).toBeUndefined();
  });

  it('shifts a day across a month and a year', () => {
    expect([shiftDay('2047-03-01', -1), shiftDay('2046-12-31', 1)]).toEqual(['2047-02-28', '2047-01-01']);
  });
});
