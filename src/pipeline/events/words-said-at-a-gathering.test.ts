// A gathering named by its day, then a saying told there whose words plan something ("At Tuesday's meeting Trump said nothing would change
// his mind", own-corpus-22 b2): the plan is the words', not the gathering's, which is the Tuesday gone by, not the one ahead. A gathering
// the saying itself plans in a relative clause with no "that" ("the talks Ruiz said would open on Monday") stays ahead. The sentences are
// written for the test; Thursday 14 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

const gatherings = (body: string) => found(body, '2058-03-14').filter(([kind]) => kind === 'meeting' || kind === 'talks' || kind === 'summit').map(([kind, , day]) => `${kind} ${day}`);

describe('the words said at a gathering', () => {
  it.each([
    ["At Tuesday's meeting Ruiz said nothing would change her mind on the levy.", 'meeting 2058-03-12'],
    ["At Tuesday's talks Ivo Brandt told reporters the border would reopen soon.", 'talks 2058-03-12'],
    ["At Monday's summit Marta Vell said she could sign the accord within weeks.", 'summit 2058-03-11'],
  ])('plan nothing of the gathering: %s', (body, gathering) => {
    expect(gatherings(body)).toEqual([gathering]);
  });

  it('but a gathering the saying plans is ahead', () => {
    expect(gatherings('The talks Ruiz said would open on Monday were put off.')).toEqual(['talks 2058-03-18']);
    expect(gatherings('Ruiz said she would meet Brandt on Monday.')).toEqual(['meeting 2058-03-18']);
  });
});
