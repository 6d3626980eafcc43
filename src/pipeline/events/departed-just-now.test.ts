import { describe, expect, it } from 'vitest';
import { article, extractOne, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, of Wednesday 12 March 2053 (the Monday gone by is the 10th): departures told by their perfect, by a part of their day, or as due that evening.
const told = (body: string) => extractOne('2053-03-12', `${body}\n`).candidates.map((c) => `${c.kind}${c.noun ? `/${c.noun}` : ''} ${c.date.value} ${c.status}`);
// A live blog of the same day, its clock time on a line of its own above each entry.
const live = (body: string) => {
  const timeline = timelineWithoutGazetteer([article('a', '2053-03-12', `${body}\n`)]);
  return [...timeline.events.map((e) => `${e.date.value} ${e.kind}`), ...timeline.undated.map((u) => `undated: ${u.quote.text}`)];
};

describe('a departure in the perfect, its place closing the clause', () => {
  it('is a trip of its live entry’s day: done just now, it needs no day after it', () => {
    expect(live('19:40\nThe Estmark delegation has left Kessel. The minister is flying back to Lusk.')).toEqual(['2053-03-12 other']);
    expect(live('19:40\nAir Force One has left Kessel.')).toEqual(['2053-03-12 other']);
    expect(live('08:10\nThe presidential plane has just departed Port Elm for Lusk.')).toEqual(['2053-03-12 other']);
  });

  it('stays undated with no stamp above it', () => {
    expect(live('The Estmark delegation has left Kessel.')).toEqual(['undated: The Estmark delegation has left Kessel.']);
  });

  it('is none for what a happening has left behind', () => {
    expect(told('The storm has left Kessel without power.')).toEqual([]);
    expect(told('The vote has left Lusk divided.')).toEqual([]);
  });
});

describe('a departure told with a part of its day', () => {
  it('is a trip of that day', () => {
    expect(told('The Estmark foreign minister left Kessel on the evening of 10 March to return to Lusk.')).toEqual(['other/Trip 2053-03-10 occurred']);
  });
});

describe('a departure due on the news day', () => {
  it('is a trip planned for that day, as one told in the present is done on it', () => {
    expect(told('The Lusk delegation was expected to leave Kessel this evening.')).toEqual(['other/Trip 2053-03-12 planned']);
    expect(told('The envoy is due to depart Lusk later today.')).toEqual(['other/Trip 2053-03-12 planned']);
  });

  it('is none on a day ahead, nor for a ferry', () => {
    expect(told('Premier Aldo Vance is due to leave Kessel on Friday.')).toEqual([]);
    expect(told('The last ferry is due to leave Kessel tonight.')).toEqual([]);
  });
});
