import { describe, expect, it } from 'vitest';
import type { CandidateEvent } from '../events/candidate.ts';
import { day, report, said } from '../../../tests/support/reports.ts';
import { addMember, newEntry, probeOf } from './cluster-index.ts';
import { DayIndex } from './date-fit.ts';
import { keysOfMember, keysToMeet } from './ties.ts';

const world = { within: () => undefined, isPerson: () => true, sideOf: () => undefined, onMap: () => true, seatOf: () => undefined };

/** An index holding one event of the given reports, and how a report's dates fit it. */
function fitOf(members: CandidateEvent[], candidate: CandidateEvent, keyed = false): string | undefined {
  const index = new DayIndex();
  const entry = newEntry(0);
  for (const m of members) {
    addMember(entry, m, world);
    index.add(entry, m, keysOfMember(entry, m, world));
  }
  return index.fitsOf(candidate, keyed ? keysToMeet(probeOf(candidate, world)) : undefined).get(entry);
}

const talks = (over: Partial<CandidateEvent>) => report({ article: 'a', kind: 'talks', ...over });
const month = { value: '2025-06', start: '2025-06-01', end: '2025-06-30', precision: 'month' as const };

describe('DayIndex.fitsOf', () => {
  it('fits a day inside a span, and a month to the event a dated report anchored in it', () => {
    expect(fitOf([talks({ date: day('2025-07-28', '2025-07-29') })], talks({ article: 'b', date: day('2025-07-29') }))).toBe('overlap');
    expect(fitOf([talks({ date: day('2025-06-09') })], talks({ article: 'b', date: month }))).toBe('overlap');
  });

  it('fits a day to an event only a month dates: the month joins what days anchored, never the other way', () => {
    expect(fitOf([talks({ date: month })], talks({ article: 'b', date: day('2025-06-09') }))).toBeUndefined();
  });

  it("fits a gathering's next day when a report tells of days going on, never a call's", () => {
    const began = talks({ date: day('2025-06-09'), evidence: said('The two delegations began talks in London on Monday.') });
    expect(fitOf([began], talks({ article: 'b', date: day('2025-06-10') }))).toBe('adjacent');
    expect(fitOf([talks({ date: day('2025-06-09') })], talks({ article: 'b', date: day('2025-06-10'), evidence: said('The talks ended on Tuesday.') }))).toBe('adjacent');
    // "Met on Monday" and "met on Tuesday": two meetings, or one whose day the reports dispute, never one going on.
    const met = (article: string, on: string, text: string) => talks({ article, date: day(on), evidence: said(text) });
    expect(fitOf([met('a', '2025-06-09', 'The envoys met in Geneva on Monday.')], met('b', '2025-06-10', 'The envoys met in Miami on Tuesday.'))).toBeUndefined();
    // A correction naming the day a report got wrong reaches the other day.
    expect(fitOf([met('a', '2025-06-09', 'The ministers met in Vilnius on Monday.')], met('c', '2025-06-10', 'Correction: A report on the meeting said it took place on Tuesday.'))).toBe('adjacent');
    const call = (article: string, on: string) => report({ article, kind: 'call', date: day(on), evidence: said('The call began on Monday.') });
    expect(fitOf([call('a', '2025-06-09')], call('b', '2025-06-10'))).toBeUndefined();
  });

  it('fits a counted day of a gathering to the event that began on the first day it counts from, whichever was met first', () => {
    const opened = talks({ date: day('2026-08-24'), evidence: said('Negotiators opened a new round of talks in Muscat on Monday.') });
    const third = talks({ article: 'b', date: day('2026-08-26'), evidence: said('Negotiators met for the third day of talks in the Omani capital on Wednesday.') });
    expect(fitOf([opened], third)).toBe('adjacent');
    expect(fitOf([third], { ...opened, article: 'c' })).toBe('adjacent');
    // A day two days after, uncounted, or counted of another thing ("as fighting went into a fourth day"), is not the round's.
    expect(fitOf([opened], { ...third, evidence: said('Negotiators met in the Omani capital on Wednesday.') })).toBeUndefined();
    expect(fitOf([opened], { ...third, evidence: said('Negotiators met in Muscat on Wednesday as fighting went into a third day.') })).toBeUndefined();
  });

  it("fits a call told at its day's edge to the same call told on the next day or the one before, never a call of two days on", () => {
    const call = (article: string, on: string, text: string) => report({ article, kind: 'call', date: day(on), evidence: said(text) });
    const lateNight = call('a', '2026-09-06', 'Trump spoke with Xi late on Sunday night.');
    const morning = call('b', '2026-09-07', 'Xi had a phone conversation with Trump on Monday morning.');
    const plain = call('c', '2026-09-07', 'Xi had a phone conversation with Trump on Monday.');
    expect(fitOf([lateNight], morning)).toBe('acrossMidnight');
    expect(fitOf([morning], lateNight)).toBe('acrossMidnight');
    expect(fitOf([plain], lateNight)).toBe('acrossMidnight');
    expect(fitOf([lateNight], plain)).toBe('acrossMidnight');
    expect(fitOf([call('d', '2026-09-06', 'Trump spoke with Xi on Sunday.')], plain)).toBeUndefined();
    expect(fitOf([lateNight], call('e', '2026-09-08', 'Xi had a phone conversation with Trump on Tuesday morning.'))).toBeUndefined();
  });

  it("fits a call told in one end's evening or morning to the same call told on the next day or the one before: the other end of the line is a time zone or two away", () => {
    const call = (article: string, on: string, text: string) => report({ article, kind: 'call', date: day(on), evidence: said(text) });
    // Ottawa's evening is Tokyo's next morning; a readout may give the hour instead.
    const tokyo = call('a', '2026-11-10', 'On November 10, commencing at 8:00 a.m. for approximately 25 minutes, the Foreign Minister held a telephone talk with the Canadian minister.');
    const ottawa = call('b', '2026-11-09', 'The Minister of Foreign Affairs spoke this evening with the Japanese minister.');
    expect(fitOf([tokyo], ottawa)).toBe('acrossMidnight');
    expect(fitOf([ottawa], tokyo)).toBe('acrossMidnight');
    // Other words: "on Monday evening", "at 9 p.m.", "at 21:30" at one end; "this morning", "at 07:30" at the other.
    const plainTuesday = call('c', '2026-11-10', 'The two ministers spoke by phone on Tuesday.');
    expect(fitOf([call('d', '2026-11-09', 'The president spoke with the premier by telephone on Monday evening.')], plainTuesday)).toBe('acrossMidnight');
    expect(fitOf([call('e', '2026-11-09', 'The two leaders had a phone call at 9 p.m., the White House said.')], plainTuesday)).toBe('acrossMidnight');
    expect(fitOf([call('f', '2026-11-09', 'The leaders held a telephone conversation at 21:30 Moscow time.')], plainTuesday)).toBe('acrossMidnight');
    const plainMonday = call('g', '2026-11-09', 'The two ministers spoke by phone on Monday.');
    expect(fitOf([plainMonday], call('h', '2026-11-10', 'The premier took a call from the president this morning.'))).toBe('acrossMidnight');
    expect(fitOf([plainMonday], call('i', '2026-11-10', 'The ministers spoke by telephone at 07:30 local time.'))).toBe('acrossMidnight');
    // Near misses: an afternoon call, a morning call the day after (a morning reaches back, not on), an evening two days before, an evening strike.
    expect(fitOf([call('j', '2026-11-09', 'The two ministers spoke by phone this afternoon.')], plainTuesday)).toBeUndefined();
    expect(fitOf([plainMonday], call('k', '2026-11-10', 'The two ministers spoke by phone this afternoon.'))).toBeUndefined();
    expect(fitOf([call('l', '2026-11-09', 'The premier took a call from the president this morning.')], plainTuesday)).toBeUndefined();
    expect(fitOf([call('m', '2026-11-08', 'The president spoke with the premier by telephone on Sunday evening.')], plainTuesday)).toBeUndefined();
    const strike = (article: string, on: string, text: string) => report({ article, kind: 'strike', date: day(on), evidence: said(text) });
    expect(fitOf([strike('n', '2026-11-09', 'Drones hit the depot on Monday evening.')], strike('o', '2026-11-10', "Tuesday's drone strike on the depot."))).toBeUndefined();
  });

  it("fits a strike told overnight in any of its sentences to a strike of the next day, never one told with no night", () => {
    const strike = (article: string, on: string, ...texts: string[]) => report({ article, kind: 'strike', date: day(on), evidence: texts.map((text, sentence) => said(text, sentence)[0]!) });
    const overnight = strike('a', '2026-10-02', 'The ministry said it downed thirty drones.', 'Drones hit the depot at Tuapse overnight.');
    const friday = strike('b', '2026-10-03', "Friday's drone strike on the Tuapse depot.");
    expect(fitOf([overnight], friday)).toBe('acrossMidnight');
    expect(fitOf([friday], overnight)).toBe('acrossMidnight');
    expect(fitOf([strike('c', '2026-10-02', 'Drones hit the depot at Tuapse on Thursday.')], friday)).toBeUndefined();
  });

  it("fits a night one report gives to the day before it ('on Saturday night') and another to the morning after ('early Sunday'), whichever way it is told", () => {
    const strike = (article: string, on: string, text: string, qualifier?: string) => report({ article, kind: 'strike', date: { ...day(on), ...(qualifier ? { qualifier } : {}) }, evidence: said(text) });
    const saturdayNight = strike('a', '2026-11-07', 'Lawmakers asked about the Russian attacks on the Danube port of Izmail on Saturday night.');
    // The date's own word puts the report at its day's start ("early Sunday": TimeML's START of the day).
    const earlySunday = strike('b', '2026-11-08', 'Russian drones struck the Danube port of Izmail early Sunday, the ministry said.', 'early');
    expect(fitOf([saturdayNight], earlySunday)).toBe('acrossMidnight');
    expect(fitOf([earlySunday], saturdayNight)).toBe('acrossMidnight');
    // Other words, other outlets: a bare "Saturday night", "last night", "late Saturday", "before dawn on Sunday".
    const sunday = strike('c', '2026-11-08', "Sunday's attack on the refinery knocked out a distillation unit.");
    expect(fitOf([strike('d', '2026-11-07', 'The refinery was hit in a drone raid Saturday night, the governor said.')], sunday)).toBe('acrossMidnight');
    expect(fitOf([strike('e', '2026-11-07', 'Drones set the refinery ablaze last night, the governor said.')], sunday)).toBe('acrossMidnight');
    expect(fitOf([strike('f', '2026-11-07', 'Drones struck the refinery late Saturday, officials said.', 'late')], sunday)).toBe('acrossMidnight');
    expect(fitOf([strike('g', '2026-11-07', "Saturday's barrage hit the refinery.")], strike('h', '2026-11-08', 'Missiles hit the refinery before dawn on Sunday.'))).toBe('acrossMidnight');
    // A call told on Sunday night at one end of the line is Monday's at the other.
    const call = (article: string, on: string, text: string) => report({ article, kind: 'call', date: day(on), evidence: said(text) });
    expect(fitOf([call('i', '2026-11-08', 'Trump called Xi on Sunday night.')], call('j', '2026-11-09', 'Xi spoke with Trump by phone on Monday.'))).toBe('acrossMidnight');
    // Near misses: a strike told by day, or on a Saturday morning, is not Sunday's; nor is a night two days before.
    expect(fitOf([strike('k', '2026-11-07', 'Drones hit the refinery on Saturday afternoon.')], sunday)).toBeUndefined();
    expect(fitOf([strike('l', '2026-11-07', 'Drones hit the refinery on Saturday morning.')], sunday)).toBeUndefined();
    expect(fitOf([strike('m', '2026-11-06', 'Drones hit the refinery on Friday night.')], sunday)).toBeUndefined();
  });

  it('fits another day within a month to a plan one of whose reports says it moved, unless a round was held before the plan', () => {
    const plan = talks({ status: 'planned', published: '2025-05-13', date: day('2025-05-15') });
    const moved = talks({ article: 'b', published: '2025-05-15', date: day('2025-05-16'), evidence: said('The talks expected on Thursday were pushed back to Friday.') });
    expect(fitOf([plan], moved)).toBe('adjacent');
    const weekLater = { ...moved, date: day('2025-05-23') };
    expect(fitOf([plan], weekLater)).toBe('moved');
    expect(fitOf([plan], { ...weekLater, evidence: said('The talks will be held on May 23.') })).toBeUndefined();
    const heldFirst = talks({ article: 'c', published: '2025-05-10', date: day('2025-05-10') });
    expect(fitOf([heldFirst], { ...weekLater, status: 'planned', date: day('2025-05-20') })).toBeUndefined();
  });

  it('never fits a session held or planned "again" to the session the day before it, whichever was met first', () => {
    const first = talks({ date: day('2046-04-30'), evidence: said('The two ministers met in Vienna on Monday.') });
    const again = talks({ article: 'b', date: day('2046-05-01'), evidence: said('The two ministers met again in Vienna on Tuesday, a day after their first meeting.') });
    expect(fitOf([first], again)).toBeUndefined();
    expect(fitOf([again], { ...first, article: 'c' })).toBeUndefined();
    expect(fitOf([first], { ...again, evidence: said('Juric and Petrovic held talks in Vienna once more on Tuesday.') })).toBeUndefined();
    expect(fitOf([first], { ...again, status: 'planned', evidence: said('The ministers will meet again in Vienna on Tuesday.') })).toBeUndefined();
    // A second day is the same session, and a plan named beside a held one leaves it alone.
    expect(fitOf([first], { ...again, evidence: said('The talks entered their second day on Tuesday.') })).toBe('adjacent');
    expect(fitOf([first], { ...again, evidence: said('The talks ended on Tuesday, and the ministers agreed to meet again in June.') })).toBe('adjacent');
    // The same days are the same session, "again" or not.
    expect(fitOf([again], { ...again, article: 'c' })).toBe('overlap');
  });

  it('fits a report dated only by its article to what happened in the three days before it', () => {
    const undated = talks({ article: 'b', datedByPublication: true, date: day('2025-06-12') });
    expect(fitOf([talks({ date: day('2025-06-10') })], undated)).toBe('recent');
    expect(fitOf([talks({ date: day('2025-06-08') })], undated)).toBeUndefined();
    // Unless it is of a session after an earlier one.
    expect(fitOf([talks({ date: day('2025-06-10') })], { ...undated, evidence: said('The negotiators have met again, the ministry said.') })).toBeUndefined();
  });

  it('never fits a plan of "the next round" to a session reported held before that plan was', () => {
    const held = talks({ published: '2026-11-12', date: day('2026-11-11') });
    const next = talks({ article: 'b', status: 'planned', published: '2026-11-14', date: day('2026-11-11'), evidence: said('Negotiators said the next round would be held in Geneva on Wednesday.') });
    expect(fitOf([held], next)).toBeUndefined();
    expect(fitOf([next], held)).toBeUndefined();
    // A plan without "next", or one written before the session was reported held, is that session.
    expect(fitOf([held], { ...next, evidence: said('Negotiators said talks would be held in Geneva on Wednesday.') })).toBe('overlap');
    expect(fitOf([held], { ...next, published: '2026-11-10' })).toBe('overlap');
  });

  it('given the keys a report may tie by, meets on its own days, dated to the day or to a span, only the events filed under one of them, and fits those it left out no other way', () => {
    const envoys = (over: Partial<CandidateEvent>) => talks({ article: 'b', participants: ['steve-witkoff'], ...over });
    // Someone in common, a day or a span it falls in: met, keys or not.
    expect(fitOf([talks({ participants: ['steve-witkoff'], date: day('2025-06-09') })], envoys({ date: day('2025-06-09') }), true)).toBe('overlap');
    expect(fitOf([talks({ participants: ['steve-witkoff'], date: day('2025-06-09', '2025-06-11') })], envoys({ date: day('2025-06-10') }), true)).toBe('overlap');
    expect(fitOf([talks({ participants: ['steve-witkoff'], date: day('2025-06-10') })], envoys({ date: day('2025-06-09', '2025-06-11') }), true)).toBe('overlap');
    // Nothing in common on its day: no tie may join them, so the keys leave the event out; without them it is met and turned down later.
    const other = talks({ participants: ['kirill-dmitriev'], date: day('2025-06-09') });
    expect(fitOf([other], envoys({ date: day('2025-06-09') }))).toBe('overlap');
    expect(fitOf([other], envoys({ date: day('2025-06-09') }), true)).toBeUndefined();
    // An event of that day and the next, left out on the day, is not met as the day after's either ("began on Monday").
    const twoDays = [talks({ participants: ['kirill-dmitriev'], date: day('2025-06-09') }), talks({ article: 'c', participants: ['kirill-dmitriev'], date: day('2025-06-10') })];
    const began = envoys({ date: day('2025-06-09'), evidence: said('Witkoff began talks in Geneva on Monday.') });
    expect(fitOf(twoDays, began)).toBe('overlap');
    expect(fitOf(twoDays, began, true)).toBeUndefined();
    expect(fitOf([twoDays[1]!], began, true)).toBe('adjacent');
  });

  it("finds a report's keys once: asked again with the same keys, it meets the events filed under them since, and drops none it left", () => {
    const index = new DayIndex();
    const vague = talks({ article: 'b', participants: ['steve-witkoff'], date: month });
    const keys = keysToMeet(probeOf(vague, world))!;
    // Asked before any event is filed under its keys: nothing met.
    expect(index.fitsOf(vague, keys).size).toBe(0);
    const fileOne = (order: number, member: CandidateEvent) => {
      const entry = newEntry(order);
      addMember(entry, member, world);
      index.add(entry, member, keysOfMember(entry, member, world));
      return entry;
    };
    const first = fileOne(0, talks({ participants: ['steve-witkoff'], date: day('2025-06-09') }));
    const apart = fileOne(1, talks({ article: 'c', participants: ['kirill-dmitriev'], date: day('2025-06-12') }));
    expect([...index.fitsOf(vague, keys).keys()]).toEqual([first]);
    // A key none of them was filed under when the keys were first found ('someone:steve-witkoff' on a later shelf, another article's).
    const later = fileOne(2, talks({ article: 'd', participants: ['steve-witkoff'], date: day('2025-06-28') }));
    expect(new Set(index.fitsOf(vague, keys).keys())).toEqual(new Set([first, later]));
    expect(index.fitsOf(vague, keys).has(apart)).toBe(false);
  });
});

