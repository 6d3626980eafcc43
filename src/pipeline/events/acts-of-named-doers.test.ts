// A dated past act of a named doer that no kinds row has words for is still an event (issue #8): sentences written here,
// with invented names, in the words a new story's acts come in.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

const others = (body: string): [string | null, string][] => found(body).filter(([kind]) => kind === 'other').map(([, noun, day]) => [noun, day]);

describe('a named doer’s act of a day, told by a verb no row has, is an event of that day', () => {
  it.each([
    ['On Monday Tomas Vell pardoned the two journalists held in Kessel.', 'pardoned', '2058-03-11'],
    ['Late on Tuesday, Ana Ruiz dissolved the regional council.', 'dissolved', '2058-03-12'],
    ['Mara Olsen, the mayor of Lusk, renamed the main square on Monday.', 'renamed', '2058-03-11'],
    ['Tomas Vell quietly demolished the old customs house on Tuesday.', 'demolished', '2058-03-12'],
    // A name of several capitalised words is one whether or not the sentence's names know it.
    ['Kessel Harbour Police sealed off the old pier on Monday, the busiest day of the season, port figures show.', 'sealed', '2058-03-11'],
    // A source after the day names where it was told, not another day.
    ['Tomas Vell sealed the border on Monday, according to the ministry.', 'sealed', '2058-03-11'],
    // A day in figures is a day told: an ISO date, an ordinal day, a numeric date, as the dates read them.
    ['Tomas Vell pardoned the guards on 2058-03-10.', 'pardoned', '2058-03-10'],
    ['Tomas Vell pardoned the guards on the 10th.', 'pardoned', '2058-03-10'],
    ['Ana Ruiz dissolved the harbour board on 3/9/2058.', 'dissolved', '2058-03-09'],
    // A saying joined on leaves the act its own.
    ['Tomas Vell pardoned the guards on Monday and said he had no regrets.', 'pardoned', '2058-03-11'],
    ['Mara Olsen renamed the old square on Tuesday and added that the statue would stay.', 'renamed', '2058-03-12'],
    // The noun is the verb as written, never a fragment of it.
    ['Tomas Vell held the old bridge against the flood on Monday.', 'held', '2058-03-11'],
    ['Ana Ruiz fled the capital on Tuesday.', 'fled', '2058-03-12'],
    // "Received" of people is a reception, an act (RECEIVED_A_THING is of a thing).
    ['Ana Ruiz received the harbour pilots at her office on Monday.', 'received', '2058-03-11'],
    // A lede's clause opens after its wire dateline, in every wire's form; the dateline's date is the filing's, not the act's.
    ['KESSEL, March 13 (Harbour Wire) — The Kessel Port Authority fined the ferry line 40,000 crowns on Monday.', 'fined', '2058-03-11'],
    ['KESSEL, March 13 (Reuters) - Tomas Vell pardoned the two journalists on Tuesday.', 'pardoned', '2058-03-12'],
    ['LUSK (AP) — Mara Olsen renamed the main square on Monday.', 'renamed', '2058-03-11'],
    ['Orsk, 13 March 2058 – Ana Ruiz dissolved the regional council on Tuesday.', 'dissolved', '2058-03-12'],
  ])('%s', (body, noun, day) => {
    expect(others(body)).toEqual([[noun, day]]);
  });
});

