import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';
import type { EventKind } from '../types.ts';

/** The first candidate of a kind in one report. */
const firstOf = (kind: EventKind, published: string, body: string) => extractOne(published, body).candidates.find((c) => c.kind === kind);

describe('plans told on a day of their own', () => {
  it('reads a weekday a telling names from the telling, not from the later story', () => {
    // Tuesday 8 April 2053: the Friday is the 4th, the Monday after it the 7th (not the 14th, the Monday to come).
    expect(firstOf('talks', '2053-04-08', 'Umerov told reporters on Friday that talks with Medinsky would be held in Istanbul on Monday.\n')).toMatchObject({ status: 'planned', date: { value: '2053-04-07' } });
  });

  it('keeps a weekday told on the story’s own day after that day', () => {
    // Monday 21 April 2053: "said on Monday that … on Monday" is the next Monday.
    expect(firstOf('talks', '2053-04-21', 'Peskov said on Monday that talks with Umerov would be held in Istanbul on Monday.\n')).toMatchObject({ date: { value: '2053-04-28' } });
  });

  it('keeps a weekday the writer marks as ahead ("next Saturday", "this coming Friday") after the story’s day, though the one gone by is nearer', () => {
    // Sunday 20 April 2053: "next Saturday" is the 26th, not yesterday, whether the plan is the writer's or told by someone.
    expect(firstOf('talks', '2053-04-20', 'The second round was held yesterday in Rome. The third round at the level of heads of delegation will then be held next Saturday.\n')?.date.value).toBe('2053-04-19');
    expect(extractOne('2053-04-20', 'The second round was held yesterday in Rome. The third round at the level of heads of delegation will then be held next Saturday.\n').candidates.map((c) => `${c.date.value} ${c.status}`)).toEqual(['2053-04-19 occurred', '2053-04-26 planned']);
    expect(firstOf('meeting', '2053-04-20', 'Aide Noor Halim said the envoys would meet again next Saturday in Valletta.\n')).toMatchObject({ status: 'planned', date: { value: '2053-04-26' } });
    // Friday 18 April 2053: "this coming Friday" is the 25th, not today.
    expect(firstOf('talks', '2053-04-18', 'Negotiators from both capitals are due to resume talks this coming Friday, the mediator’s office said.\n')).toMatchObject({ status: 'planned', date: { value: '2053-04-25' } });
    // A bare weekday keeps its nearest reading: "on Saturday" in a Sunday story may be the telling's own day.
    expect(firstOf('talks', '2053-04-20', 'Aide Noor Halim said the talks would resume on Saturday.\n')?.date.value).toBe('2053-04-19');
  });

  it('makes no statement of an earlier telling of what was then to come', () => {
    const { candidates } = extractOne('2025-08-06', 'Putin met Witkoff at the Kremlin on Wednesday.\n\nThe Kremlin had said on Tuesday that Putin would receive the envoy.\n');
    expect(candidates.map((c) => `${c.kind} ${c.date.value}`)).toEqual(['meeting 2025-08-06']);
  });

  it('gives no day to what once happened', () => {
    const { candidates, undated } = extractOne('2053-04-15', 'Zelenskyy and Erdogan have held talks many times, and they once met on a ferry to settle a dispute.\n');
    expect(candidates).toEqual([]);
    expect(undated).toHaveLength(1);
  });
});

describe('plans told in reported speech, the one to be met named by what qualifies them', () => {
  // Wednesday 12 May 2060: the Monday of the telling is the 10th, the Thursday ahead the 13th.
  const meetings = (body: string) => extractOne('2060-05-12', `${body}\n`).candidates.filter((c) => c.kind === 'meeting').map((c) => [c.status, c.date.value]);

  it('gives the plan its own day, not the telling’s, though the one met is "the opposition leader" or "protest organisers"', () => {
    // A wire: "said on Monday that he would meet".
    expect(meetings('Prime Minister Oren Halvic said on Monday that he would meet the opposition leader on Thursday to discuss the budget.')).toEqual([['planned', '2060-05-13']]);
    // A regional paper: a plan told without a telling.
    expect(meetings('The mayor is to meet protest organisers on Thursday at the town hall.')).toEqual([['planned', '2060-05-13']]);
  });

  it('still makes no meeting of opposition or protests met with', () => {
    expect(meetings('The reform met with opposition from farmers on Monday.')).toEqual([]);
    expect(meetings('The budget failed to meet opposition demands, the party said on Monday.')).toEqual([]);
  });
});

