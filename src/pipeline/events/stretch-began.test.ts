import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each candidate as "kind day"; undated reports as "kind undated". */
const told = (published: string, text: string): string[] => {
  const { candidates, undated } = extractOne(published, `${text}\n`);
  return [...candidates.map((c) => `${c.kind} ${c.date.value}`), ...undated.map((u) => `${u.kind} undated`)];
};

// Saturday 18 March 2062: Sunday the 12th, Wednesday the 15th.
describe('a stretch of days told with the day it began', () => {
  it('is dated by that day, and leaves the next happening of its list its own day', () => {
    const events = told('2062-03-18', 'The truce followed a week of fighting in the border district that began last Sunday, air strikes on the port of Lusk on Wednesday, and a withdrawal of the militias from Orsk that night.');
    expect(events).toContain('other 2062-03-12');
    expect(events).toContain('strike 2062-03-15');
    expect(events).not.toContain('strike 2062-03-12');
  });

  it('stays dayless when no clause tells its beginning, or tells it by no day', () => {
    expect(told('2062-03-18', 'The truce ended a week of fighting in the border district.')).not.toContain('other 2062-03-12');
    expect(told('2062-03-18', 'The accord ended two years of negotiations that began in 2060.').filter((e) => e.endsWith('2060'))).toEqual([]);
  });
});
