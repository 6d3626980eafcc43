// A party's leadership won is its vote of that day, told by the winner or by the party.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe("a party's leadership won", () => {
  it.each([
    ['Vera Lind, who won the KDP leadership on 4 March, is expected to become prime minister.', '2058-03-04'],
    ['She had taken the party leadership on March 4.', '2058-03-04'],
    ['The Unity Party picked Vera Lind as its new leader on 4 March.', '2058-03-04'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['other', 'Leadership won', day]);
  });

  it('but not a leadership race talked of, one only hoped for, nor a leader of a delegation', () => {
    const nouns = (body: string) => found(body).map(([, noun]) => noun);
    expect(nouns('The leadership race opens on Monday.')).not.toContain('Leadership won');
    expect(nouns('Olsen hopes to win the party leadership on Saturday.')).not.toContain('Leadership won');
    expect(nouns('The ministry picked Ana Ruiz as leader of the delegation on Monday.')).not.toContain('Leadership won');
  });
});
