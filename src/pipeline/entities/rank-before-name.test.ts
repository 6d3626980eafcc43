import { describe, expect, it } from 'vitest';
import { article, firstReportedIn, idsOf, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer, in the styles of a live page from a court and a wire: a ruler's or a church's
// rank before a name ("Grand Duke Henri", "Grand Duchess Stéphanie", "Cardinal Pietro Parolin", "Archbishop Justin Welby")
// is no part of it, so the person is one id when the next sentence calls them by name alone.
const timeline = timelineWithoutGazetteer([
  article('court', '2041-10-03', 'Grand Duke Guillaume and Grand Duchess Stéphanie came out onto the palace balcony on Friday.\n'),
  article('abdication', '2041-10-04', 'Grand Duke Henri signed the act of abdication at the Grand Ducal Palace on Saturday. Henri, 70, left the palace at noon.\n'),
  article('church', '2041-10-05', 'Cardinal Pietro Parolin met Archbishop Justin Welby in Rome on Sunday.\n'),
]);

describe("a ruler's or a church's rank before a name", () => {
  it('is no part of the name', () => {
    expect(idsOf(firstReportedIn(timeline, 'court').roles?.present)).toEqual(['guillaume', 'stephanie']);
    expect(firstReportedIn(timeline, 'abdication').participants.map((p) => p.name)).toEqual(['Henri']);
    expect(firstReportedIn(timeline, 'church').participants.map((p) => p.name)).toEqual(['Pietro Parolin', 'Justin Welby']);
  });
});
