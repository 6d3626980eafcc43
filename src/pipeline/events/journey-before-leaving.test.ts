import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

// Short reports of our own: a journey told after "before" by its gerund. Wednesday 12 March 2053: Monday gone by is the 10th.
const found = (body: string) => extractOne('2053-03-12', `${body}\n`);
const told = (body: string) => found(body).candidates.map((c) => `${c.kind}${c.noun ? `/${c.noun}` : ''} ${c.date.value} ${c.status}`);

describe('a journey told after "before" by its gerund', () => {
  it('takes neither the day of the act before it nor the story’s, and stays listed with no day', () => {
    expect(told('Premier Aldo Vance met Chancellor Ida Weber on Monday before leaving for Ostby.')).toEqual(['meeting 2053-03-10 occurred']);
    expect(told('Premier Aldo Vance met Chancellor Ida Weber on Monday before flying to Ostby.')).toEqual(['meeting 2053-03-10 occurred']);
    expect(told('Premier Aldo Vance spoke to reporters before leaving for Ostby.')).toEqual([]);
    expect(found('Premier Aldo Vance met Chancellor Ida Weber on Monday before leaving for Ostby.').undated.map((u) => u.kind)).toEqual(['other']);
  });

  it('takes the day its own clause names', () => {
    expect(told('Premier Aldo Vance met Chancellor Ida Weber on Monday before leaving for Ostby on Tuesday.')).toEqual(['meeting 2053-03-10 occurred', 'other/Trip 2053-03-11 occurred']);
    expect(told('Premier Aldo Vance met Chancellor Ida Weber on Monday before leaving for Ostby that evening.')).toEqual(['meeting 2053-03-10 occurred', 'other/Trip 2053-03-10 occurred']);
  });

  it('leaves a journey joined by "and then" on the day of the act before it', () => {
    expect(told('Premier Aldo Vance met Chancellor Ida Weber on Monday and then left for Ostby.')).toEqual(['meeting 2053-03-10 occurred', 'other/Trip 2053-03-10 occurred']);
  });
});
