import { describe, expect, it } from 'vitest';
import { describeDate } from './describe-date.ts';

describe('describeDate', () => {
  it('keeps the precision the text had', () => {
    expect(describeDate({ value: '2026-02-25', start: '2026-02-25', end: '2026-02-25', precision: 'day' })).toBe('25 February 2026');
    expect(describeDate({ value: '2026-02-17/2026-02-18', start: '2026-02-17', end: '2026-02-18', precision: 'span' })).toBe('17–18 February 2026');
    expect(describeDate({ value: '2026-03', start: '2026-03-01', end: '2026-03-10', precision: 'month', qualifier: 'early' })).toBe('early March 2026');
    expect(describeDate({ value: '2025-W47', start: '2025-11-17', end: '2025-11-23', precision: 'week' })).toBe('week of 17 November 2025');
    expect(describeDate({ value: '1994', start: '1994-01-01', end: '1994-12-31', precision: 'year' })).toBe('1994');
  });

  it('writes spans across months and years in full', () => {
    expect(describeDate({ value: '2026-02-28/2026-03-01', start: '2026-02-28', end: '2026-03-01', precision: 'span' })).toBe('28 February – 1 March 2026');
    expect(describeDate({ value: '2025-12-31/2026-01-01', start: '2025-12-31', end: '2026-01-01', precision: 'span' })).toBe('31 December 2025 – 1 January 2026');
  });

  it('does not depend on the machine time zone', () => {
    const before = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      expect(describeDate({ value: '2026-02-25', start: '2026-02-25', end: '2026-02-25', precision: 'day' })).toBe('25 February 2026');
    } finally {
      process.env.TZ = before;
    }
  });
});