describe('plans the sentence says went ahead', () => {
  it('dates a moved plan that went ahead on the day it moved to, past', () => {
    // Friday 11 April 2053: the Wednesday it moved to is the 9th.
    expect(firstOf('meeting', '2053-04-11', 'The meeting of Umerov and Medinsky, moved from Monday to Wednesday because of a strike, went ahead in Istanbul.\n')).toMatchObject({ status: 'occurred', date: { value: '2053-04-09' } });
  });

  it('dates a plan whose aside gives the day it had been due by the past verb after the aside', () => {
    // Wednesday 12 May 2060: the Saturday before is the 8th, the Tuesday the 11th.
    expect(firstOf('talks', '2060-05-12', 'The talks between Korvia and Estmark, planned for Friday, were held on Saturday instead.\n')).toMatchObject({ status: 'occurred', date: { value: '2060-05-08' } });
    expect(firstOf('meeting', '2060-05-12', 'A meeting of the two envoys, due on Monday, took place on Tuesday in Harvik.\n')).toMatchObject({ status: 'occurred', date: { value: '2060-05-11' } });
    // …and still as a plan when the verb after the aside plans it.
    expect(firstOf('summit', '2060-05-12', 'The summit, set for Friday, will be held in Lindholm.\n')).toMatchObject({ status: 'planned', date: { value: '2060-05-14' } });
  });

  it('makes a told plan that went ahead an event that occurred', () => {
    expect(firstOf('meeting', '2053-04-21', 'Umerov said on Thursday that he would meet Medinsky in Istanbul on Saturday, and the meeting went ahead as planned.\n')).toMatchObject({ status: 'occurred', date: { value: '2053-04-19' } });
  });
});

describe('plans called off', () => {
  it('keeps the day a plan called off was set for, not the day of the calling off', () => {
    expect(firstOf('meeting', '2049-03-11', 'A meeting of Umerov and Medinsky on prisoners, scheduled for Friday, was called off on Thursday after a row.\n')).toMatchObject({ status: 'planned', date: { value: '2049-03-12' } });
  });
});

describe('plans told as not kept', () => {
  it('makes a plan that had been due but was moved or called off a plan of its planned day', () => {
    // Monday 12 May 2025.
    const told = (body: string) => extractOne('2025-05-12', body).candidates.map((c) => [c.kind, c.status, c.date.value]);
    expect(told('The talks had been due at noon but were delayed, the statement said.\n')).toEqual([['talks', 'planned', '2025-05-12']]);
    expect(told('The talks had been due on Monday but were called off, the statement said.\n')).toEqual([['talks', 'planned', '2025-05-12']]);
  });

  it('reads a moved plan of the day of an event told before it as that event, not another', () => {
    const { candidates } = extractOne('2025-05-12', 'Umerov and Medinsky spoke by phone on Monday evening. The talks had been due at noon but were pushed back to the evening, an aide said.\n');
    expect(candidates.map((c) => [c.kind, c.status, c.date.value, c.evidence.length])).toEqual([['call', 'occurred', '2025-05-12', 2]]);
  });
});

