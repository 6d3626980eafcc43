// A speech or an address made to a legislature, told by its noun (own-corpus-12's and own-corpus-13's misses, sentences written
// here in other words): its speaker's saying to that chamber on the day told, as a statement to it is.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe('a speech or an address to a legislature', () => {
  it.each([
    ['Zelenskyy said he would give his first policy address to the Rada on Friday.', '2058-03-15'],
    ['Putin makes his annual policy speech to both houses tomorrow.', '2058-03-14'],
    ['In an address to the chamber on Monday afternoon, Peskov warned deputies that the debt was a burden.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['statement', null, day]);
  });

  // A speech its speaker gave anywhere is a saying of its own (speech-given.test.ts): only one told by its noun alone needs the chamber.
  it('but not a speech about the chamber, nor one to a crowd outside it', () => {
    expect(found('Peskov disliked a speech about the Duma on Monday.').map(([kind]) => kind)).not.toContain('statement');
    expect(found('Peskov mocked a speech to supporters outside the Rada on Monday.').map(([kind]) => kind)).not.toContain('statement');
  });
});
