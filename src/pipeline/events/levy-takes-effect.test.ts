import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** The kind, day and status of each happening one text tells. */
const told = (published: string, text: string): [string, string, string][] =>
  extractOne(published, `${text}\n`).candidates.map((c) => [c.kind, c.date.value, c.status]);

// Tuesday 14 March 2062.
describe('a levy on goods taking effect', () => {
  it('is a happening of the day it takes effect, told ahead or done', () => {
    expect(told('2062-03-14', 'The new tariff on Estmark steel is due to take effect on Friday, 17 March.')).toEqual([['other', '2062-03-17', 'planned']]);
    expect(told('2062-03-14', "Velmark's tariffs on Sollen cars came into force on March 3.")).toEqual([['other', '2062-03-03', 'occurred']]);
    expect(told('2062-03-14', 'Import duties on Lusk grain took effect on Monday.')).toEqual([['other', '2062-03-13', 'occurred']]);
  });

  it('takes the day beside its verb, not one of an earlier clause', () => {
    expect(told('2062-03-14', "Dorn won the March 12 election, weeks after Velmark's tariffs on Sollen cars came into force on March 3.").map(([, day]) => day)).toContain('2062-03-03');
  });

  it('is no happening when denied or only possible', () => {
    expect(told('2062-03-14', 'The minister said the tariffs would not take effect on Friday.')).toEqual([]);
    expect(told('2062-03-14', 'Officials said the levy could take effect next month.')).toEqual([]);
  });
});
