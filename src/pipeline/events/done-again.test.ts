import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

// Short reports of our own: the same act told done again on another day, its verb and object left out.
// Thursday 21 August 2053: the Monday gone by is the 18th, the Tuesday the 19th, the Wednesday the 20th.
const told = (body: string) => extractOne('2053-08-21', `${body}\n`).candidates.map((c) => `${c.kind} ${c.date.value} ${c.participants.join('+') || '-'}`);

describe('an act done again on a day of its own', () => {
  it('is a second event of its kind on that day', () => {
    expect(told('Artillery shelled the Orsk grain depot on Monday and again on Tuesday.')).toEqual(['strike 2053-08-18 -', 'strike 2053-08-19 -']);
    expect(told('Drones hit the Lusk rail junction on Monday and again the next day.')).toEqual(['strike 2053-08-18 -', 'strike 2053-08-19 -']);
  });

  it('keeps the first’s people', () => {
    expect(told('Umerov met Witkoff in Geneva on Monday and again two days later.')).toEqual(['meeting 2053-08-18 rustem-umerov+steve-witkoff', 'meeting 2053-08-20 rustem-umerov+steve-witkoff']);
  });

  it('is none when "again" tells no day of its own', () => {
    expect(told('Artillery shelled the Orsk grain depot on Monday and again overnight, officials said.')).toHaveLength(1);
    expect(told('Umerov met Witkoff in Geneva on Monday and will meet him again in Kyiv.')).toHaveLength(1);
  });
});
