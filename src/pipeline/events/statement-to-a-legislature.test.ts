// A statement made to a legislature, told by its noun (own-corpus-7's miss, sentences written here in other words): a saying
// to that chamber on the day told, as an address to it is.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe('a statement to a legislature', () => {
  it.each([
    ['The chancellor makes his first government statement to the Bundestag tomorrow.', '2058-03-14'],
    ['Peskov made a short statement to the Duma on Monday.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['statement', null, day]);
  });

  it('but not a statement about the chamber', () => {
    expect(found('Peskov read a statement about the Duma on Monday.').map(([kind]) => kind)).not.toContain('statement');
  });
});
