// Happenings the trigger table had no wording for (own-corpus-7's misses, sentences written here in
// other words): someone elected by a chamber, a round of a ballot, a stay told by the days spent
// there.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe('someone elected on a counted ballot is its vote of that day', () => {
  it.each([
    ['Ana Ruiz, who was elected by the Senate on Monday, named her cabinet on Tuesday.', '2058-03-11'],
    ['The governor was re-elected in the second round on Monday with a narrow lead.', '2058-03-11'],
    ['On Tuesday the speaker was elected with 301 votes after a night of bargaining.', '2058-03-12'],
    ['Hale was finally elected premier in the third round on Monday.', '2058-03-11'],
    // …or told with its day right after it.
    ['Two days have passed since Cardinal Ondrel was elected on the evening of 11 March.', '2058-03-11'],
    ['Ferro was elected speaker on Tuesday after a week of talks.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['other', 'Vote', day]);
  });

  it('but not an election told without its ballot (a career), nor one ahead', () => {
    expect(found('She was elected mayor in 2049 and again in 2053.').map(([, noun]) => noun)).not.toContain('Vote');
    expect(found('He hopes to be elected by the assembly next month.').map(([, noun]) => noun)).not.toContain('Vote');
  });
});

describe('a round of a ballot is no round of talks', () => {
  it.each([
    ['The deputies agreed to hold a second round on Monday, and by evening Hale had 301 votes.'],
    ['In the first round on Monday she won 190 ballots, short of a majority.'],
  ])('%s', (body) => {
    expect(found(body).map(([kind]) => kind)).not.toContain('talks');
  });

  it('while a round told with nothing of a ballot, or a round of talks, is still talks', () => {
    expect(found('The envoys held a second round in Lusk on Monday.').map(([kind]) => kind)).toContain('talks');
    expect(found('The newly elected president hosted the second round of talks in Lusk on Monday.').map(([kind]) => kind)).toContain('talks');
    expect(found('The next round of talks on Monday will test whether the pact can win the votes it needs.').map(([kind]) => kind)).toContain('talks');
    expect(found('The newly elected envoys held a second round in Lusk on Monday.').map(([kind]) => kind)).toContain('talks');
  });
});

describe('a stay told by the days spent somewhere is a visit there', () => {
  it.each([
    ['The chancellor spent Monday in Lusk with the regional governors.', '2058-03-11'],
    ['On Monday the foreign minister spent the day in Orsk.', '2058-03-11'],
    ['The envoy spent two days in Kell last week.', '2058-W10'],
  ])('%s', (body, date) => {
    expect(found(body).filter(([, noun]) => noun === 'Visit')).toEqual([['other', 'Visit', date]]);
  });

  it('but not days held or tended somewhere', () => {
    expect(found('The reporter spent two nights in Evin Prison last week.').map(([, noun]) => noun)).not.toContain('Visit');
    expect(found('The senator spent Monday in the Charité hospital after a fall.').map(([, noun]) => noun)).not.toContain('Visit');
  });

  it('but not years of a life, nor the writer’s own days', () => {
    expect(found('The ambassador spent twenty years in Orsk before the war.').map(([, noun]) => noun)).not.toContain('Visit');
    expect(found('We spent Monday in Lusk waiting for the ferry.').map(([, noun]) => noun)).not.toContain('Visit');
  });
});

describe('the press’s questions answered are a statement of their day', () => {
  it.each([
    ['On Tuesday Zelenskyy took reporters’ questions at the airport before flying on.', '2058-03-12'],
    ['Witkoff fielded questions from the travelling press on Monday, mostly about the ceasefire.', '2058-03-11'],
    ['Umerov answered questions from journalists for forty minutes on Monday evening.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['statement', null, day]);
  });

  it('but not questions from the floor or from members', () => {
    expect(found('On Monday Zelenskyy answered questions from the floor of the assembly.').map(([kind]) => kind)).not.toContain('statement');
  });
});

describe('a statement of more than one put out is their statement of that day', () => {
  it.each([
    ['Putin and Witkoff put out a joint statement on Monday about the grain corridor.', '2058-03-11'],
    ['On Tuesday Umerov and Witkoff released a joint statement on the exchange.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['statement', null, day]);
  });
});

describe('a relative clause after a topic of the trigger dates that topic, not the trigger', () => {
  it.each([
    ['On Monday evening Putin and Witkoff issued a joint statement on the blockade, which began on 2 February.', 'statement', '2058-03-11'],
    ['On Tuesday Umerov met Witkoff to discuss the corridor, which was closed in January.', 'meeting', '2058-03-12'],
  ])('%s', (body, kind, day) => {
    expect(found(body).filter(([k]) => k === kind).map(([, , date]) => date)).toEqual([day]);
  });

  it('while one right after the trigger, or after a topic of a trigger with no day before it, still dates it', () => {
    expect(found('The talks, which ended on Friday, produced a deal.')).toContainEqual(['talks', null, '2058-03-08']);
    expect(found('The talks on the river tolls, which had been set for Monday, went ahead in Lusk.')).toContainEqual(['talks', null, '2058-03-11']);
  });

  it('and a happening whose trigger runs into the clause keeps its day', () => {
    expect(found('On Monday evening Putin and Witkoff issued a joint statement on the war, which began on 2 February.')).toContainEqual(['other', 'Start of the war', '2058-02-02']);
  });
});
