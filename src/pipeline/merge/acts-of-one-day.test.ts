// Two ceasefires, or two signings, of one day told without a place: the table alone tells them apart (oneActOfTheDay).
// One act of one day told by the country that did it and by the person who did it for that country is one act (tables.ts
// actedForItsSide; own-corpus-19 tuning: a trade deal "put into effect by Washington" and "signed into effect by President Trump",
// the same Thursday); a person of another country, or a report seating a country the other does not, tells another act.
import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

/** For each event of two reports of one day, the articles it holds. */
const sourcesOf = (first: string, second: string): string[][] =>
  timelineWithoutGazetteer([article('first', '2031-05-20', first), article('second', '2031-05-20', second)])
    .events.map((e) => e.sources.map((s) => s.article).sort())
    .sort();

const TRUCE = 'Armenia and Azerbaijan declared a ceasefire on Tuesday, the two governments said.';
const SIGNING = 'Norway and Sweden signed a fisheries agreement on Tuesday, officials said.';

describe('one act of one day told by its countries and by the people who speak for them', () => {
  it('is one when the people speak for those countries and no others', () => {
    expect(sourcesOf(TRUCE, 'Armenian Prime Minister Aron Vesk and Azerbaijani President Lia Moor declared a ceasefire on Tuesday.')).toEqual([['first', 'second']]);
    expect(sourcesOf(SIGNING, 'Swedish Prime Minister Ane Holt and Norwegian President Ola Berg signed a fisheries agreement on Tuesday.')).toEqual([['first', 'second']]);
  });

  it('is two between other parties, one party shared or none', () => {
    expect(sourcesOf(TRUCE, 'Ethiopian Prime Minister Aron Vesk and Eritrean President Lia Moor declared a ceasefire on Tuesday.')).toEqual([['first'], ['second']]);
    expect(sourcesOf(TRUCE, 'Armenian Prime Minister Aron Vesk and Georgian President Lia Moor declared a ceasefire on Tuesday.')).toEqual([['first'], ['second']]);
    expect(sourcesOf(SIGNING, 'Swedish Prime Minister Ane Holt and Finnish President Ola Berg signed a fisheries agreement on Tuesday.')).toEqual([['first'], ['second']]);
  });

  it('is two when the people speak for a third country besides', () => {
    expect(sourcesOf(TRUCE, 'Armenian Prime Minister Aron Vesk, Azerbaijani President Lia Moor and Georgian President Ivo Marek declared a ceasefire on Tuesday.')).toEqual([['first'], ['second']]);
    expect(sourcesOf(SIGNING, 'Swedish Prime Minister Ane Holt, Norwegian President Ola Berg and Finnish President Ivo Marek signed a fisheries agreement on Tuesday.')).toEqual([['first'], ['second']]);
  });
});

const BY_ITS_COUNTRY = 'Norway put the fisheries agreement with Sweden into effect on Tuesday.';
const BY_ITS_PRIME_MINISTER = 'Norwegian Prime Minister Ola Berg put the fisheries agreement into effect on Tuesday.';

describe('one act of one day told by its country and by the person who did it for that country', () => {
  it('is one, whichever report comes first', () => {
    expect(sourcesOf(BY_ITS_COUNTRY, BY_ITS_PRIME_MINISTER)).toEqual([['first', 'second']]);
    expect(sourcesOf(BY_ITS_PRIME_MINISTER, BY_ITS_COUNTRY)).toEqual([['first', 'second']]);
    expect(sourcesOf(BY_ITS_COUNTRY, 'That deal, which cuts levies on salmon, was signed into effect by Norwegian Prime Minister Ola Berg on Tuesday.')).toEqual([['first', 'second']]);
  });

  it('is two when the person speaks for another country', () => {
    expect(sourcesOf(BY_ITS_COUNTRY, 'Finnish Prime Minister Ola Berg put the fisheries agreement into effect on Tuesday.')).toEqual([['first'], ['second']]);
  });

  it("is two when the person's report seats a country the other does not", () => {
    expect(sourcesOf(BY_ITS_COUNTRY, 'Norwegian Prime Minister Ola Berg put the fisheries agreement with Denmark into effect on Tuesday.')).toEqual([['first'], ['second']]);
  });

  it('is two on two days', () => {
    expect(sourcesOf(BY_ITS_COUNTRY, 'Norwegian Prime Minister Ola Berg put the fisheries agreement into effect on Monday.')).toEqual([['first'], ['second']]);
  });
});
