import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays } from '../../../tests/support/pipeline.ts';

// Thursday 12 May 2061: Monday the 9th.
const found = (body: string): [string, string | null, string][] => kindsNounsAndDays(body, '2061-05-12');

describe('a disaster told by its verb', () => {
  it.each([
    ['A strong earthquake struck the Vell valley on Monday.', 'Earthquake'],
    ['A magnitude 6.1 quake hit northern Orsland early on Monday.', 'Earthquake'],
    ['On Monday an earthquake off Cape Dorn shook the coast.', 'Earthquake'],
    ['The half-built hotel tower in Brell collapsed on Monday afternoon.', 'Collapse'],
    ['The old Kessel bridge fell into the river on Monday.', 'Collapse'],
  ])('%s', (body, noun) => {
    expect(found(body)).toEqual([['other', noun, '2061-05-09']]);
  });

  it('is none when the verb tells of something else', () => {
    expect(found('Steel prices fell on Monday after the quake report.')).toEqual([]);
    expect(found('The tower project collapsed on Monday when the bank withdrew.')).toEqual([]);
  });
});

describe('a quake in a clause of "when"', () => {
  it('is the time of the collapse its sentence tells, not a second happening', () => {
    expect(found("The old Kessel bridge fell into the river when Monday's earthquake shook the valley.")).toEqual([['other', 'Collapse', '2061-05-09']]);
  });
});
