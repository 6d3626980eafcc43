// An eclipse of the Moon or the Sun is the sky's happening of its day, no one's. Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays } from '../../../tests/support/pipeline.ts';

describe('an eclipse', () => {
  it('is a happening of its day, ahead or gone by', () => {
    expect(kindsNounsAndDays('Coming up: a total eclipse of the Moon in the early hours of Friday 15 March.')).toEqual([['other', 'Eclipse', '2058-03-15']]);
    expect(kindsNounsAndDays('Crowds watched the annular solar eclipse from the beach on Sunday.')).toEqual([['other', 'Eclipse', '2058-03-10']]);
  });

  it('is none for what else is eclipsed', () => {
    expect(kindsNounsAndDays('Her second album eclipsed the first on Monday.')).toEqual([]);
  });
});
