import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

const lines = (published: string, text: string): string[] => extractOne(published, `${text}\n`).candidates.map((c) => `${c.kind} ${c.date.value} ${c.status}`);

describe('a month a plan names, told in the past, is the first of its name from the telling on', () => {
  it('reads the month after a telling in a month, not after the news day', () => {
    // Written in November 2025: the May after March 2025 and the March after December 2024, though the news day's nearest are a year on.
    expect(lines('2025-11-15', 'Trump said in March that he would meet Putin in May.')).toEqual(['meeting 2025-05 planned']);
    expect(lines('2025-11-15', 'Trump said last December that he would meet Putin in March.')).toEqual(['meeting 2025-03 planned']);
  });

  it('reads it after a telling on a day as well', () => {
    expect(lines('2025-11-15', 'Trump said on 24 December that he would meet Putin in October.')).toContain('meeting 2025-10 planned');
  });

  it('keeps a month of the telling\'s own name or later in the telling\'s year, and a year written', () => {
    expect(lines('2025-06-18', 'Trump said in May that he would meet Putin in March.')).toEqual(['meeting 2026-03 planned']);
    expect(lines('2025-11-15', 'Trump said in March that he would meet Putin in May 2026.')).toEqual(['meeting 2026-05 planned']);
    // A year told in words is the news day's: said in March 2025, "April next year" and "next April" are of 2026.
    expect(lines('2025-05-12', 'Trump said in March that he would meet Putin in April next year.')).toEqual(['meeting 2026-04 planned']);
    expect(lines('2025-05-12', 'Trump said in March that he would meet Putin next April.')).toEqual(['meeting 2026-04 planned']);
    expect(lines('2025-06-18', 'Trump said in March that he would meet Putin on Monday.')).toEqual(['meeting 2025-06-23 planned']);
  });
});
