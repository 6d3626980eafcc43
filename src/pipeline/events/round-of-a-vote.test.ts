// A bare round that its sentence's voters vote in is a ballot's, not a round of talks (ROUND_OF_A_BALLOT); a round of talks stays talks.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe('a round voted in', () => {
  it.each([
    ['The Greens quit the coalition on Monday and will vote for their own leader, Ilse Marbach, in the first round on Friday.'],
    ['The deputies voted against Pavel Drach in the second round earlier this month.'],
  ])('%s', (body) => {
    expect(found(body).map(([kind]) => kind)).not.toContain('talks');
  });

  it('but a round of talks is talks though votes are told beside it', () => {
    expect(found('The two sides held a second round of talks on Tuesday before the deputies vote for the accord.').map(([kind]) => kind)).toContain('talks');
  });
});
