// A text a gathering adopts as its own words (a declaration, a communiqué, a joint or final
// statement) is an act of its own day, apart from the gathering: a summit lasts days, its text is
// adopted on one, and other outlets tell the adopting, not the gathering.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe('a text adopted by a gathering is an act of its day', () => {
  it.each([
    // A wire's lead, the verb before the text.
    ['Leaders of the Coastal Forum adopted a joint declaration on Tuesday at the very start of their summit in Velm.', '2058-03-12'],
    // A readout's participle after the text, set off by a comma.
    ['The joint communiqué of Velsland and Nordmark, adopted on Monday evening after six hours of drafting, calls for a truce.', '2058-03-11'],
    // A non-native daily's progressive.
    ['On Tuesday, the ministers were adopting the Bergvik declaration in the beginning of the session.', '2058-03-12'],
    // A passive with an adverb.
    ["The leaders' statement was unanimously adopted in Kessel on Monday.", '2058-03-11'],
    // A caption's passive clause of "after", its pronoun the text held up on a day: adopted that day, read back from a caption's present.
    ["Premier Obi holds up the leaders' declaration on Saturday morning after it was adopted at the opening session.", '2058-03-09'],
    ['The ministers published the communiqué on Monday after it had been formally adopted.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['other', 'Declaration adopted', day]);
  });

  it('keeps the day of its own in a clause of "after"', () => {
    expect(found('Premier Obi held up the declaration on Saturday after it was adopted on Friday.')).toContainEqual(['other', 'Declaration adopted', '2058-03-08']);
  });

  it.each([
    'The summit in Velm failed to adopt a joint statement on Tuesday.',
    'No final declaration was adopted at the talks in Kessel on Monday.',
    'On Monday the delegates did not adopt the Bergvik declaration.',
    'The minister adopted a cautious tone at the summit on Tuesday.',
  ])('but none denied, failed or of another thing: %s', (body) => {
    expect(found(body).filter(([, noun]) => noun === 'Declaration adopted')).toEqual([]);
  });
});
