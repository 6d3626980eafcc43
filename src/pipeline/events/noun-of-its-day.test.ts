// Happenings told by a noun with its day right after it ("the election of 23 February", "his video
// statement of Thursday", "the signing in Port Ardel on Sunday"), as background and press reviews tell them
// (own-corpus-7's and own-corpus-10's misses, sentences written here in other words).
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe('an election dated by the day after its noun, or a party’s landslide so', () => {
  it.each([
    ['The pledge dates from the campaign before the election of 9 February.', '2058-02-09'],
    ['Turnout in the election on Sunday was the lowest since 1990.', '2058-03-10'],
    ['Nordmark held a federal election on 2 March.', '2058-03-02'],
    ['Much has changed since the Greens’ landslide of 6 May 2056.', '2056-05-06'],
    ['The Liberals won a landslide on 14 October 2057 and governed alone.', '2057-10-14'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['other', 'Election', day]]);
  });

  it('but not someone elected to an office, nor earth that slid', () => {
    expect(found('The chamber debated the election of a new speaker.')).toEqual([]);
    expect(found('A landslide on Monday cut the mountain road.')).toEqual([]);
    expect(found('Monday’s landslide of 2 March cut the mountain road.')).toEqual([]);
  });
});

describe('a runoff dated by its day after it or its weekday before it, as an election is', () => {
  it.each([
    ['In the runoff on 2 March, Ilse Marr beat Aram Tesk by six points.', '2058-03-02'],
    ['In Sunday’s runoff the governor beat her rival by a wide margin.', '2058-03-10'],
    ['Turnout in Sunday’s mayoral election was the lowest since 1990.', '2058-03-10'],
    ['The presidential run-off of 9 February was closer than the polls had said.', '2058-02-09'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['other', 'Election', day]]);
  });

  it('but not one told only as possible or likely', () => {
    expect(found('A runoff on Sunday is possible if no candidate wins half the votes.')).toEqual([]);
    expect(found('An election on 6 April now looks likely after the coalition collapsed.')).toEqual([]);
    expect(found('A run-off on Sunday seems increasingly probable.')).toEqual([]);
  });

  it('but not one with no day, nor a bank’s run-off of its holdings', () => {
    expect(found('She has led since winning a runoff her rival still disputes.')).toEqual([]);
    expect(found('The bank will end the run-off of its bond holdings on Monday.').filter(([, noun]) => noun === 'Election')).toEqual([]);
  });
});

describe('a statement told by how it was put out is its speaker’s saying', () => {
  it.each([
    ['The paper quoted Putin’s video statement of Monday, in which he called the truce a victory.', '2058-03-11'],
    ['In a televised statement on Tuesday evening, Zelensky said the front was holding.', '2058-03-12'],
    ['Putin said in a recorded statement on Monday that the talks would go on.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['statement', null, day]]);
  });

  it('but not a written statement or a plain one, which may be a press release', () => {
    expect(found('Putin’s written statement of Monday set out the new rules.')).toEqual([]);
    expect(found('Putin’s statement of Monday set out the new rules.')).toEqual([]);
  });
});

describe('a signing named by its noun with its own day', () => {
  it.each([
    ['For Mira Tal, the signing in Port Ardel on Sunday was something she watched on her phone in a field.', '2058-03-10'],
    ['Relatives watched the signing at the Vell Town Hall on Monday, 11 March.', '2058-03-11'],
    ['Tuesday’s signing drew a crowd of hundreds to the square.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['other', 'Agreement signed', day]]);
  });

  it('but not a player’s signing, whose player is named after it', () => {
    expect(found('Fans cheered the signing of Jones on Monday.')).toEqual([]);
    expect(found('The club completed the signing on Monday of a striker from Vell.')).toEqual([]);
  });
});

describe('a vote named by its noun with its own day, in a second clause or an aside', () => {
  it.each([
    ['The vote on Monday, the first since May, left the chamber split.', '2058-03-11'],
    ['Critics said the vote on Sunday was rigged.', '2058-03-10'],
    ['The vote on Friday will decide the budget.', '2058-03-15'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['other', 'Vote', day]]);
  });

  it('but not the share of it a party won, nor a vote on a day’s motion', () => {
    expect(found('The Greens won 52 % of the vote on Sunday.')).toEqual([]);
    expect(found('The vote on Sunday’s motion was delayed.')).toEqual([]);
  });
});