describe('days read from the story around them', () => {
  it('counts a day told after its trigger on from the day before it', () => {
    // Saturday 19 April 2053, "the following day" the 20th.
    expect(firstOf('meeting', '2053-04-22', 'Witkoff arrived in Moscow on Saturday and met Putin the following day.\n')).toMatchObject({ date: { value: '2053-04-20' } });
  });

  it('reads a plan for "this week" told on a Sunday as the week ahead', () => {
    const sunday = extractOne('2053-04-13', 'Umerov and Medinsky will meet in Istanbul this week, a spokesman said on Sunday.\n').candidates.find((c) => c.kind === 'meeting');
    expect(sunday).toMatchObject({ status: 'planned', date: { value: '2053-W16', start: '2053-04-14', end: '2053-04-20' } });
    const saturday = extractOne('2053-04-12', 'Umerov and Medinsky will meet in Istanbul this week, a spokesman said on Saturday.\n').candidates.find((c) => c.kind === 'meeting');
    expect(saturday).toMatchObject({ date: { value: '2053-W15' } });
  });
});

/** The candidates of one report, as kind, status, day, people, place and title phrase. */
function eventsOf(published: string, body: string) {
  const result = extractOne(published, body);
  return result.candidates.map((c) => ({ kind: c.kind, status: c.status, date: c.date.value, participants: [...c.participants].sort(), place: c.place, phrase: result.phrases.get(c) }));
}

// Thursday 14 May 2054: its Tuesday is the 12th, its Monday the 11th.
describe('a round a relative clause ends while its main clause plans the next', () => {
  it('is a past event of its own, with the people, place and name of the talks', () => {
    const events = eventsOf('2054-05-14', 'The Geneva talks between Umerov and Witkoff on the grain corridor, which concluded on Tuesday, are due to resume on May 28, officials said on Thursday.\n');
    const ended = events.find((e) => e.status === 'occurred');
    const planned = events.find((e) => e.status === 'planned');
    expect(ended).toMatchObject({ kind: 'talks', date: '2054-05-12', participants: ['rustem-umerov', 'steve-witkoff'], place: 'geneva' });
    expect(planned).toMatchObject({ kind: 'talks', date: '2054-05-28', participants: ['rustem-umerov', 'steve-witkoff'], place: 'geneva' });
    expect(ended!.phrase).toBe(planned!.phrase);
    expect(events).toHaveLength(2);
  });

  it('reads "closed" and "will reconvene" as ending and resuming a summit', () => {
    const events = eventsOf('2054-05-14', 'The summit of Putin and Trump, which closed on Monday without a statement, will reconvene on June 2.\n');
    expect(events.map((e) => `${e.kind} ${e.status} ${e.date}`).sort()).toEqual(['summit occurred 2054-05-11', 'summit planned 2054-06-02']);
  });

  it('leaves one event when the main clause plans no resumption', () => {
    const events = eventsOf('2054-05-14', 'Talks between Umerov and Witkoff, which ended on Tuesday, produced a deal on prisoners.\n');
    expect(events.map((e) => `${e.kind} ${e.status} ${e.date}`)).toEqual(['talks occurred 2054-05-12']);
  });

  it('leaves one plan when the relative clause tells of no ending', () => {
    const events = eventsOf('2054-05-14', 'Talks between Umerov and Witkoff, which began in April, will resume on May 28.\n');
    expect(events.map((e) => `${e.kind} ${e.status} ${e.date}`)).toEqual(['talks planned 2054-05-28']);
  });
});

describe('plans the sentence moves', () => {
  it('keeps the day a moved plan had been due on, whatever words set it', () => {
    // Friday 7 March 2053: the Monday it was due on is the 10th, the Thursday it moved to the 13th.
    expect(firstOf('talks', '2053-03-07', 'Talks between Umerov and Medinsky, due to take place in Istanbul on Monday, have been moved to Thursday, officials said on Friday.\n')).toMatchObject({ date: { value: '2053-03-13' }, wasDue: { value: '2053-03-10' } });
    expect(firstOf('talks', '2053-02-12', 'Talks on grain, which had been due to open in Istanbul on February 20, have been pushed back to early March.\n')).toMatchObject({ date: { value: '2053-03' }, wasDue: { value: '2053-02-20' } });
  });

  it('moves a plan postponed by a length from the day it was set for', () => {
    // Friday 7 March 2053: planned for Monday the 10th, a week later is the 17th; brought forward by two days, the 8th.
    expect(firstOf('talks', '2053-03-07', 'Talks between Umerov and Medinsky, planned for Monday in Istanbul, have been postponed by a week, officials said on Friday.\n')).toMatchObject({ status: 'planned', date: { value: '2053-03-17' }, wasDue: { value: '2053-03-10' } });
    expect(firstOf('talks', '2053-03-07', 'Talks between Umerov and Medinsky, set for Monday, have been brought forward by two days.\n')).toMatchObject({ date: { value: '2053-03-08' }, wasDue: { value: '2053-03-10' } });
  });

  it('gives a plan moved to no day no earlier day of its own sentence', () => {
    expect(firstOf('talks', '2053-03-07', 'Talks between Umerov and Medinsky in Istanbul on Monday were postponed.\n')?.wasDue).toBeUndefined();
  });
});

