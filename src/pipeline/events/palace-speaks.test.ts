// A palace speaking for whoever it houses, as the Kremlin and the White House do (own-corpus-7's miss, sentences written here in
// other words): "the palace said" is an institution's statement, though no one is named.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe('a palace as the voice of those it houses', () => {
  it.each([
    ['The palace said on Monday that the King would attend the service.', '2058-03-11'],
    ['Orsk Palace said on Tuesday that the visit would go ahead.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['statement', null, day]);
  });

  it('but a palace that is only where something happened says nothing', () => {
    expect(found('The ministers met at the palace on Monday.').map(([kind]) => kind)).not.toContain('statement');
  });
});
