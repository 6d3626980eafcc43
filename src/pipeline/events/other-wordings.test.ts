import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

// Short reports of our own: acts told in other outlets' wordings.
// Wednesday 12 March 2053: the Monday gone by is the 10th, the Tuesday the 11th, the Friday ahead the 14th.
const told = (body: string) => extractOne('2053-03-12', `${body}\n`).candidates.map((c) => `${c.kind}${c.noun ? `/${c.noun}` : ''} ${c.date.value} ${c.status}`);

describe('a call of protocol', () => {
  it('is a meeting, paid in person, not a phone call', () => {
    expect(told('On Monday the Velsland premier paid a courtesy call to King Alaric.')).toEqual(['meeting 2053-03-10 occurred']);
    expect(told('The outgoing ambassador made a farewell call to the Foreign Minister on Tuesday.')).toEqual(['meeting 2053-03-11 occurred']);
  });
});

describe('a visit paid', () => {
  it('is a visit to whom or what it is paid', () => {
    expect(told('On Tuesday the minister paid a visit to the Dorvian community in Ostby.')).toEqual(['other/Visit 2053-03-11 occurred']);
    expect(told('The bishop made a short visit to the flooded parish on Monday.')).toEqual(['other/Visit 2053-03-10 occurred']);
  });
});

describe('officials gathered by a host', () => {
  it('are a meeting; evidence or support gathered is none', () => {
    expect(told('On Monday Chancellor Weber gathered European leaders at the Hofburg.')).toEqual(['meeting 2053-03-10 occurred']);
    expect(told('The premier convened the G7 finance ministers in Lusk on Tuesday.')).toEqual(['meeting 2053-03-11 occurred']);
    expect(told('Investigators gathered evidence on Monday.')).toEqual([]);
  });
});

describe('a text sent to a legislature, and its vote ahead', () => {
  it('is the government’s act of its day, apart from the vote', () => {
    expect(told('The cabinet sent the accord to the Storting on Monday.')).toEqual(['other/Sent to parliament 2053-03-10 occurred']);
    expect(told('The government will submit the treaty to Parliament on Friday.')).toEqual(['other/Sent to parliament 2053-03-14 planned']);
    expect(told('The mayor sent the draft to the White House on Monday.').filter((t) => t.includes('Sent to parliament'))).toEqual([]);
  });

  it('is a vote planned when a chamber is due to take it on a day it names', () => {
    expect(told('The Storting is expected to vote on the treaty on Friday.')).toEqual(['other/Vote 2053-03-14 planned']);
    expect(told('The Senate will vote on the accord on Friday.')).toEqual(['other/Vote 2053-03-14 planned']);
    expect(told('Deputies are due to vote on the budget on 14 March.')).toEqual(['other/Vote 2053-03-14 planned']);
  });

  it('is none yet when the chamber only will vote, with no day or only a week', () => {
    expect(told('Lawmakers will vote on the accord next week.')).toEqual([]);
    expect(told('Most senators would vote against the treaty.')).toEqual([]);
    // Told as due, it is on the chamber's calendar whatever its time.
    expect(told('The Sejm is scheduled to vote on the treaty next week.')).toEqual(['other/Vote 2053-W12 planned']);
  });
});

describe('a coalition of states a host receives or convenes', () => {
  it('is a meeting of its members', () => {
    expect(told('On Tuesday the Velsland premier hosted the coalition of the willing in Lusk.')).toEqual(['meeting 2053-03-11 occurred']);
    expect(told('The president convened a coalition of Gulf states in Dorvia on Monday.')).toEqual(['meeting 2053-03-10 occurred']);
  });

  it('is none when its plan is welcomed, nor is a coalition agreement', () => {
    expect(told("On Monday the chancellor welcomed the coalition of the willing's plan.")).toEqual([]);
    expect(told('On Monday the chancellor welcomed the coalition agreement.')).toEqual([]);
  });
});
