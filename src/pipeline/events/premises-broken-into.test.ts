// Premises broken into by thieves (own-corpus-17's key miss, a gang that broke into a museum on a Sunday morning, told in a relative clause
// of a sentence dated by the next day's closure; written here in other words): the day's crime, on its own clause's day. Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

const nouns = (body: string): (string | null)[] => found(body).map(([, noun]) => noun);

describe('premises broken into', () => {
  it.each([
    ['The gallery stayed shut on Tuesday as police hunted a gang that broke into the city museum on Sunday morning and escaped with six paintings.', '2058-03-10'],
    ['Thieves broke into a jeweller’s shop in Vellin on Monday night.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['other', 'Break-in', day]);
  });

  it('is none for tears or song broken into, nor for a crowd in a seat of power', () => {
    expect(nouns('On Monday the minister broke into tears at the podium.')).not.toContain('Break-in');
    expect(nouns('On Monday the crowd broke into song outside the stadium.')).not.toContain('Break-in');
  });
});
