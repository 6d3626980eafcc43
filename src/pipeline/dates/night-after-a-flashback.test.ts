// A part of the day told in the simple past ("conceded that night", "the same evening") is of the
// day of the happening the story is at, not of an earlier day told in the past perfect after it:
// that day is background, a flashback the story returns from. Told in the past perfect itself,
// the part of the day stays in the flashback. Thursday 12 June 2031 is the day of the news.
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from './index.ts';

const REF = '2031-06-12';
const valueOf = (text: string, fragment: string) => findTemporalExpressions(text, REF).find((t) => t.text === fragment)?.value;

describe('a night told after a flashback to an earlier day', () => {
  it('is of the day the story is at', () => {
    expect(valueOf('Kessler won the runoff on Sunday. The vote had been moved from Saturday, June 7, because of the floods. Her rival conceded that night.', 'that night')).toBe('2031-06-08TNI');
    expect(valueOf('The ferry sank off Brannock on Tuesday. It had passed its last inspection on May 30. Divers reached the wreck the same evening.', 'the same evening')).toBe('2031-06-10TEV');
    expect(valueOf('Strikers marched on the port on Monday; the talks had collapsed on Friday, June 6. That afternoon the police closed the gates.', 'That afternoon')).toBe('2031-06-09TAF');
  });

  it('but stays in the flashback when told in the past perfect', () => {
    expect(valueOf('Kessler won the runoff on Sunday. The vote had been moved from Saturday, June 7, and that night the polling stations had been flooded.', 'that night')).toBe('2031-06-07TNI');
  });

  it('and a day told in the simple past moves the story on as before', () => {
    expect(valueOf('Kessler won the runoff on Sunday. Her rival went to court on Tuesday. He conceded that night.', 'that night')).toBe('2031-06-10TNI');
  });
});
