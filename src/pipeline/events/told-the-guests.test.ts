// What a host tells its guests of themselves, as the second predicate of the reception ("received the squad … and told them they had
// "made history"", own13 b2): the reception's own words, no statement beside it; a telling of news of another stays one. Wednesday 13 March 2058.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead } from '../../../tests/support/pipeline.ts';

describe('a host telling its guests of themselves', () => {
  it.each([
    'President Ana Ruiz received the squad at the Kessel Palace on Sunday afternoon and told them they had "made history".',
    'President Ana Ruiz received the squad at the Kessel Palace on Sunday afternoon and told the players that they were an example to the country.',
  ])('is the reception’s evidence: %s', (body) => {
    expect(kindsNounsAndDaysRead(body)).toEqual([['meeting', null, '2058-03-10']]);
  });

  it('but a telling of another, or to the press, is a statement beside it', () => {
    expect(kindsNounsAndDaysRead('President Ana Ruiz received the squad at the Kessel Palace on Sunday afternoon and told reporters the final had been the best in years.')).toEqual([
      ['meeting', null, '2058-03-10'],
      ['statement', null, '2058-03-10'],
    ]);
    expect(kindsNounsAndDaysRead('Party leader Ivo Marek met Prime Minister Ana Ruiz at party headquarters on Friday and told her his party was leaving the government.')).toContainEqual(['statement', null, '2058-03-08']);
  });
});
