// A cabinet's approval the trigger table had no wording for (own-corpus-4's misses, sentences written here in other
// words): a government sitting as one body backs or approves a text, its act of that day as a chamber's vote is.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe('a cabinet that approves a text is its vote of that day', () => {
  it.each([
    ["Dorvia's security cabinet backed the accord on Monday.", '2058-03-11'],
    ['On Tuesday the cabinet unanimously approved the new budget.', '2058-03-12'],
    ['The full government endorsed the plan late on Monday evening.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['other', 'Vote', day]);
  });

  it('but not the government acting as the state, nor a cabinet that only meets', () => {
    expect(found('The government approved new aid for the farmers on Monday.').map(([, noun]) => noun)).not.toContain('Vote');
    expect(found('The cabinet met on Monday to discuss the accord.').map(([, noun]) => noun)).not.toContain('Vote');
  });
});
