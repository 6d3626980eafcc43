// A verb told with the form its saying took, before its day ("welcomed the move in a statement on
// Thursday afternoon", "had threatened in a letter on July 12 to raise tariffs"): the form makes the
// verb a saying of that day, whatever the verb (own-corpus-13's and own-corpus-11's misses; sentences written here).
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

describe('a verb told with its saying form is a statement of the day after the form', () => {
  it.each([
    ['Finance Minister Ana Ruiz welcomed the ruling in a statement on Thursday afternoon, saying it would help savers.', '2058-03-07'],
    ['Senator Ivo Rask had threatened in a letter on 2 March to block the budget.', '2058-03-02'],
    ['Finance Minister Ana Ruiz thanked the harbour crews in a speech on Monday.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['statement', null, day]]);
  });

  it('but not a verb told in the passive, nor one with no saying form', () => {
    expect(found('Finance Minister Ana Ruiz was criticised in a statement on Monday.')).toEqual([]);
    expect(found('Finance Minister Ana Ruiz visited the harbour in a hurry on Monday.')).not.toContainEqual(['statement', null, '2058-03-11']);
  });
});
