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

  // Review of s68, item 4: a public gathering held for an audience (a lecture, a concert, a screening) took the day of the meeting told at it.
  it.each([
    ['The players met the coach at a talk on Monday.', 'meeting', null, '2058-03-11'],
    ['The players met the coach at a lecture on Monday.', 'meeting', null, '2058-03-11'],
    ['Lund met Ruiz at the screening in Lusk on Friday.', 'meeting', null, '2058-03-08'],
    ['Lund will meet Ruiz at the concert on Friday.', 'meeting', null, '2058-03-15'],
    ['Ana Ruiz resigned at the concert on Friday.', 'other', 'Resignation', '2058-03-08'],
  ])('is the act when it is done at a public gathering, which is its setting: %s', (body, kind, noun, day) => {
    expect(kindsNounsAndDays(body)).toEqual([[kind, noun, day]]);
  });

  it('leaves a public gathering that a saying or a text signed tells', () => {
    expect(kindsNounsAndDays('Lund spoke at the concert on Friday.')).toEqual([['other', 'Concert', '2058-03-08']]);
    expect(kindsNounsAndDays('Lund signed the accord at a screening in Lusk on Friday.')).toContainEqual(['other', 'Screening', '2058-03-08']);
  });
});
