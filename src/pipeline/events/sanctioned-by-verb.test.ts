// Sanctions told by their verb (issue #8 class 5, a chronology's "US Treasury sanctions Rosneft and Lukoil"): the state's act of its day,
// kind other, as "imposed sanctions" is; a loan or a plan "sanctioned" by a bank or a board is approved, no sanction.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe('sanctions told by their verb are a happening of their day', () => {
  it.each([
    ['Mar 11 - Velsian Treasury sanctions Orsk Oil and Lusk Gas; the minister says more will follow.', '2058-03-11'],
    ['The Treasury also sanctioned two Orskian oil companies on Tuesday.', '2058-03-12'],
    ['On Monday the EU sanctioned Orsk’s defence minister, Ana Ruiz.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['other', 'Sanctions', day]);
  });
});

describe('but a thing sanctioned is approved', () => {
  it.each([
    'The bank sanctioned the loan on Monday.',
    'The board sanctioned a new plan for the port on Monday.',
    'The Board sanctioned Lusk’s plan for the port on Monday.',
    'The League sanctioned Saturday’s match on Monday.',
  ])('%s', (body) => {
    expect(found(body).map(([, noun]) => noun)).not.toContain('Sanctions');
  });
});
