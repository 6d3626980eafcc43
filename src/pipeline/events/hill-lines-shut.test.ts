// A city's own lines up its hills (a funicular, a lift, a cable car) are shut after a crash for inspection and reopened after it, as its
// metro is in a crisis: the closure and the reopening are each their day's act (own-corpus-16 a1 "closed the city's other funiculars … for
// inspection this morning", a2 "the … lift will reopen on Friday"), here in other words.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays } from '../../../tests/support/pipeline.ts';

// Thursday 12 May 2061: Monday the 9th, Friday the 13th.
const found = (body: string): [string, string | null, string][] => kindsNounsAndDays(body, '2061-05-12');
const nouns = (body: string): (string | null)[] => found(body).map(([, noun]) => noun);

describe('a line up a hill shut or reopened', () => {
  it.each([
    ["The transport board closed the town's other funiculars, the Vessa and the Orn, for inspection this morning.", 'Closure', '2061-05-12'],
    ['The Harl cable car was shut on Monday after the crash.', 'Closure', '2061-05-09'],
    ["The operator says the Brennick lift will reopen on Friday after its own inspection.", 'Reopening', '2061-05-13'],
    ['The Vessa funicular reopened on Monday.', 'Reopening', '2061-05-09'],
  ])('%s', (body, noun, day) => {
    expect(found(body)).toContainEqual(['other', noun, day]);
  });

  it('is no act when the line only stays shut, nor when what is shut is a lift’s doors', () => {
    expect(nouns('The Vessa funicular stays closed until further notice.')).toEqual([]);
    expect(nouns('The porter closed the lift doors on Monday.')).toEqual([]);
  });

  it('is no act when "lift" is a ban’s lifting, nor when common words stand where the place would', () => {
    expect(nouns('Officials said the ban on the lift of sanctions was suspended on Monday.')).not.toContain('Closure');
    expect(nouns('The lift on the ban on exports was suspended on Monday.')).not.toContain('Closure');
    expect(nouns('Trading in two classes of shares was suspended on Monday.')).not.toContain('Closure');
    expect(found('The ski lifts at Vessa were closed on Monday.')).toContainEqual(['other', 'Closure', '2061-05-09']);
  });
});
