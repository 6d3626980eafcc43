// A built place opened is a ceremony of its day, its opener's: the happening two outlets tell of one day ("opens a new golf course in
// Aberdeenshire today", "he is to open a new course at his Menie estate on Tuesday"; own-corpus-11 a1, a2), here in other words.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe('a built place opened', () => {
  it.each([
    ['On Monday President Arlov opened the new bridge over the Sava.', '2058-03-11'],
    ['Premier Vance, who met the mayor on Tuesday, opens a new golf course near Orsk today.', '2058-03-13'],
    ['Arlov is to open the new airport terminal in Lusk on Friday.', '2058-03-15'],
    ['The King inaugurated the rebuilt city library on Tuesday.', '2058-03-12'],
    // An office opened, told done or planned by its opener's intention or schedule.
    ['The new senator plans to open her district office in Orsk on Saturday, with coffee for constituents.', '2058-03-16'],
    ['The bank opened a regional office in Lusk on Monday.', '2058-03-11'],
    ['Mayor Ilse Marr is due to open the new children’s hospital on Friday.', '2058-03-15'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([, noun]) => noun === 'Opening').map(([, , d]) => d)).toEqual([day]);
  });

  it('is none when what is opened is a way, a front or an inquiry, nor a journey’s purpose', () => {
    expect(found('The army opened a new front on Monday.').filter(([, noun]) => noun === 'Opening')).toEqual([]);
    expect(found('Prosecutors opened an investigation on Monday.').filter(([, noun]) => noun === 'Opening')).toEqual([]);
    expect(found('On Monday President Arlov flew to Lusk to open the new bridge.').map(([, noun]) => noun)).toEqual(['Trip']);
    expect(found('The clerk opened the office door on Monday.').filter(([, noun]) => noun === 'Opening')).toEqual([]);
  });

  it('is none for a course of study, nor a way opened to traffic: that is a reopening', () => {
    expect(found('The university opened a new course in data science on Monday.').filter(([, noun]) => noun === 'Opening')).toEqual([]);
    expect(found('Police opened the bridge to traffic on Monday.').filter(([, noun]) => noun === 'Opening')).toEqual([]);
    expect(found('On Monday President Arlov opened the new bridge to the island.').filter(([, noun]) => noun === 'Opening')).toHaveLength(1);
  });
});
