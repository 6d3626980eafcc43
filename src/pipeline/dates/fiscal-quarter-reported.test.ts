// A fiscal quarter runs in the company's own year: told once it has begun, it may already be over
// ("its fiscal second quarter, which ended May 27", told on June 14), and "the quarter" and "a year
// earlier" after it are that quarter and its twin. A calendar quarter is reported only once over.
// Thursday 14 June 2040 is the day of the news.
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from './index.ts';

const valueOf = (text: string, fragment: string) => findTemporalExpressions(text, '2040-06-14').find((t) => t.text === fragment)?.value;

describe('a fiscal quarter already begun', () => {
  const report = 'Brennig Mills said on Wednesday that profit in its fiscal second quarter, which ended May 27, rose 9 percent from a year earlier. Sales in the quarter were $800 million.';

  it('is the quarter the report is on', () => {
    expect(valueOf(report, 'a year earlier')).toBe('2039-Q2');
    expect(valueOf(report, 'the quarter')).toBe('2040-Q2');
  });

  it('but a calendar quarter not yet over is no report', () => {
    expect(valueOf('Brennig Mills expects profit in the second quarter to rise from a year earlier.', 'a year earlier')).not.toBe('2039-Q2');
  });
});
