import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each candidate as "noun-or-kind day status"; undated reports as "kind undated status". */
const told = (published: string, text: string): string[] => {
  const { candidates, undated } = extractOne(published, `${text}\n`);
  return [...candidates.map((c) => `${c.noun ?? c.kind} ${c.date.value} ${c.status}`), ...undated.map((u) => `${u.kind} undated ${u.status}`)];
};

// Sunday 12 March 2062: Saturday the 11th; Monday 13 March 2062: Saturday ahead the 18th.
describe('a trigger right after "and" when a determiner’s noun stands before the "and"', () => {
  it('is the first verb’s second predicate, on its day, not a noun phrase pointing back', () => {
    expect(told('2062-03-12', 'On Saturday the Cardinal visits the old cathedral and celebrates Mass in the stadium.')).toEqual(['Visit 2062-03-11 occurred', 'Mass 2062-03-11 occurred']);
    expect(told('2062-03-13', 'On Saturday the Cardinal will visit the old cathedral and celebrate Mass in the stadium.')).toEqual(['Visit 2062-03-18 planned', 'Mass 2062-03-18 planned']);
  });

  it('leaves one act told by two verbs one event', () => {
    expect(told('2062-03-13', 'The two ministers met in Lusk on Monday and held talks on river traffic.')).toEqual(['talks 2062-03-13 occurred']);
    expect(told('2062-03-13', 'The two ministers met in Lusk on Monday and discussed the border and the river.')).toEqual(['meeting 2062-03-13 occurred']);
  });
});
