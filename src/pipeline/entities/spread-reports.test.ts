import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer, reportedIn } from '../../../tests/support/pipeline.ts';
import type { Timeline, TimelineEvent } from '../types.ts';

// Reports of our own, with an empty gazetteer, for the classes of the sixteenth who-and-where
// batch (entities-16.yaml), each written in other words than the batch: sides written as a
// country's possessive before a title ("Romania's President …"), offices no list of ministers holds.
const timeline = timelineWithoutGazetteer([
  article('possessive-title', '2041-03-02', "Moldovan Prime Minister Victor Ciobanu held talks with Romania's President Radu Munteanu in Bucharest on Thursday.\n"),
  article('possessive-title-first', '2041-03-05', "Hungary's Prime Minister Gábor Szalai met Serbian President Milan Jovanović in Szeged on Monday.\n"),
  article('possessive-portfolio', '2041-03-08', "Ghanaian Foreign Minister Kwame Asante held talks in Lomé on Tuesday with Togo's Climate Minister Koffi Agbeko.\n"),
  article('possessive-town', '2041-03-11', "Paris's Deputy Mayor Anne Roux met Moldovan Prime Minister Victor Ciobanu in Paris on Thursday.\n"),
  article('taoiseach', '2041-03-14', 'Irish Taoiseach Ciarán Doherty met British Prime Minister Helen Ashworth in Belfast on Friday.\n'),
]);

const firstIn = (reports: Timeline, source: string): TimelineEvent => reportedIn(reports, source)[0]!;

describe('sides written before an office', () => {
  it("reads a country's possessive before an office written as a title as the side of the person after it", () => {
    expect(idsOf(firstIn(timeline, 'possessive-title').roles?.parties).sort()).toEqual(['moldova', 'romania']);
    expect(idsOf(firstIn(timeline, 'possessive-title-first').roles?.parties).sort()).toEqual(['hungary', 'serbia']);
    expect(idsOf(firstIn(timeline, 'possessive-portfolio').roles?.parties).sort()).toEqual(['ghana', 'togo']);
  });

  it("reads no side from a town's possessive", () => {
    expect(idsOf(firstIn(timeline, 'possessive-town').roles?.parties)).toEqual(['moldova']);
  });

  it('reads the Taoiseach as an office with its side', () => {
    expect(idsOf(firstIn(timeline, 'taoiseach').roles?.parties).sort()).toEqual(['ireland', 'united-kingdom']);
  });
});
