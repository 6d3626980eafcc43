import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

// Short reports of our own: a journey to attend a gathering told by its name. Wednesday 12 March 2053: Monday gone by is the 10th, Friday ahead the 14th, Monday ahead the 17th.
const candidates = (body: string) => extractOne('2053-03-12', `${body}\n`).candidates;
const told = (body: string) => candidates(body).map((c) => `${c.kind}${c.noun ? `/${c.noun}` : ''} ${c.date.value} ${c.status}`);

describe('a journey to a gathering told by its name', () => {
  it('ahead, is that gathering on the journey’s day, and no trip beside it', () => {
    expect(told('Premier Aldo Vance will travel to Ostby on Friday for the NATO summit.')).toEqual(['summit 2053-03-14 planned']);
    expect(told('Premier Aldo Vance will fly to Ostby on Friday for the Arctic Council summit.')).toEqual(['summit 2053-03-14 planned']);
  });

  it('done, gives the gathering the journey’s day, the trip staying a trip of its own', () => {
    expect(told('Premier Aldo Vance travelled to Ostby on Monday for the NATO summit.')).toEqual(['other/Trip 2053-03-10 occurred', 'summit 2053-03-10 occurred']);
  });

  it('is that gathering when the journey is told as going to attend it', () => {
    expect(told('Premier Aldo Vance flew to Ostby on Monday to attend the Arctic Council summit.')).toEqual(['summit 2053-03-10 occurred']);
    expect(told('Premier Aldo Vance will travel to Ostby on Friday to attend the Arctic Council summit.')).toEqual(['summit 2053-03-14 planned']);
    expect(told('Premier Aldo Vance will travel to Ostby on Friday to take part in the Arctic Council summit.')).toEqual(['summit 2053-03-14 planned']);
  });

  it('has the traveller among those who take part', () => {
    const [summit] = candidates('Zelenskyy will fly to Geneva on Monday for the Ukraine Recovery summit.');
    expect(summit).toMatchObject({ kind: 'summit', date: { value: '2053-03-17' }, place: 'geneva' });
    expect(summit!.participants).toContain('volodymyr-zelenskyy');
  });

  it('leaves a journey with no gathering named after it a trip', () => {
    expect(told('Premier Aldo Vance flew to Ostby on Monday for the Easter holidays.')).toEqual(['other/Trip 2053-03-10 occurred']);
  });
});
