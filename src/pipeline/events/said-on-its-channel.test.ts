// A saying told by the channel it went out on, or by what it took up again, before its day: the
// statement of that day (own-corpus-13's leader who "repeated that on the radio this morning",
// own-corpus-10's gesture a prime minister "repeated on Sunday"; sentences written here).
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

describe('a saying told with its channel or as said again is a statement of its day', () => {
  it.each([
    ['Opposition leader Marta Keller repeated that on the radio this morning.', '2058-03-13'],
    ['The levy is a tax on farmers, a charge Senator Ivo Rask repeated on Monday.', '2058-03-11'],
    ['Foreign Minister Ana Ruiz reiterated on Tuesday that the border would stay shut.', '2058-03-12'],
    ['Foreign Minister Ana Ruiz said so on Sunday.', '2058-03-10'],
    ['Foreign Minister Ana Ruiz wrote on X on Monday that the tariff was a mistake.', '2058-03-11'],
    ['Foreign Minister Ana Ruiz said on state television on Monday that the tariff was a mistake.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['statement', null, day]]);
  });

  it('but not a day inside what was said, nor a drill repeated', () => {
    expect(found('Foreign Minister Ana Ruiz said that on Monday the border would open.')).not.toContainEqual(['statement', null, '2058-03-11']);
    expect(found('The evacuation drill was repeated on Monday.')).toEqual([]);
  });
});
