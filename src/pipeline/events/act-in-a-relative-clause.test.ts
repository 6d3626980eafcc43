import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays } from '../../../tests/support/pipeline.ts';

// Thursday 12 May 2061: Monday the 9th.
const found = (body: string): [string, string | null, string][] => kindsNounsAndDays(body, '2061-05-12');

describe('an act told in a relative clause on its noun that holds its own day', () => {
  it.each([
    ['The Orsa accord, which both leaders signed on Monday, ends the border war.', 'Agreement signed', '2061-05-09'],
    ['The Vell party owes its majority to a pact with the Dorn League, which Ana Rell and Piet Kessel put their names to on Monday evening.', 'Agreement signed', '2061-05-09'],
    ['The Orsa accord, which was signed on 4 May, ends the border war.', 'Agreement signed', '2061-05-04'],
    ['Rescuers searched the wreck of the Brell hotel tower, which fell within seconds when Monday’s tremor shook the town.', 'Collapse', '2061-05-09'],
    ['The earthquake, which struck the Vell valley on Monday, left thousands homeless.', 'Earthquake', '2061-05-09'],
  ])('%s', (body, noun, day) => {
    expect(found(body)).toEqual([['other', noun, day]]);
  });
});

describe('a relative clause that only describes its noun', () => {
  it.each([
    'The Orsa accord, which neither leader has signed, was drafted by the envoys.',
    'The old Kessel bridge, which collapsed in the floods, is open again.',
    'The Brell hotel tower, which fell within seconds, has been rebuilt.',
  ])('%s', (body) => {
    expect(found(body)).toEqual([]);
  });
});