describe('but not what is no act, no act of a day, nor an act a row reads', () => {
  it.each([
    // Background told in the past: a founding, a career.
    ['The Kessel Trust was founded in 1998.'],
    ['Ana Ruiz, who won the seat on Monday, remained silent.'],
    ['Ana Ruiz won the seat in 2049.'],
    // A plan or a hope, a saying or a thought.
    ['Tomas Vell agreed to meet the strikers on Friday.'],
    ['Tomas Vell hoped on Monday that the strike would end.'],
    ['Tomas Vell told reporters on Monday that the bridge was safe.'],
    ['Tomas Vell believed on Monday that the bridge was safe.'],
    // A matter spoken of is a saying's, not an act: the verbs of a speaking scene (EMPTY_SAYING_VERB).
    ['Ana Ruiz addressed the worries of the fishermen on Monday.'],
    ['On Tuesday Tomas Vell discussed the harbour budget with the mayors.'],
    ['Ana Ruiz stood beside the mayor on Monday and said the bridge was safe.'],
    // A negated act, a quoted one, a state, a counted figure.
    ['Ana Ruiz did not sign the decree on Monday.'],
    ['Ana Ruiz never signed the decree on Monday.'],
    ['“Tomas Vell unveiled nothing on Monday,” a critic wrote.'],
    ['Prices remained high on Monday.'],
    ['The Spring Holiday brought the crowds back on Monday.'],
    ['Tomas Vell expressed his deep concern on Monday.'],
    // A place waking to its morning, after a dateline or not, is a scene, no one's act.
    ['KESSEL — Kessel Island woke up on Wednesday to driftwood on the quay and a great deal of relief.'],
    ['Port Vell woke on Tuesday to flooded cellars.'],
    // A name in the possessive is its noun's, and the word in -s after it no verb: "shareholders" is no act told ahead.
    ['Kessel Steel’s shareholders will meet at the annual meeting on Saturday to vote on the dividend.'],
    ['STEEL WEEKLY — Kessel Steel\'s shareholders will meet at the annual meeting on Saturday to vote on the dividend.'],
    // A state, a stance, what came to the doer: no happening of that day.
    ['Tomas Vell owed the harbour bank money on Monday.'],
    ['Ana Ruiz opposed the harbour bill on Monday.'],
    ['Tomas Vell supported the harbour bill on Tuesday.'],
    ['Ana Ruiz backed the new mayor on Monday.'],
    ['Tomas Vell heard the news on Monday.'],
    ['Ana Ruiz learned of the plan on Tuesday.'],
    ['Tomas Vell received a letter from the strikers on Monday.'],
    ['Tomas Vell received word of the flood on Tuesday.'],
    ['Ana Ruiz enjoyed the sunshine on Monday.'],
    ['Tomas Vell faced questions from the council on Monday.'],
    ['Kessel Motors rose 4% on Monday.'],
    ['Kessel Motors took 30 per cent of the market on Monday.'],
    ['The Lusk Greens won a third of the seats on Sunday.'],
    // A figure's move or a standing told as what the verb did.
    ['Kessel Exchange closed higher on Monday.'],
    ['Brenn Motors ended the day 3% lower on Tuesday.'],
    ['Tomas Vell trailed Ana Ruiz by five points on Monday.'],
    ['Tomas Vell led the polls on Monday.'],
    // One side's claim, and a day that is the source's.
    ['Tomas Vell rigged the count on Monday, the opposition claimed.'],
    ['Ana Ruiz bribed the judge on Monday, prosecutors allege.'],
    // A charge told by its accuser's tag, whatever its verb.
    ['Tomas Vell bribed the judge on Monday, prosecutors said.'],
    ['Ana Ruiz hid the ledgers on Tuesday, according to the indictment.'],
    ['Tomas Vell forged the permits on Monday, the charge sheet says.'],
    ['Tomas Vell dissolved the council, according to a statement on Monday.'],
    // An act whose sentence tells no day of its own: not asked (DAY_TOLD), whatever day the scene before it sets.
    ['Yesterday the sun shone over Kessel. Tomas Vell pardoned the two guards.'],
    // A doer no one names.
    ['The museum reopened to the public on Monday.'],
  ])('%s', (body) => {
    expect(others(body)).toEqual([]);
  });

  it('and an act a row reads is that row’s alone, with no twin', () => {
    expect(found('Tomas Vell resigned on Monday.').filter(([kind]) => kind === 'other')).toHaveLength(1);
    expect(others('Tomas Vell resigned on Monday.').map(([noun]) => noun)).not.toContain('resign');
  });
});
