// Someone's going somewhere told by "go", with its day: a journey.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe('someone who goes somewhere on a day makes a trip there', () => {
  it.each([
    ["She will go to the finance ministry's offices on 20 March, when she will be told the ruling.", '2058-03-20'],
    ['He went to Kessel on Friday.', '2058-03-08'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['other', 'Trip', day]]);
  });

  it('but not a going with no day, nor to no place, nor of goods', () => {
    expect(found('Hale went to war over the port.')).toEqual([]);
    expect(found('Aid lorries went to Kessel on Friday.')).toEqual([]);
    expect(found('He went to the same school as Hale on Friday.')).toEqual([]);
    expect(found('The dispute went to arbitration on Friday.')).toEqual([]);
  });
});
