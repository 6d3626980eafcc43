// A saying told with its own form and day before a that-clause with another day ("told the country in his Christmas address on
// 24 December that he would step down on 3 October"): the address is the happening, of its own day, whoever's form it is ("his", "her
// weekly", "his first televised") and whether or not the verb's object has an article ("thanked emergency workers in a message on Tuesday").
// own-corpus-15 b2's Christmas address and own-corpus-14 a2's president's message; the other sentences written here.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

describe("a saying in its speaker's own form, on a day, is a statement of that day", () => {
  it.each([
    ['Finance Minister Ana Ruiz told the country in her Christmas address on 24 December that she would step down in the spring.', '2057-12-24'],
    ['Finance Minister Ana Ruiz said in her New Year address on Monday that the border would open.', '2058-03-11'],
    ['Finance Minister Ana Ruiz wrote in her weekly letter on Monday that the levy was a mistake.', '2058-03-11'],
    ['Finance Minister Ana Ruiz told parliament in a speech on Tuesday that the levy would go.', '2058-03-12'],
    ['Finance Minister Ana Ruiz thanked emergency workers in a message on Tuesday.', '2058-03-12'],
    ['Senator Ivo Rask said in his first televised address on Monday that the talks had ended.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['statement', null, day]);
  });

  it('but not a day inside what was said, nor a form that is no saying', () => {
    expect(found('Finance Minister Ana Ruiz said in her address that on Monday the border would open.')).not.toContainEqual(['statement', null, '2058-03-11']);
    expect(found('Finance Minister Ana Ruiz was criticised in his weekly letter on Monday.')).toEqual([]);
    expect(found('Finance Minister Ana Ruiz signed the decree in her office on Monday.')).not.toContainEqual(['statement', null, '2058-03-11']);
  });
});
