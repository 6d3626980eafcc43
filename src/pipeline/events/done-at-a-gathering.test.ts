// An act its own clause tells done at or during a gathering ("stepped down at a cabinet meeting this morning") is that act, of the
// day its sentence gives; the gathering is its occasion, no report of its own. Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays } from '../../../tests/support/pipeline.ts';

describe('an act done at a gathering', () => {
  it('is the act, dated by its sentence, not the gathering it was done at', () => {
    expect(kindsNounsAndDays('Outgoing premier Ida Marsk and her ministers stepped down together at a cabinet meeting this morning.')).toEqual([['other', 'Resignation', '2058-03-13']]);
    expect(kindsNounsAndDays('Chancellor Britta Holm resigned during an emergency session of her party on Monday.')).toEqual([['other', 'Resignation', '2058-03-11']]);
  });

  it('leaves the gathering where it is the happening: a text signed there, a saying there, or a gathering of another clause', () => {
    expect(kindsNounsAndDays('The ministers signed the accord at a summit in Velm on Monday.')).toContainEqual(['summit', null, '2058-03-11']);
    expect(kindsNounsAndDays('President Anton Velic spoke at a summit in Velm on Monday.')).toEqual([['summit', null, '2058-03-11']]);
    expect(kindsNounsAndDays('Prime Minister Ida Marsk resigned on Monday, and the cabinet met at a hotel in Kessel on Tuesday.')).toEqual([
      ['other', 'Resignation', '2058-03-11'],
      ['meeting', null, '2058-03-12'],
    ]);
  });
});
