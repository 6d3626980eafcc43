import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer, firstReportedIn, reportedIn } from '../../../tests/support/pipeline.ts';
import type { TimelineEvent } from '../types.ts';

// Reports of our own, with an empty gazetteer, for the classes of the sixteenth who-and-where
// batch (entities-16.yaml), each written in other words than the batch: sides written as a
// country's possessive before a title ("Romania's President …"), offices no list of ministers holds.
const timeline = timelineWithoutGazetteer([
  article('possessive-title', '2041-03-02', "Moldovan Prime Minister Victor Ciobanu held talks with Romania's President Radu Munteanu in Bucharest on Thursday.\n"),
  article('possessive-title-first', '2041-03-05', "Hungary's Prime Minister Gábor Szalai met Serbian President Milan Jovanović in Szeged on Monday.\n"),
  article('possessive-portfolio', '2041-03-08', "Ghanaian Foreign Minister Kwame Asante held talks in Lomé on Tuesday with Togo's Climate Minister Koffi Agbeko.\n"),
  article('possessive-town', '2041-03-11', "Paris's Deputy Mayor Anne Roux met Moldovan Prime Minister Victor Ciobanu in Paris on Thursday.\n"),
  article('taoiseach', '2041-03-14', 'Irish Taoiseach Ciarán Doherty met British Prime Minister Helen Ashworth in Belfast on Friday.\n'),
  article('flew-then-met', '2041-03-17', 'Kenyan envoy Grace Wanjiru flew to Addis Ababa on Tuesday. She met Ethiopian officials on Wednesday to discuss the dam.\n'),
  article('arrived-paragraph-before', '2041-03-20', 'Chilean Foreign Minister Camila Rojas arrived in Lima late on Sunday.\n\nOn Monday Rojas held talks with Peruvian officials on the border.\n'),
  article('landed-next-day', '2041-03-23', 'Estonian Prime Minister Kristjan Tamm landed in Oslo on Sunday evening. The next day he and Norwegian Prime Minister Siri Hovland discussed Arctic patrols at a meeting.\n'),
  article('left-then-met', '2041-03-26', 'Azerbaijani Foreign Minister Elnur Mammadli left Ankara on Monday. On Tuesday he met Georgian officials.\n'),
  article('another-travelled', '2041-03-29', 'Turkish envoy Selim Aktaş flew to Baku on Monday. On Tuesday Georgian Prime Minister Levan Beridze met Armenian officials.\n'),
  article('army-chiefs', '2041-04-01', 'Turkish and Iraqi army chiefs met in Erbil on Monday to discuss the border.\n'),
  article('security-heads', '2041-04-04', 'The Indian and Pakistani security heads held talks in Dubai on Friday.\n'),
  article('police-directors', '2041-04-07', 'Kenyan and Somali police directors met in Garissa on Thursday.\n'),
  article('around-the-table', '2041-04-10', 'Polish and Czech officials held talks in Ostrava on Monday on the rail link. Around the table sat Polish Deputy Minister Jan Nowicki and Czech Deputy Minister Petr Havel.\n'),
  article('on-the-table', '2041-04-20', 'Slovak and Austrian officials held talks in Bratislava on Monday on the rail link. Prime Minister Jana Horak said the deal was on the table.\n'),
]);
const gatheringIn = (source: string): TimelineEvent => reportedIn(timeline, source).find((e) => e.kind !== 'other')!;

describe('sides written before an office', () => {
  it("reads a country's possessive before an office written as a title as the side of the person after it", () => {
    expect(idsOf(firstReportedIn(timeline, 'possessive-title').roles?.parties).sort()).toEqual(['moldova', 'romania']);
    expect(idsOf(firstReportedIn(timeline, 'possessive-title-first').roles?.parties).sort()).toEqual(['hungary', 'serbia']);
    expect(idsOf(firstReportedIn(timeline, 'possessive-portfolio').roles?.parties).sort()).toEqual(['ghana', 'togo']);
  });

  it("reads no side from a town's possessive", () => {
    expect(idsOf(firstReportedIn(timeline, 'possessive-town').roles?.parties)).toEqual(['moldova']);
  });

  it('reads the Taoiseach as an office with its side', () => {
    expect(idsOf(firstReportedIn(timeline, 'taoiseach').roles?.parties).sort()).toEqual(['ireland', 'united-kingdom']);
  });
});

describe('a gathering after a journey', () => {
  it('is held where one of its people went in the sentence or paragraph before', () => {
    expect(gatheringIn('flew-then-met').place?.id).toBe('addis-ababa');
    expect(gatheringIn('arrived-paragraph-before').place?.id).toBe('lima');
    expect(gatheringIn('landed-next-day').place?.id).toBe('oslo');
  });

  it('takes no place from a town left, or from a journey by someone not at it', () => {
    expect(gatheringIn('left-then-met').place?.id).toBeUndefined();
    expect(gatheringIn('another-travelled').place?.id).toBeUndefined();
  });
});

describe('people of the sides told by rank or at the table', () => {
  it('reads chiefs, heads and directors after national adjectives as the sides', () => {
    expect(idsOf(gatheringIn('army-chiefs').roles?.parties).sort()).toEqual(['iraq', 'turkiye']);
    expect(idsOf(gatheringIn('security-heads').roles?.parties).sort()).toEqual(['india', 'pakistan']);
    expect(idsOf(gatheringIn('police-directors').roles?.parties).sort()).toEqual(['kenya', 'somalia']);
  });

  it('counts people said to sit at the table as present, not someone who says a deal is on it', () => {
    expect(idsOf(gatheringIn('around-the-table').roles?.present).sort()).toEqual(['jan-nowicki', 'petr-havel']);
    expect(idsOf(gatheringIn('on-the-table').roles?.present)).toEqual([]);
  });
});