describe('a diary of the days ahead', () => {
  // Sunday 9 March 2053: the coming Thursday is the 13th, the one gone by the 6th.
  it('reads a weekday-labelled entry of the week ahead as a plan of the coming day, whatever its tense', () => {
    expect(firstOf('talks', '2053-03-09', 'The week ahead. Monday: Umerov visits Ankara. Thursday: Umerov and Medinsky hold talks in Istanbul.\n')).toMatchObject({ status: 'planned', date: { value: '2053-03-13' } });
  });

  it('leaves the days of a week in review where they were', () => {
    expect(firstOf('talks', '2053-03-09', 'The week in review. Thursday: Umerov and Medinsky held talks in Istanbul.\n')).toMatchObject({ status: 'occurred', date: { value: '2053-03-06' } });
    expect(firstOf('talks', '2053-03-09', 'The week in review.\n\nThursday: Umerov and Medinsky hold talks in Istanbul.\n')).toMatchObject({ status: 'occurred', date: { value: '2053-03-06' } });
  });

  it('reads the entries below a heading of the week ahead, each a paragraph of its own, as plans', () => {
    const body = 'The week ahead.\n\nMonday: Umerov visits Ankara.\n\nThursday: Umerov and Medinsky hold talks in Istanbul, a spokesman confirmed.\n';
    expect(firstOf('talks', '2053-03-09', body)).toMatchObject({ status: 'planned', date: { value: '2053-03-13' } });
  });
});

describe('days told beside their event', () => {
  it('dates an event by the day its noun is told by, not by the announcing', () => {
    // Wednesday 12 March 2053: the Tuesday is the 11th.
    expect(firstOf('call', '2053-03-12', 'The presidential office on Wednesday announced Tuesday’s call between Umerov and Medinsky.\n')).toMatchObject({ status: 'occurred', date: { value: '2053-03-11' }, datedByPublication: false });
  });

  it('holds a gathering in the "where" clause of a journey done on the journey’s day', () => {
    // Friday 14 March 2053: the Thursday is the 13th.
    expect(firstOf('talks', '2053-03-14', 'Umerov travelled to Ankara on Thursday, where he and Medinsky held four hours of talks.\n')).toMatchObject({ date: { value: '2053-03-13' }, datedByPublication: false });
    // The day before the journey's words: the "where" clause is read from the place it went.
    expect(firstOf('talks', '2053-03-14', 'On Thursday Umerov flew to Ankara, where he and Medinsky held four hours of talks.\n')).toMatchObject({ date: { value: '2053-03-13' }, datedByPublication: false });
    // A journey still ahead plans them for the day of arrival.
    expect(firstOf('talks', '2053-03-14', 'Umerov will fly to Ankara on Monday, where he and Medinsky will hold talks.\n')).toMatchObject({ status: 'planned', date: { value: '2053-03-17' } });
    // With no "where" clause, talks after the journey's day are not held on it.
    expect(firstOf('talks', '2053-03-14', 'Umerov travelled to Ankara on Thursday. He and Medinsky are expected to hold talks in May.\n')).not.toMatchObject({ date: { value: '2053-03-13' } });
  });
});

