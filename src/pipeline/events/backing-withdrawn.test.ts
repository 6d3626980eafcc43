// What one had joined or backed, taken back (own-corpus-8's and own-corpus-12's misses, sentences written here in other words): an endorsement or a
// signature withdrawn is its giver's saying of that day; a coalition walked out of is the party's exit, as one quit is.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe('a backing withdrawn', () => {
  it.each([
    ["On 9 June 2048, Putin withdrew his endorsement of that summit's communiqué in a message sent from his plane.", '2048-06-09'],
    ['Zelenskyy pulled his support for the resolution on Monday.', '2058-03-11'],
    ['Zelenskyy has withdrawn his signature from the letter, Peskov said on Monday.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['statement', null, day]);
  });

  it('but not troops or an ambassador withdrawn', () => {
    expect(found('Putin withdrew his troops from the border on Monday.').map(([kind]) => kind)).not.toContain('statement');
    expect(found('On Monday Putin withdrew his ambassador from Kyiv.').map(([kind]) => kind)).not.toContain('statement');
  });
});

describe('a coalition walked out of', () => {
  it('is the party’s exit on its day', () => {
    expect(found('The Free Party walked out of the coalition on Monday over a funding scandal.')).toContainEqual(['other', 'Coalition exit', '2058-03-11']);
  });

  it.each([
    ["Wilders pulled his PVV out of Prime Minister Dick Schoof's coalition on Monday in a row over asylum.", '2058-03-11'],
    ['The party leader took the Greens out of the government on Monday.', '2058-03-11'],
  ])('and so is a party its leader took out of it, the party named between (own-corpus-16): %s', (body, day) => {
    expect(found(body)).toContainEqual(['other', 'Coalition exit', day]);
  });

  it('but not one only threatened', () => {
    expect(found('The Free Party threatened to walk out of the coalition on Monday.').map(([, noun]) => noun)).not.toContain('Coalition exit');
    expect(found('Wilders threatened on Monday to pull his party out of the coalition.').map(([, noun]) => noun)).not.toContain('Coalition exit');
  });
});