describe("a report of a month's happening told by its noun", () => {
  it('meets the nameless events of its noun on its days, not those of other nouns or months', () => {
    const index = new DayIndex();
    const fileOne = (order: number, member: CandidateEvent) => {
      const entry = newEntry(order);
      addMember(entry, member, world);
      index.add(entry, member, keysOfMember(entry, member, world));
      return entry;
    };
    const acquittal = (over: Partial<CandidateEvent>) => report({ article: 'c', kind: 'other', noun: 'Acquittal', ...over });
    const ofItsMonth = fileOne(0, acquittal({ date: day('2025-06-20') }));
    fileOne(1, acquittal({ date: day('2025-07-02') }));
    for (const noun of ['Contest won', 'Election', 'Landing']) fileOne(2, report({ article: 'd', kind: 'other', noun, date: day('2025-06-12') }));
    fileOne(3, talks({ article: 'e', date: day('2025-06-20') }));
    const vague = acquittal({ article: 'b', participants: ['ilse-marr'], date: month });
    expect([...index.fitsOf(vague, keysToMeet(probeOf(vague, world))).keys()]).toEqual([ofItsMonth]);
  });
});

describe('DayIndex.remove', () => {
  it('takes an event out of every day and key it was filed under, and leaves the events beside it', () => {
    const index = new DayIndex();
    const fileOne = (order: number, members: CandidateEvent[]) => {
      const entry = newEntry(order);
      for (const m of members) {
        addMember(entry, m, world);
        index.add(entry, m, keysOfMember(entry, m, world));
      }
      return entry;
    };
    // One event over three days and a month, another on its middle day.
    const gone = fileOne(0, [talks({ participants: ['marco-rubio'], date: day('2025-06-09', '2025-06-11') }), talks({ article: 'b', participants: ['marco-rubio'], date: month })]);
    const kept = fileOne(1, [talks({ article: 'c', participants: ['marco-rubio'], date: day('2025-06-10') })]);
    index.remove(gone, 'gathering');
    for (const on of ['2025-06-09', '2025-06-10', '2025-06-11']) {
      const asked = talks({ article: 'd', participants: ['marco-rubio'], date: day(on) });
      expect([...index.fitsOf(asked).keys()], on).toEqual(on === '2025-06-10' ? [kept] : []);
    }
    const vague = talks({ article: 'e', participants: ['marco-rubio'], date: month });
    expect([...index.fitsOf(vague, keysToMeet(probeOf(vague, world))).keys()]).toEqual([kept]);
  });
});
