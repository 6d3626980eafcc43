// A vehicle's crash, the mourning declared for its dead, and a rocket's booster brought back: happenings of their day, each told by its verb.
import { describe, expect, it } from 'vitest';
import { article, kindsNounsAndDays, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Thursday 12 May 2061: Monday the 9th, Wednesday the 11th.
const found = (body: string): [string, string | null, string][] => kindsNounsAndDays(body, '2061-05-12');
const nouns = (body: string): (string | null)[] => found(body).map(([, noun]) => noun);

describe('a vehicle crash told by its verb, the vehicle before it', () => {
  it.each([
    ['Sixteen people were killed when the Glória funicular came off its rails and crashed into a building in central Lisbon on Wednesday evening.', '2061-05-11'],
    ['On Monday the yellow car ran away down the Calçada da Glória and smashed into a building at the bend.', '2061-05-09'],
    ['A passenger train derailed near Brell on Monday, injuring 40.', '2061-05-09'],
    ['A small plane crashed near Vell on Wednesday, killing both pilots.', '2061-05-11'],
    ['A bus carrying pilgrims overturned on the mountain road on Monday night.', '2061-05-09'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([, noun]) => noun === 'Accident')).toEqual([['other', 'Accident', day]]);
  });

  it('is titled by the vehicle its sentence names', () => {
    const body = 'Sixteen people were killed when the Glória funicular came off its rails and crashed into a building on Wednesday evening.\n';
    expect(timelineWithoutGazetteer([article('a', '2061-05-12', body)]).events.map((e) => e.title)).toEqual(['Crash of the Glória funicular']);
  });

  it('is titled by the vehicle\'s noun phrase: its article in lower case, no subordinator or conjunction before it', () => {
    const titles = (body: string): string[] => timelineWithoutGazetteer([article('a', '2061-05-12', `${body}\n`)]).events.map((e) => e.title);
    expect(titles('A passenger train derailed near Brell on Monday, injuring 40.')).toEqual(['Crash of a passenger train']);
    expect(titles('Two walkers were hurt when the funicular came off its rails on Monday.')).toEqual(['Crash of the funicular']);
    expect(titles('Nobody was hurt and the ferry capsized off Vell on Monday.')).toEqual(['Crash of the ferry']);
    expect(titles('The Dornach cable car crashed into a pylon on Monday.')).toEqual(['Crash of the Dornach cable car']);
  });

  it('is none for a market or a website that crashed, nor for talks derailed', () => {
    expect(nouns('Shares crashed on Monday after the bank warned on profits.')).not.toContain('Accident');
    expect(nouns('The ministry website crashed on Monday under the weight of applications.')).not.toContain('Accident');
    expect(nouns('The row derailed talks on Monday between the two parties.')).not.toContain('Accident');
  });
});

describe('mourning declared for the dead', () => {
  it.each([
    ['Mayor Carlos Moedas declared three days of municipal mourning late on Wednesday night.', '2061-05-11'],
    ['The junta declared a week of national mourning on Monday.', '2061-05-09'],
    ['The government has declared a day of national mourning for today.', '2061-05-12'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([, noun]) => noun === 'Mourning declared')).toEqual([['other', 'Mourning declared', day]]);
  });

  it('is none for a country in mourning, nor for mourning called for', () => {
    expect(nouns('Portugal was in national mourning on Monday.')).not.toContain('Mourning declared');
    expect(nouns('Opposition leaders called on Monday for a day of national mourning.')).not.toContain('Mourning declared');
  });
});

describe('a silence kept for the dead', () => {
  it.each([
    ["Parliament held its minute's silence on Monday, as planned.", '2061-05-09'],
    ['The crowd observed a two-minute silence at noon on Monday.', '2061-05-09'],
    ["Parliament will observe a minute's silence on Friday.", '2061-05-13'],
    ['The council kept a moment of silence for the victims on Wednesday.', '2061-05-11'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([, noun]) => noun === 'Silent tribute')).toEqual([['other', 'Silent tribute', day]]);
  });

  it('is none for a silence that fell, nor for one asked for', () => {
    expect(nouns('A silence fell over the chamber on Monday.')).not.toContain('Silent tribute');
    expect(nouns("The union asked on Monday for a minute's silence.")).not.toContain('Silent tribute');
  });
});

describe("a rocket's booster brought back", () => {
  it.each([
    ["New Glenn's first stage landed on the recovery vessel Jacquelyn in the Atlantic Ocean on Wednesday.", '2061-05-11'],
    ['On Monday the rocket sent two probes on their way and, nine minutes later, landed its first stage on the barge.', '2061-05-09'],
    ['The booster touched down on the droneship on Monday.', '2061-05-09'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([, noun]) => noun === 'Booster landing')).toEqual([['other', 'Booster landing', day]]);
  });

  it('is none for a lander on the Moon or a plane landing, nor for a landing not made', () => {
    expect(nouns('The lander touched down on the Moon on Monday.')).not.toContain('Booster landing');
    expect(nouns('The plane landed in Lisbon on Monday.')).not.toContain('Booster landing');
    expect(nouns('The first stage did not land on the barge on Monday.')).not.toContain('Booster landing');
  });
});