describe('a plan told in the past with no day of its telling, after the story’s day', () => {
  // Thursday 10 March 2061: the Monday gone by is the 7th (nearest the story's Thursday), the Monday ahead the 14th;
  // the story has told events of Tuesday the 8th and Wednesday the 9th before the plan.
  it('is the first of its weekday after the last day the story told, not the nearest to the news day', () => {
    expect(firstOf('call', '2061-03-10', 'Premier Aino Lasker met President Kasimir Ondrel in Brenn on Wednesday. She told reporters afterwards that she would call the Estmark premier on Monday.\n')).toMatchObject({ status: 'planned', date: { value: '2061-03-14' } });
    expect(firstOf('meeting', '2061-03-10', 'Hospital union leaders held talks with officials of the health ministry on Tuesday.\n\nThe health minister, Nora Fiell, said she would meet the union leaders on Monday, according to her office.\n')).toMatchObject({ status: 'planned', date: { value: '2061-03-14' } });
  });

  it('keeps the nearest weekday when the story tells no day before it', () => {
    expect(firstOf('call', '2061-03-10', 'Chancellor Imre Sotak told reporters he would call the Harvik premier on Saturday.\n')).toMatchObject({ date: { value: '2061-03-12' } });
  });
});

describe('a plan told in the past with no day of its telling and none of the story', () => {
  // Thursday 10 March 2061: the telling is the news, made known by the day after it at the latest, so a weekday two days or more gone by
  // (Monday the 7th, Tuesday the 8th) is the next of its name (the 14th, the 15th); the Wednesday before (the 9th) may be the telling's own day.
  it('is the weekday ahead, not one gone by two days or more before the news', () => {
    // A state radio summary.
    expect(firstOf('meeting', '2061-03-10', 'Speaking to state radio, the foreign minister, Karl Dunne, said he would meet his Harvik counterpart in Brenn on Monday.\n')).toMatchObject({ status: 'planned', date: { value: '2061-03-14' } });
    // A harbour newsletter in the present perfect of telling.
    expect(firstOf('talks', '2061-03-10', 'Mayor Tove Brask has told the harbour board that she would hold talks with the ferry operators on Tuesday.\n')).toMatchObject({ status: 'planned', date: { value: '2061-03-15' } });
  });

  it('keeps the day before the news, which may be the telling’s own', () => {
    expect(firstOf('call', '2061-03-10', 'Chancellor Imre Sotak told reporters he would call the Harvik premier on Wednesday evening.\n')).toMatchObject({ date: { value: '2061-03-09' } });
  });
});

describe('a plan told on a day to an audience named by its noun', () => {
  // Thursday 10 March 2061: the Monday gone by is the 7th, the Friday ahead the 11th.
  it('dates the plan after the telling, not on the day it was told', () => {
    expect(firstOf('talks', '2061-03-10', 'Governor Ruth Vale told the radio on Monday that he would hold talks with Mayor Tom Orr on Friday.\n')).toMatchObject({ status: 'planned', date: { value: '2061-03-11' } });
    expect(firstOf('meeting', '2061-03-10', 'Premier Aino Lasker told a rally on Monday that she would meet the striking dockers on Friday.\n')).toMatchObject({ status: 'planned', date: { value: '2061-03-11' } });
  });

  it('reads an audience of a name and a noun, or two words, after its article ("told the Barsk parliament", "told the upper house")', () => {
    // Monday is the telling's, Wednesday the 9th the plan's (not the telling's Monday, nor the Monday ahead).
    expect(firstOf('meeting', '2061-03-10', 'Foreign Minister Ada Kron told the Barsk parliament on Monday that she would meet the Quelland envoy on Wednesday.\n')).toMatchObject({ status: 'planned', date: { value: '2061-03-09' } });
    expect(firstOf('talks', '2061-03-10', 'The interior minister told the upper house on Monday that he would hold talks with the border police unions on Wednesday.\n')).toMatchObject({ status: 'planned', date: { value: '2061-03-09' } });
  });

  it('does not take what was told for the audience ("told the envoys to meet on Monday")', () => {
    expect(firstOf('meeting', '2061-03-10', 'The premier told the two envoys to meet on Monday.\n')).toMatchObject({ date: { value: '2061-03-07' } });
  });
});

