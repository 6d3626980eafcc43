import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each candidate as "kind day"; undated reports as "kind undated". */
const told = (published: string, text: string): string[] => {
  const { candidates, undated } = extractOne(published, `${text}\n`);
  return [...candidates.map((c) => `${c.kind} ${c.date.value}`), ...undated.map((u) => `${u.kind} undated`)];
};

// Thursday 12 May 2061: Monday the 9th, Wednesday the 18th ahead.
describe('an anniversary something is done or planned for', () => {
  it('is the purpose of the act told, no happening of its own', () => {
    expect(told('2061-05-12', 'The foreign ministers met in Velm on Monday for the tenth anniversary of the accord.')).toEqual(['meeting 2061-05-09']);
    expect(told('2061-05-12', 'A concert planned by the embassy in Lusk for the anniversary has been called off.')).toEqual([]);
    expect(told('2061-05-12', "The guild printed a new map of the harbour for this year's anniversary.")).toEqual([]);
  });

  it('is still the day marked when it is marked or named as a day', () => {
    expect(told('2061-05-12', 'On Monday the two leaders marked the anniversary in Mero.')).toEqual(['other 2061-05-09']);
    expect(told('2061-05-12', 'Wednesday is the fifth anniversary of the Tarva accord.')).toEqual(['other 2061-05-18']);
  });
});
