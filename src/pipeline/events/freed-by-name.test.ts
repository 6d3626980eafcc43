// One person set free by name is a release of its day, as a count of captives freed is (captives-freed.test.ts); so are a count pardoned and one named
// who was held told coming home, wordings the triggers lacked (own-corpus-5's and own-corpus-11's, written here in other words). Thursday 12 March 2065 is the papers' day.
import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** The days of the prisoner exchanges one article reports. */
const exchanges = (text: string): string[] =>
  extractOne('2065-03-12', `${text}\n`).candidates.filter((c) => c.kind === 'exchange').map((c) => c.date.value);

describe('a person freed by name', () => {
  it('is a release of its day', () => {
    expect(exchanges('On Wednesday the Interior Ministry released Tomas Berglund, a Norland engineer jailed for spying, and sent him home.')).toEqual(['2065-03-11']);
    expect(exchanges('Estmark freed Ilse Marr Vance on Tuesday after three years in prison.')).toEqual(['2065-03-10']);
    expect(exchanges('On Monday Velmark released Łukasz Ólafsson, a Norland reporter held since 2063.')).toEqual(['2065-03-09']);
  });

  it('is none when what is released is a thing, a possession or no name', () => {
    expect(exchanges('The ministry released Tomas Berglund’s letters on Tuesday.')).toEqual([]);
    expect(exchanges('On Tuesday the studio released Northern Lights Rising Again, a film about the war.')).toEqual([]);
    expect(exchanges('On Tuesday the agency released Annual Figures 2064.')).toEqual([]);
    expect(exchanges('On Tuesday the ministry released figures on the harvest.')).toEqual([]);
  });
});

describe('captives pardoned by a count', () => {
  it('are a release of its day', () => {
    expect(exchanges('On Tuesday the president pardoned twenty prisoners, among them two journalists.')).toEqual(['2065-03-10']);
    expect(exchanges('Velmark pardoned 37 Norland prisoners on Monday.')).toEqual(['2065-03-09']);
  });

  it('but not one pardoned with no captives counted, nor a pardon ahead', () => {
    expect(exchanges('On Tuesday the president pardoned his former aide.')).toEqual([]);
    expect(exchanges('The president said on Tuesday he would consider pardoning twenty prisoners.')).toEqual([]);
  });

  it('only when they are told as held: soldiers pardoned for a crime are no captives', () => {
    expect(exchanges('On Tuesday, Velmark pardoned 12 soldiers who had deserted.')).toEqual([]);
    expect(exchanges('Estmark pardoned forty servicemen convicted of looting on Monday.')).toEqual([]);
    expect(exchanges('On Tuesday the president pardoned 14 jailed Norland soldiers.')).toEqual(['2065-03-10']);
    expect(exchanges('Velmark pardoned nine detainees on Monday.')).toEqual(['2065-03-09']);
  });
});

describe('one named who was held, told coming home', () => {
  it('is a release of the day it is told', () => {
    expect(exchanges('Tomas Berglund, who was held in Estmark for three years, is returning home, the foreign ministry said on Wednesday.')).toEqual(['2065-03-11']);
    expect(exchanges('Ilse Marr Vance, who had been jailed in Velmark since 2063, returned home on Tuesday.')).toEqual(['2065-03-10']);
  });

  it('but not anyone else coming home, nor one named with no captivity told', () => {
    expect(exchanges('Tomas Berglund, who was in Estmark for the talks, is returning home, the ministry said on Wednesday.')).toEqual([]);
    expect(exchanges('Tomas Berglund is returning home after the summit, the ministry said on Wednesday.')).toEqual([]);
  });
});
