import { describe, expect, it } from 'vitest';
import { article, idsOf, kindsNounsAndDaysRead, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer. Thursday 12 May 2061: Monday the 9th, Friday the 13th.
// A journey told with the gathering it went to hold ("flew to Lusk on Monday to hold talks with the premier") is that
// gathering, of the journey's day and place, as "to meet" is; a purpose that holds no gathering ("to open the bridge", "to hold a rally", "to hold a
// vote") leaves a trip: its noun says so, for a rally is of kind "other" as a trip is.
const eventsOf = (body: string) => timelineWithoutGazetteer([article('a', '2061-05-12', `${body}\n`)]).events;
const told = (body: string): string[] => eventsOf(body).map((e) => `${e.kind} ${e.date.value} ${e.status} ${e.place?.name ?? 'nowhere'}`);

describe('a journey told with the gathering it goes to hold', () => {
  it.each([
    ['President Ana Ruiz flew to Lusk on Monday to hold talks with Premier Tomas Lind.', 'talks 2061-05-09 occurred Lusk'],
    ['President Ana Ruiz will travel to Lusk on Friday to hold talks with Premier Tomas Lind.', 'talks 2061-05-13 planned Lusk'],
    ['Foreign Minister Edda Morn travelled to Orsk on Monday to have a meeting with her counterpart, Piet Kessel.', 'meeting 2061-05-09 occurred Orsk'],
    ['The envoy Jon Brell flew back to Lusk on Monday to hold a further round of talks with Premier Tomas Lind.', 'talks 2061-05-09 occurred Lusk'],
  ])('is that gathering: %s', (body, event) => {
    expect(told(body)).toEqual([event]);
  });

  it('keeps the traveller and the one met', () => {
    const [talks] = eventsOf('President Ana Ruiz flew to Lusk on Monday to hold talks with Premier Tomas Lind.');
    expect(idsOf(talks?.participants).sort()).toEqual(['ana-ruiz', 'tomas-lind']);
  });
});

describe('a journey told with a purpose that holds no gathering', () => {
  it.each([
    'President Ana Ruiz flew to Lusk on Monday to open the bridge.',
    'President Ana Ruiz flew to Lusk on Monday to hold a rally for her party.',
    'Governor Mira Tesk flew to Orsk on Monday to hold a rally.',
    'Governor Mira Tesk travelled to Orsk on Monday to hold a vote of the county council.',
  ])('stays a trip: %s', (body) => {
    expect(told(body)).toHaveLength(1);
    expect(told(body)[0]).toMatch(/^other 2061-05-09 occurred (?:Lusk|Orsk)$/);
    expect(kindsNounsAndDaysRead(body, '2061-05-12')).toEqual([['other', 'Trip', '2061-05-09']]);
  });
});
