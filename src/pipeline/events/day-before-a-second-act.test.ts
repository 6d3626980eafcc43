import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each candidate as "noun-or-kind day status"; undated reports as "kind undated status". */
const told = (published: string, text: string): string[] => {
  const { candidates, undated } = extractOne(published, `${text}\n`);
  return [...candidates.map((c) => `${c.noun ?? c.kind} ${c.date.value} ${c.status}`), ...undated.map((u) => `${u.kind} undated ${u.status}`)];
};

// Sunday 12 March 2062: Monday last the 6th, Monday ahead the 13th, Tuesday ahead the 14th.
describe('a day before "and" and a second act told by its own trigger', () => {
  it('is the first act’s day, the journey after it taking that day too', () => {
    expect(told('2062-03-12', 'Zelensky met Trump in Geneva on Monday and then flew to Kyiv.')).toEqual(['meeting 2062-03-06 occurred', 'Trip 2062-03-06 occurred']);
    expect(told('2062-03-12', 'Zelensky meets Trump in Geneva on Monday and flies on to Kyiv.')).toEqual(['meeting 2062-03-13 planned', 'Trip 2062-03-13 planned']);
  });

  it('leaves the second act a day of its own when it names one', () => {
    expect(told('2062-03-12', 'Zelensky meets Trump in Geneva on Monday and flies on to Kyiv on Tuesday.')).toEqual(['meeting 2062-03-13 planned', 'Trip 2062-03-14 planned']);
  });
});
