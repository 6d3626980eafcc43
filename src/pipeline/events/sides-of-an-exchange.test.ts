import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Day and sides of each exchange an article tells (the test gazetteer knows Russia and Ukraine; ). */
const exchanges = (published: string, body: string): [string, string[]][] =>
  extractOne(published, `${body}\n`)
    .candidates.filter((c) => c.kind === 'exchange')
    .map((c) => [c.date.value, [...c.participants].sort()]);

// Thursday 14 March 2058: Monday the 11th, Tuesday the 12th.
describe('the sides of the stages a count lists', () => {
  it('take a side its paragraph tells acting at every stage', () => {
    for (const told of ['Russia received as many of its own soldiers each time.', 'Russia freed the same number at each stage.']) {
      const stages = exchanges('2058-03-14', `Two groups of Ukrainian prisoners have now come home this week: the first on Monday; and a second this morning. ${told}`);
      expect(stages.map(([date, sides]) => [date, sides.includes('russia')]), told).toEqual([
        ['2058-03-11', true],
        ['2058-03-14', true],
      ]);
    }
  });

  it('take no one from a sentence of another paragraph, nor one that names no side before its verb', () => {
    const count = 'Two groups of Ukrainian prisoners have now come home this week: the first on Monday; and a second this morning.';
    for (const body of [`${count}\n\nRussia received as many of its own soldiers each time.`, `${count} Officials counted the buses each time, as Russia asked.`]) {
      expect(exchanges('2058-03-14', body).map(([, sides]) => sides.includes('russia'))).toEqual([false, false]);
    }
  });
});
