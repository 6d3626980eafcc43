// A wire of our own, of Tuesday 12 March 2058, telling a state visit's day without naming it: the rite done that day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

const wire = (sentence: string) => found(`VELL (Harbour Wire) — Queen Ilse of Dornland opened the new session of the Vell assembly today. ${sentence}`, '2058-03-12');

describe('a wreath laid, told with no day of its own in the day’s news', () => {
  it('is a rite of the news day, beside the journey home its sentence also tells', () => {
    const told = wire('She rode to the assembly in an open carriage and, after the speech, laid a wreath at the harbour memorial before she and Prince Odo left for Dornstadt in the late afternoon.');
    expect(told).toContainEqual(['other', 'Wreath laid', '2058-03-12']);
  });

  it('is none still to be laid', () => {
    expect(wire('She is to lay a wreath at the harbour memorial after the speech.').map(([, noun]) => noun)).not.toContain('Wreath laid');
  });
});
