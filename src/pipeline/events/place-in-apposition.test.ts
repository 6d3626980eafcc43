import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each candidate as "kind day". */
const told = (published: string, text: string): string[] => extractOne(published, `${text}\n`).candidates.map((c) => `${c.kind} ${c.date.value}`);

// Wednesday 3 December 2025: Monday the 1st, Thursday 27 November.
describe('a town’s description set off by commas before the day', () => {
  it('ends no clause: the day is the first verb’s as well as the one joined after it', () => {
    expect(told('2025-12-03', 'Zelenskyy landed in Geneva, the Swiss city, last Thursday and met Putin.')).toEqual(['other 2025-11-27', 'meeting 2025-11-27']);
    expect(told('2025-12-03', "Trump flew to Lusk, Dorvia's second city, on Monday and met Putin there.")).toEqual(['other 2025-12-01', 'meeting 2025-12-01']);
  });

  it('does not leave the first verb the day of publication', () => {
    expect(told('2025-12-03', 'Zelenskyy met Putin in Geneva, the lakeside city, on Thursday and signed the accord.')).toContain('meeting 2025-11-27');
  });
});
