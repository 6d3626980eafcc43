// A saying told by what was announced, its day after the object (own-corpus-7's miss, sentences written here in other words), as
// "condemned the attack on Tuesday" is: the announcement is a statement of that day, whatever the announced thing's own day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe('an announcement told by its object before its day', () => {
  it.each([
    ['Peskov announced the visit on 28 February.', '2058-02-28'],
    ['The foreign ministry announced the findings of its review on Monday.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['statement', null, day]);
  });

  it('but not a thing announced with no day of the saying', () => {
    expect(found('Peskov announced the visit.').map(([kind]) => kind)).not.toContain('statement');
  });
});
