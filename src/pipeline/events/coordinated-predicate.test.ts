import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each candidate as "kind day status"; undated reports as "kind undated status". */
const told = (published: string, text: string): string[] => {
  const { candidates, undated } = extractOne(published, `${text}\n`);
  return [...candidates.map((c) => `${c.kind} ${c.date.value} ${c.status}`), ...undated.map((u) => `${u.kind} undated ${u.status}`)];
};

// Thursday 16 March 2062: Monday the 13th, Tuesday the 14th, Friday ahead the 17th.
describe('a second predicate joined by "and" with no day of its own', () => {
  it('takes the first event’s day, with the subject left out or told again by a pronoun', () => {
    expect(told('2062-03-16', 'The two ministers met in Lusk on Monday and signed an accord on river traffic.')).toEqual(['meeting 2062-03-13 occurred', 'other 2062-03-13 occurred']);
    expect(told('2062-03-16', 'Mayor Ana Rell received the Korvian envoy in Halden on Tuesday, and they signed a twinning charter.')).toEqual(['meeting 2062-03-14 occurred', 'other 2062-03-14 occurred']);
  });

  it('takes a plan’s day when both are planned', () => {
    expect(told('2062-03-16', 'The leaders will meet in Lusk on Friday and sign an accord on river traffic.')).toEqual(['meeting 2062-03-17 planned', 'other 2062-03-17 planned']);
  });

  it('leaves a second predicate in another mood, or a clause with a subject of its own, to its own reading', () => {
    expect(told('2062-03-16', 'The envoys held talks on Tuesday and are expected to sign an accord.')).toEqual(['talks 2062-03-14 occurred', 'other undated planned']);
    expect(told('2062-03-16', 'The premier visited Oslo on Tuesday and the accord was signed later.')).toContain('other undated occurred');
  });
});
