import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each candidate as "kind day status". */
const told = (published: string, text: string): string[] => extractOne(published, `${text}\n`).candidates.map((c) => `${c.kind} ${c.date.value} ${c.status}`);

// Thursday 16 March 2062: Monday the 13th, Wednesday the 15th.
describe('an agreement told by its participle under a main clause that plans or supposes', () => {
  it('took place on its own day, not the next one of its weekday', () => {
    expect(told('2062-03-16', 'Fishing boats may enter the strait under a deal agreed in Geneva on Monday.')).toEqual(['other 2062-03-13 occurred']);
    expect(told('2062-03-16', 'Detainees could walk free within weeks under the accord reached at Lusk on Monday.')).toEqual(['other 2062-03-13 occurred']);
  });

  it('is no plan when the main clause is one', () => {
    expect(told('2062-03-16', 'Grain ships will sail from Odesa under a deal agreed yesterday.')).toEqual(['other 2062-03-15 occurred']);
    expect(told('2062-03-16', 'The first convoys are to cross next week under the agreement struck in Geneva on Monday.')).toContain('other 2062-03-13 occurred');
  });
});
