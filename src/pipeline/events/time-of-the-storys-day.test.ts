// A deed told at a time of a day with no day of its own ("Shortly after noon", "by mid-afternoon", "at 3.15 p.m."), in a story
// told days on: of the day of the deed told before it, not of the day the paper came out.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays } from '../../../tests/support/pipeline.ts';

// Thursday 12 May 2061: Tuesday the 10th.
const found = (body: string): [string, string | null, string][] => kindsNounsAndDays(body, '2061-05-12');

describe('a time of a day after a day told before', () => {
  it.each([
    'A strong earthquake struck the Vell valley on Tuesday morning.\n\nResidents fled to the hills.\n\nThe damage came fast. Shortly after noon the old Kessel bridge fell into the river.',
    'A strong earthquake struck the Vell valley on Tuesday morning. At 3.15 p.m. the old Kessel bridge fell into the river.',
  ])('is of that day: %s', (body) => {
    expect(found(body)).toEqual([
      ['other', 'Earthquake', '2061-05-10'],
      ['other', 'Collapse', '2061-05-10'],
    ]);
  });

  it('but a time beside a day keeps that day, and background of a year before gives none', () => {
    expect(found('A strong earthquake struck the Vell valley on Tuesday morning. At noon on Wednesday the old Kessel bridge fell into the river.')).toEqual([
      ['other', 'Earthquake', '2061-05-10'],
      ['other', 'Collapse', '2061-05-11'],
    ]);
    expect(found('A strong earthquake struck the Vell valley on 4 July 2060.\n\nAt noon the old Kessel bridge fell into the river.')).toEqual([
      ['other', 'Earthquake', '2060-07-04'],
      ['other', 'Collapse', '2061-05-12'],
    ]);
  });

  it('but a time after a night told before it is of the morning the night ran into', () => {
    expect(found('Jets struck depots near Brell overnight, and militants fired rockets at Kessel at dawn, the army said.').map(([, , day]) => day)).toEqual(['2061-05-11', '2061-05-12']);
  });

  it("but a day told alone sets no clock: a bare time after it is of the paper's day", () => {
    expect(found('Parliament passed the budget on Tuesday.\n\nShortly after noon, the prime minister resigned.').at(-1)).toEqual(['other', 'Resignation', '2061-05-12']);
    expect(found('A strong earthquake struck the Vell valley on Tuesday.\n\nAt 3.15 p.m. the old Kessel bridge fell into the river.')).toEqual([
      ['other', 'Earthquake', '2061-05-10'],
      ['other', 'Collapse', '2061-05-12'],
    ]);
  });

  it('nor does a deed told in a quotation', () => {
    expect(found('"The quake struck the Vell valley on Tuesday morning," the mayor said.\n\nAt 3.15 p.m. the old Kessel bridge fell into the river.').filter(([, noun]) => noun === 'Collapse')).toEqual([['other', 'Collapse', '2061-05-12']]);
  });

  it("but a live entry's clock time is of the page's day", () => {
    expect(found('A strong earthquake struck the Vell valley on Tuesday morning.\n\n12:40 — The old Kessel bridge fell into the river at noon, police say.')).toEqual([
      ['other', 'Earthquake', '2061-05-10'],
      ['other', 'Collapse', '2061-05-12'],
    ]);
  });

  it("and a paper's own date line above its headline lets it carry on: the date line is no day heading", () => {
    expect(found('THE VELL VALLEY COURIER\nThursday 12 May 2061\n\n# The valley counts the cost\n\nA strong earthquake struck the Vell valley at 9.10 on Tuesday morning.\n\nShortly after noon the old Kessel bridge fell into the river.')).toEqual([
      ['other', 'Earthquake', '2061-05-10'],
      ['other', 'Collapse', '2061-05-10'],
    ]);
  });

  it("and so does the date line below a headline and its standfirst: what they report sums the story up (topMatterEnd)", () => {
    const story = '\n\nThursday 12 May 2061\n\nA strong earthquake struck the Vell valley at 9.10 on Tuesday morning.\n\nShortly after noon the old Kessel bridge fell into the river.';
    for (const top of [
      'Quake strikes Vell valley; two hurt as bridge falls',
      'Mayor of Vell resigns after quake',
      '# The valley counts the cost\n\nThe old Kessel bridge fell into the river after a strong earthquake struck the Vell valley.',
      'The valley counts the cost\n\nThe old Kessel bridge fell into the river after a strong earthquake struck the Vell valley.',
    ]) expect(found(top + story).filter(([, noun]) => noun === 'Collapse'), top).toEqual([['other', 'Collapse', '2061-05-10']]);
  });

  it("but below a live page's or a diary's heading of the paper's own day, a time is of that day (paperDateLine)", () => {
    // A live page told day by day: Thursday's heading stands below Wednesday's entries.
    expect(found('# Live: the Vell valley quake\n\nWednesday 11 May 2061\n\nA strong earthquake struck the Vell valley at 9.10 on Wednesday morning.\n\nThursday 12 May 2061\n\nShortly after noon the old Kessel bridge fell into the river.')).toEqual([
      ['other', 'Earthquake', '2061-05-11'],
      ['other', 'Collapse', '2061-05-12'],
    ]);
    // A heading of the paper's day below what the story told already.
    expect(found('A strong earthquake struck the Vell valley at 9.10 on Tuesday morning.\n\nThursday 12 May 2061\n\nShortly after noon the old Kessel bridge fell into the river.')).toEqual([
      ['other', 'Earthquake', '2061-05-10'],
      ['other', 'Collapse', '2061-05-12'],
    ]);
    // A diarist's weekday heading, at the top though it stands.
    expect(found('Thursday\n\nThe quake that struck the Vell valley at 9.10 on Tuesday morning still shakes us.\n\nShortly after noon the old Kessel bridge fell into the river.').filter(([, noun]) => noun === 'Collapse')).toEqual([['other', 'Collapse', '2061-05-12']]);
  });
});
