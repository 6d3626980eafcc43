import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

// Short reports of our own. Wednesday 12 March 2053: the Sunday ahead is the 16th, the Monday the 17th, the Tuesday the 18th.
const told = (body: string) => extractOne('2053-03-12', `${body}\n`).candidates.map((c) => `${c.kind}${c.noun ? `/${c.noun}` : ''} ${c.date.value} ${c.status}`);

describe('a goal told after a second journey of the sentence', () => {
  it('is that journey’s: the leaving before it stays a journey of its own', () => {
    // The reception is the two days of talks the guest arrives for (own12's "Takaichi hosts Trump in Tokyo for two days of talks", 27-28 October).
    expect(told('Premier Ines Marr leaves for Dorvia on Sunday for the regional gatherings, and returns to Brenn to receive Ivo Marek, who arrives on Monday for two days of talks.')).toEqual(['other/Trip 2053-03-16 planned', 'talks 2053-03-17/2053-03-18 planned']);
    expect(told('Premier Ines Marr leaves for Dorvia on Sunday and returns to Brenn on Tuesday to receive Ivo Marek.')).toEqual(['other/Trip 2053-03-16 planned', 'meeting 2053-03-18 planned']);
  });

  it('is still the journey’s own when no other journey comes between', () => {
    expect(told('Premier Ines Marr flies to Lusk on Sunday to meet Ivo Marek.')).toEqual(['meeting 2053-03-16 planned']);
    expect(told('Premier Ines Marr will travel to Brenn on Sunday for talks with Ivo Marek.')).toEqual(['talks 2053-03-16 planned']);
  });
});
