// A place's busiest day or night, told by the day it saw it, is a happening of that day there.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe('a busiest day or night', () => {
  it.each([
    ['On Sunday night the emergency department at Lusk General saw its busiest shift of the winter, with 300 patients.', '2058-03-10'],
    ['Orsk airport had its busiest day on record on Friday, with 90,000 passengers.', '2058-03-08'],
    ['The Velsian rail network recorded its quietest weekend in a decade on Sunday.', '2058-03-09/2058-03-10'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['other', 'Busiest day', day]]);
  });

  it('but a busy day told as a state, or ahead, is none of its own', () => {
    expect(found('Friday is usually the busiest day of the year at Orsk airport.')).toEqual([]);
    expect(found('The airport expects its busiest day on Friday.').map(([, noun]) => noun)).not.toContain('Busiest day');
  });

  it.each([
    ['The team had its busiest day of the season on Monday.'],
    ['Ana Ruiz had her busiest week in office on Monday.'],
    ['The band had its busiest night of the tour on Saturday.'],
  ])('nor is a team\'s or a person\'s: %s', (body) => {
    expect(found(body).map(([, noun]) => noun)).not.toContain('Busiest day');
  });
});
