import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each candidate as "kind day"; undated reports as "kind undated". */
const told = (published: string, text: string): string[] => {
  const { candidates, undated } = extractOne(published, `${text}\n`);
  return [...candidates.map((c) => `${c.kind} ${c.date.value}`), ...undated.map((u) => `${u.kind} undated`)];
};

// Thursday 12 May 2061: Monday the 9th, Tuesday the 10th.
describe('a letter its writer made public', () => {
  it('is a statement of its day', () => {
    expect(told('2061-05-12', "On Monday the prime minister published a letter to the farmers' unions.")).toEqual(['statement 2061-05-09']);
    expect(told('2061-05-12', 'The foreign minister released a letter on the border dispute on Tuesday.')).toEqual(['statement 2061-05-10']);
    expect(told('2061-05-12', 'Zelenskyy issued a new letter to the Commission on Monday.')).toEqual(['statement 2061-05-09']);
  });

  it('is none when the letter is of or from others', () => {
    // No statement of the ministry's: what it did on Tuesday is its own act (a doer told by what it is, acts-of-named-doers.ts).
    expect(told('2061-05-12', "On Tuesday the ministry released a letter from the hostages' families.")).toEqual(['other 2061-05-10']);
    expect(told('2061-05-12', 'Zelenskyy published his letter of resignation on Monday.')).toEqual([]);
    expect(told('2061-05-12', 'The foreign minister published a letter to the editor on Monday.')).toEqual([]);
  });
});
