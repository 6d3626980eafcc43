import { describe, expect, it } from 'vitest';
import { extractOne, timelineWithoutGazetteer, article } from '../../../tests/support/pipeline.ts';

/** The days of the prisoner exchanges one article reports. */
const exchanges = (published: string, text: string): string[] =>
  extractOne(published, `${text}\n`).candidates.filter((c) => c.kind === 'exchange').map((c) => c.date.value);

// Thursday 12 March 2065.
describe('captives freed, counted in words or roughly', () => {
  it('reads a count of captives freed, released or handed over in the passive, in words, whole or rough, as an exchange of its day', () => {
    expect(exchanges('2065-03-12', 'All nine living hostages were released on Tuesday, the ministry said.')).toEqual(['2065-03-10']);
    expect(exchanges('2065-03-12', 'The first four hostages have been handed to the Red Crescent in Korvan on Wednesday.')).toEqual(['2065-03-11']);
    expect(exchanges('2065-03-12', 'Nearly forty detainees were freed on Monday.')).toEqual(['2065-03-09']);
    expect(exchanges('2065-03-12', 'More than 300 Estmark soldiers were repatriated on Sunday night.')).toEqual(['2065-03-08']);
  });

  it('reads one side freeing a rough or worded count of captives as an exchange', () => {
    expect(exchanges('2065-03-12', 'The government freed about 1,400 Lusk prisoners on Monday.')).toEqual(['2065-03-09']);
    expect(exchanges('2065-03-12', 'On Tuesday the militia handed over eleven hostages to the mediators.')).toEqual(['2065-03-10']);
    expect(exchanges('2065-03-12', 'Varna released some 120 detainees on Wednesday.')).toEqual(['2065-03-11']);
  });

  it('makes no exchange of a release of things, nor of soldiers let out of hospital, nor of the dead returned', () => {
    expect(exchanges('2065-03-12', 'The studio released two films about the hostages on Monday.')).toEqual([]);
    expect(exchanges('2065-03-12', 'The ministry released about 300 pages of files on the prisoners on Tuesday.')).toEqual([]);
    expect(exchanges('2065-03-12', 'Forty soldiers were released from hospital on Monday.')).toEqual([]);
    expect(exchanges('2065-03-12', 'The remains of more than 1,200 soldiers were repatriated on Monday.')).toEqual([]);
  });
});

describe('an act given in return', () => {
  const body = 'All nine living hostages were released on Tuesday. In return the government freed about 600 prisoners the same day.\n';

  it('keeps what a sentence opening "In return" tells apart from the act of its kind and day told before it', () => {
    expect(exchanges('2065-03-12', body)).toEqual(['2065-03-10', '2065-03-10']);
    const timeline = timelineWithoutGazetteer([article('swap-day', '2065-03-12', body)]);
    expect(timeline.events.filter((e) => e.kind === 'exchange')).toHaveLength(2);
  });

  it('folds the same act told again with its price into the one told before', () => {
    expect(exchanges('2065-03-12', 'All nine living hostages were released on Tuesday. In exchange for the hostages, the government freed 600 prisoners the same day.')).toEqual(['2065-03-10']);
  });
});
