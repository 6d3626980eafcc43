import { describe, expect, it } from 'vitest';
import { article, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: a live page of the strike's day (its entries dated by their stamps under the page's
// day heading, which is the paper's day) and a weekly letter telling the strike by its day, naming no one.
const live = article(
  'live',
  '2063-03-14',
  'HARBOUR NEWS — LIVE\n\nWednesday, 14 March 2063\n\n20:15\nThe port authority has declared a state of emergency in six districts.\n\n18:05\nMayor Ilse Varga cut short a visit to Kessel this afternoon. She has declared the old town an emergency zone.\n\n00:58\nThe strike is on. Flight attendants at Harbour Air and Harbour Air Express walk off the job, the first strike by the airline’s crews since 1985.\n',
);
const letter = article(
  'letter',
  '2063-03-18',
  'THE LAYOVER\n\nIf you were flying Harbour Air last week, you know the story. The airline’s 2,000 flight attendants walked out early on Wednesday, and the port was quiet for days.\n',
);

describe('a live page’s entry dated by its stamp on the paper’s day', () => {
  it('is of as firm a day as a date its sentence names, for another outlet’s report of that day', () => {
    const timeline = timelineWithoutGazetteer([live, letter]);
    const strikes = reportedIn(timeline, 'letter', 'other').filter((e) => e.title.includes('Strike') || e.id.includes('strike'));
    expect(strikes.map((e) => `${e.date.value} ${e.sources.map((s) => s.article).sort().join(' ')}`)).toEqual(['2063-03-14 letter live']);
  });

  it('is no firmer a day for another entry of its own page: each entry is a happening of its own', () => {
    const orders = reportedIn(timelineWithoutGazetteer([live]), 'live', 'other').filter((e) => /emergency/i.test(e.sources.flatMap((s) => s.quotes.map((q) => q.text)).join(' ')));
    expect(orders.length).toBe(2);
  });
});
