import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each candidate as "kind day"; undated reports as "kind undated". */
const told = (published: string, text: string): string[] => {
  const { candidates, undated } = extractOne(published, `${text}\n`);
  return [...candidates.map((c) => `${c.kind} ${c.date.value}`), ...undated.map((u) => `${u.kind} undated`)];
};
const gatherings = (published: string, text: string): string[] => told(published, text).filter((k) => /^(?:talks|meeting|summit) /.test(k));

// Thursday 12 May 2061: Monday the 9th.
describe('a gathering named only as the purpose of an act', () => {
  it('is what the act was done for, no happening of its own', () => {
    expect(gatherings('2061-05-12', 'Velsland cut the levy on Orsk steel on Monday to allow 60 days of talks.')).toEqual([]);
    expect(gatherings('2061-05-12', 'The council froze the new harbour fees on Monday so as not to upset the final round of talks.')).toEqual([]);
    expect(gatherings('2061-05-12', 'The Tarva assembly put off its vote in order not to jeopardise the summit in Mero.')).toEqual([]);
    expect(gatherings('2061-05-12', 'The ministry postponed the auction on Monday to make room for negotiations with the Brell consortium.')).toEqual([]);
  });

  it('is still held when it is told before its purpose', () => {
    expect(gatherings('2061-05-12', 'The two sides held talks in Brell on Monday to allow the harbour to reopen.')).toEqual(['talks 2061-05-09']);
  });
});
