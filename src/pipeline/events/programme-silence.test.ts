// A parish newsletter of our own, of Sunday 23 November 2059, telling a journey's programme day by day in the present.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

const programme = (step: string) => found(`On Monday the bishop prays at the shrine of Saint Alda in Vell. ${step}`, '2059-11-23');

describe('a silence kept at a place of loss, told in a programme', () => {
  it('is a tribute of the programme’s day', () => {
    expect(programme('On Tuesday he stops in silence at the harbour of Lusk.')).toContainEqual(['other', 'Silent tribute', '2059-11-25']);
    expect(programme('On Tuesday he stands quietly by the graves of the miners.')).toContainEqual(['other', 'Silent tribute', '2059-11-25']);
  });

  it('keeps that day beside a relative clause on the place’s past, whose own day is its explosion’s', () => {
    const told = programme('On Tuesday he stops in silence at the harbour of Lusk, where the explosion of 4 August 2051 killed nine dockers.');
    expect(told).toContainEqual(['other', 'Silent tribute', '2059-11-25']);
    expect(told).toContainEqual(['other', 'Disaster', '2051-08-04']);
  });

  it('is none standing in anything else', () => {
    expect(programme('On Tuesday he stands quietly in the queue for the ferry.').map(([, noun]) => noun)).not.toContain('Silent tribute');
  });
});
