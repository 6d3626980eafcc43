import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each candidate of a report as "kind status date". */
const told = (published: string, body: string) => extractOne(published, `${body}\n`).candidates.map((c) => `${c.kind} ${c.status} ${c.date.value}`);

describe('the noun "hold" after a verb of taking is no scheduled present', () => {
  // Thursday 10 March 2061: the Sunday gone by is the 6th, the one ahead the 13th.
  it('reads "took hold on Sunday" as the Sunday gone by, as "took effect" is', () => {
    // A wire.
    expect(told('2061-03-10', 'The ceasefire between Korvia and Estmark took hold on Sunday.')).toEqual(['other occurred 2061-03-06']);
    // A local paper, the day after a place and before a clause of its own.
    expect(told('2061-03-10', 'The truce finally took hold in the port city on Sunday, residents said.')).toEqual(['other occurred 2061-03-06']);
    expect(told('2061-03-10', 'The ceasefire between Korvia and Estmark took effect on Sunday.')).toEqual(['other occurred 2061-03-06']);
  });

  it('still reads a plan to take hold as ahead', () => {
    expect(told('2061-03-10', 'The ceasefire is expected to take hold on Sunday.')).toEqual(['other planned 2061-03-13']);
  });
});

describe('a date in the possessive dates the noun it is said of', () => {
  // Thursday 10 March 2061: the Tuesday gone by is the 8th, the Monday the 7th, the Friday ahead the 11th.
  it('gives a leading "After Tuesday\'s meeting" its day, though "after" stands before it', () => {
    // A wire's leading clause.
    expect(told('2061-03-10', "After Tuesday's meeting, Halvic said the two sides were close to a deal.")).toEqual(['meeting occurred 2061-03-08']);
    // A broadcaster's participle, the happening after "after" in mid-sentence.
    expect(told('2061-03-10', "Speaking to reporters after Monday's talks in Velk, the envoy said a deal was near.")).toEqual(['talks occurred 2061-03-07']);
    // "since" as well.
    expect(told('2061-03-10', "Since Sunday's summit in Harvik, neither side has spoken publicly.")).toEqual(['summit occurred 2061-03-06']);
  });

  it('gives the day to what was done at the happening it is said of', () => {
    // A podcast's blurb: the "where" clause after the happening, a day's or a period's.
    expect(told('2061-04-14', "This episode looks back at Tuesday's donors' conference in Oslund, where forty governments pledged $2.1bn to rebuild the Narvik dam.")).toEqual(['other occurred 2061-04-12']);
    expect(told('2061-04-14', "This episode looks back at last month's donors' conference in Oslund, where forty governments pledged $2.1bn to rebuild the Narvik dam.")).toEqual(['other occurred 2061-03']);
    // A wire's leading "At Monday's summit": the gathering is the trigger and the day its own.
    expect(told('2061-04-14', "At Monday's donors' summit in Velk, twelve states pledged fresh aid for the flooded valley.")).toEqual(['summit occurred 2061-04-11']);
    // …but not to what followed it: the call after the vote is the news day's.
    expect(told('2061-04-14', "Halvic spoke to Vacek by phone after Monday's vote in the Velk assembly.")).toEqual(['other occurred 2061-04-11', 'call occurred 2061-04-14']);
  });

  it('keeps the day of a possessive a plan names ahead', () => {
    expect(told('2061-03-10', "Before Friday's meeting, the two ministers will speak by phone.")[0]).toBe('meeting planned 2061-03-11');
  });

  it('reads "passed next year\'s budget on Tuesday" by its verb, the coming year being the object\'s', () => {
    // A wire.
    expect(told('2061-03-10', "Hungary's parliament passed next year's budget on Tuesday.")).toEqual(['other occurred 2061-03-08']);
    // A trade paper, another period and verb.
    expect(told('2061-03-10', "The fisheries ministers agreed next season's catch quotas at talks in Brussels on Monday.")).toEqual(['talks occurred 2061-03-07']);
  });

  it('still makes a plan of "next week\'s summit"', () => {
    expect(told('2061-03-10', "Halvic and Vacek will attend next week's summit in Geneva.")).toEqual(['summit planned 2061-W11']);
  });
});

describe('a past spelled as the present ("put", "cut") dates its weekday behind', () => {
  // Friday 11 March 2061: the Monday gone by is the 7th, the one ahead the 14th (the nearer).
  it('reads a digest\'s "put their signatures … on Monday" as the Monday gone by', () => {
    // A weekly digest, the day before the place.
    expect(told('2061-03-11', 'On Monday in Trenčín, Hlinková and Vacek put their signatures to a committee cooperation memorandum after an hour of talks.')).toEqual(['other occurred 2061-03-07', 'talks occurred 2061-03-07']);
    // A wire, the day last.
    expect(told('2061-03-11', 'The two foreign ministers put their names to a border accord in Velk on Monday.')).toEqual(['other occurred 2061-03-07']);
  });

  it('still reads "will put" ahead', () => {
    expect(told('2061-03-11', 'The two ministers will put their signatures to the memorandum on Monday.')).toEqual(['other planned 2061-03-14']);
  });
});

describe('a plan word set before a later noun is that noun\'s, not the trigger\'s', () => {
  // Thursday 10 March 2061: the Wednesday gone by is the 9th.
  it('keeps a meeting past when its sentence goes on to the upcoming talks it discussed', () => {
    // A presidency's readout, the day first.
    expect(told('2061-03-10', 'On Wednesday President Halvic received the ambassador and discussed the upcoming talks in Velk with her.')).toEqual(['meeting occurred 2061-03-09']);
    // A wire, the day after the one received.
    expect(told('2061-03-10', 'The prime minister hosted her Dorvian counterpart on Wednesday and discussed with him the planned summit in Harvik.')).toEqual(['meeting occurred 2061-03-09']);
  });

  it('still plans what the plan word stands for itself', () => {
    expect(told('2061-03-10', 'A meeting is planned for Friday.')).toEqual(['meeting planned 2061-03-11']);
  });
});
