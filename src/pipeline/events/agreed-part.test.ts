// A part of a deal or its wording, told as what sides agreed ("agreed the first phase", "agreed
// the terms"), is an agreement reached on the day the sentence gives it, as a truce or a swap
// agreed is.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058.
describe('a part of a deal agreed', () => {
  it.each([
    ['Talks opened in Velm on Monday, and the two sides agreed the first phase on Tuesday.', '2058-03-12'],
    ['Norland and Estmark agreed the terms late on Sunday.', '2058-03-10'],
    ['The negotiators agreed the text of the accord in Velm on Monday.', '2058-03-11'],
    ['The ministers agreed a new framework on Tuesday.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['other', 'Agreement reached', day]);
  });

  it.each([
    'The two sides have not agreed the first phase.',
    'The sides failed to agree the first phase on Tuesday.',
    'They hope the sides will have agreed the second stage by Friday.',
    'The minister agreed to the text of the speech on Tuesday.',
  ])('but none denied, failed, hoped for or agreed to: %s', (body) => {
    expect(found(body).filter(([, noun]) => noun === 'Agreement reached')).toEqual([]);
  });
});
