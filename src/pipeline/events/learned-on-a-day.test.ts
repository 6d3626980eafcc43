import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

// Thursday 12 April 2063: Monday the 9th. A day beside a verb of coming to know is the day the news reached its subject, as a saying's is.
const told = (body: string) => extractOne('2063-04-12', body).candidates.map((c) => [c.kind, c.status, c.date.value]);

describe('a day someone learned or heard of an event', () => {
  it('is not the day of the event told', () => {
    expect(told('The delegates heard on Thursday that the summit had been held in Kell on Monday.\n')).toEqual([['summit', 'occurred', '2063-04-09']]);
    expect(told('Mr Arlen learned on Thursday that the summit had been cancelled.\n')).toEqual([]);
  });

  it('leaves a day told with a meeting its own', () => {
    expect(told('The envoys met on Wednesday and heard the rebels out.\n')).toEqual([['meeting', 'occurred', '2063-04-11']]);
    expect(told('The envoys met the rebels on Wednesday, we learned.\n')).toEqual([['meeting', 'occurred', '2063-04-11']]);
  });
});