describe('a past gathering that prepared or discussed a later one', () => {
  // Thursday 10 March 2061: the Monday gone by is the 7th, the Tuesday the 8th.
  const first = (kind: EventKind, body: string) => firstOf(kind, '2061-03-10', `${body}\n`);

  it('took place on its own day, though a plan word follows its verb', () => {
    // A business daily: "met … to prepare next month's summit".
    expect(first('meeting', 'The two defence ministers met in Harvik on Monday to prepare next month’s summit of their presidents.')).toMatchObject({ status: 'occurred', date: { value: '2061-03-07' } });
    // A union bulletin: "met … and discussed the upcoming conference".
    expect(first('meeting', 'Union leaders met the port employers in Brenn on Tuesday and discussed the upcoming conference on pay.')).toMatchObject({ status: 'occurred', date: { value: '2061-03-08' } });
  });

  it('stays a plan when its own clause plans it before the verb', () => {
    expect(first('meeting', 'The two defence ministers would have met in Harvik on Monday to prepare the summit.')).toMatchObject({ status: 'planned' });
  });
});

describe('a plan told in an interview or a speech whose day is given by its participle', () => {
  // Saturday 8 May 2055: "given on Monday" is the telling (the 3rd), so the Thursday is the 6th, after it (read from the news day, the Thursday gone by is the nearest too, so the story's day sets it a week back: the 13th would be wrong).
  it('reads the weekday after the telling’s day', () => {
    expect(firstOf('talks', '2055-05-08', 'In an interview given on Monday and aired on Friday, the premier said she would hold talks with the Estmark chancellor on Thursday.\n')).toMatchObject({ date: { value: '2055-05-06' } });
    expect(firstOf('meeting', '2055-05-08', 'In a speech delivered on Monday, the mayor said he would meet the harbour pilots on Thursday.\n')).toMatchObject({ date: { value: '2055-05-06' } });
  });
});

describe('a plan told after a sentence that sets a past scene', () => {
  // Wednesday 16 April 2053: the Monday is the 14th; last week is the week of the 7th.
  const dated = (body: string): string[] => extractOne('2053-04-16', `${body}\n`).candidates.map((c) => `${c.kind} ${c.date.value} ${c.status}`);
  it('gives a plan no day of a scene already gone by', () => {
    for (const body of [
      'The accord was initialled on Monday. The next stage would be talks in Oslo.',
      'The ceasefire text was agreed by both cabinets last week. Talks on a settlement in Valletta are expected to follow.',
    ]) {
      expect(dated(body).filter((e) => e.endsWith('planned'))).toEqual([]);
    }
  });

  it('sets a plan told as it stood then ("was then due to") in the scene gone by', () => {
    expect(dated('The minister arrived in Kessel on Monday. Her delegation was then due to fly on to Orsk for talks.')).toEqual(['other 2053-04-14 occurred', 'talks 2053-04-14 planned']);
    expect(dated('The envoys conferred in Harvik last week. They were at that point expected to hold talks in Velk.')).toEqual(['talks 2053-W15 planned']);
  });

  it('sets it there though the sentence before reports an event of its own', () => {
    expect(dated('Ida Lund landed in Kessel on Monday. Her aides were at that point due to hold talks in Orsk.')).toEqual(['other 2053-04-14 occurred', 'talks 2053-04-14 planned']);
    expect(dated('The envoys signed a memorandum in Harvik last week. They were then expected to meet the governor in Velk.')).toContainEqual('meeting 2053-W15 planned');
  });

  it('still sets a past report, or a plan in a scene to come, in the scene before it', () => {
    expect(dated('The ceasefire text was agreed by both cabinets last week. Talks on a settlement in Valletta began soon after.')).toEqual(['talks 2053-W15 occurred']);
    expect(dated('The border crossing will reopen next week. Talks on a settlement in Valletta are expected to follow.')).toEqual(['talks 2053-W17 planned']);
  });
});
