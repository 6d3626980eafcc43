import { describe, expect, it } from 'vitest';
import { datetimeAttribute, formatPublished, railDate } from './format.ts';
import type { EventDate } from '../pipeline/types.ts';

const date = (value: string, start: string, end: string, precision: EventDate['precision']): EventDate => ({ value, start, end, precision, text: value });

describe('datetimeAttribute', () => {
  it('gives HTML-valid forms for each precision', () => {
    expect(datetimeAttribute(date('2026-02-25', '2026-02-25', '2026-02-25', 'day'))).toBe('2026-02-25');
    expect(datetimeAttribute(date('2026-03~', '2026-03-01', '2026-03-10', 'month'))).toBe('2026-03');
    expect(datetimeAttribute(date('1994', '1994-01-01', '1994-12-31', 'year'))).toBe('1994');
    expect(datetimeAttribute(date('2025-W47', '2025-11-17', '2025-11-23', 'week'))).toBe('2025-W47');
    expect(datetimeAttribute(date('2026-02-17/2026-02-18', '2026-02-17', '2026-02-18', 'span'))).toBe('2026-02-17');
  });
});

describe('formatPublished', () => {
  it('keeps the written calendar day whatever the offset', () => {
    expect(formatPublished('2026-02-25T23:30:00-05:00')).toBe('25 February 2026');
    expect(formatPublished('2025-02-12')).toBe('12 February 2025');
  });
});

describe('railDate', () => {
  it('says as much as the precision knows, leaving the year to the heading above', () => {
    expect(railDate(date('2026-02-25', '2026-02-25', '2026-02-25', 'day'))).toBe('25 Feb');
    expect(railDate(date('2026-02-17/2026-02-18', '2026-02-17', '2026-02-18', 'span'))).toBe('17–18 Feb');
    expect(railDate(date('2026-02-28/2026-03-02', '2026-02-28', '2026-03-02', 'span'))).toBe('28 Feb – 2 Mar');
    expect(railDate(date('2025-W47', '2025-11-17', '2025-11-23', 'week'))).toBe('week of 17 Nov');
    expect(railDate({ ...date('2026-03~', '2026-03-01', '2026-03-10', 'month'), qualifier: 'early' })).toBe('early Mar');
    expect(railDate(date('2026-03', '2026-03-01', '2026-03-31', 'month'))).toBe('Mar');
    expect(railDate(date('1994', '1994-01-01', '1994-12-31', 'year'))).toBe('1994');
  });
});
