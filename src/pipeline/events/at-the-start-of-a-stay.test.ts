import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each candidate as "kind day: participants @ place". */
const told = (published: string, text: string): string[] =>
  extractOne(published, `${text}\n`).candidates.map((c) => `${c.kind} ${c.date.value}: ${c.participants.join(' ')} @ ${c.place ?? ''}`);

// Thursday 16 March 2062: Monday the 13th, Tuesday the 14th.
describe('an act told before the start of a stay in its clause', () => {
  it('took place on the stay’s first day, with its own people', () => {
    expect(told('2062-03-16', 'President Putin welcomed the President of Ukraine, Volodymyr Zelenskyy, to Geneva on Monday at the start of a three-day state visit.')).toContain('meeting 2062-03-13: vladimir-putin volodymyr-zelenskyy @ geneva');
    expect(told('2062-03-16', 'Trump received Zelenskyy at the White House on Monday at the start of a two-day visit.')).toContain('meeting 2062-03-13: donald-trump volodymyr-zelenskyy @ ');
  });

  it('is not dated by the day the article is published', () => {
    expect(told('2062-03-16', 'Putin met Trump in Geneva on Tuesday at the start of a two-day visit.')).toContain('meeting 2062-03-14: vladimir-putin donald-trump @ geneva');
  });
});
