// A seat of power stormed by a crowd (own-corpus-14's miss, "Prosecutors say the plot ran from 2021 until the riot of 8 January 2023, when his supporters
// stormed Congress, the Supreme Court and the presidential palace", written here in other words): the day's riot, dated by the day its clause of
// "when" is set off after, not by a farther day before it. Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

const nouns = (body: string): (string | null)[] => found(body).map(([, noun]) => noun);

describe('a seat of power stormed', () => {
  it.each([
    ['On 8 January 2047 his supporters stormed Congress, the Supreme Court and the presidential palace.', '2047-01-08'],
    ['A crowd stormed the French embassy in Vellin on Monday.', '2058-03-11'],
    ['Prosecutors say the plot ran from 2041 until the riot of 8 January 2047, when his supporters stormed Congress and the presidential palace.', '2047-01-08'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['other', 'Riot', day]);
  });

  it('is none of a person storming off, nor of a storm of words', () => {
    expect(nouns('The minister stormed out of the meeting on Monday.')).not.toContain('Riot');
    expect(nouns('On Monday the opposition leader stormed out of parliament.')).not.toContain('Riot');
    expect(nouns('The plan drew a storm of criticism in parliament on Monday.')).not.toContain('Riot');
  });

  it('is none of a raid by police or troops, nor of a building or a compound that is no seat of power', () => {
    expect(nouns('Police stormed the building where the gunman had barricaded himself on Monday.')).not.toContain('Riot');
    expect(nouns('Special forces stormed the compound before dawn on Monday.')).not.toContain('Riot');
    expect(nouns('Police stormed the compound of the al-Aqsa Mosque on Monday.')).not.toContain('Riot');
  });
});

describe('a clause of "when" set off after a date', () => {
  it('dates its trigger by that date, not by a farther one before it', () => {
    expect(found('The crisis ran from 2041 until 8 January 2047, when the two presidents met in Kessel.')).toContainEqual(['meeting', null, '2047-01-08']);
  });
});
