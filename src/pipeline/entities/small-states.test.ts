import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer, firstReportedIn } from '../../../tests/support/pipeline.ts';

// Sides of people written with a rank or a service between their office and their name, and of the small states a list
// or a demonym names, each in two wordings of different outlets; an empty gazetteer.
const timeline = timelineWithoutGazetteer(
  [
    article('rank-after-office', '2043-04-01', "Togo's defence minister, Colonel Koffi Adjo, and the Nigerien army chief, General Salou Garba, met in Lome on Saturday.\n"),
    article('service-chiefs', '2043-04-02', 'The Ghanaian navy commander, Rear Admiral Kwesi Boateng, met the Togolese army chief, General Eyadema Kpatcha, in Accra on Friday.\n'),
    article('no-side-rank', '2043-04-03', 'Colonel Ama Dogbe met General Issa Boukar in Kara on Saturday.\n'),
    article('joined-states', '2043-04-04', 'Foreign ministers of Trinidad and Tobago and Antigua and Barbuda signed a ferry accord in Port of Spain on Friday.\n'),
    article('small-demonyms', '2043-04-05', 'The Kittitian prime minister, Marcus Liburd, met the Vincentian foreign minister, Orla Sampson, in Basseterre on Monday.\n'),
  ],
);

describe('sides of small states and of officers', () => {
  it('keeps the side of an office whose holder is written with a rank ("defence minister, Colonel Koffi Adjo", "army chief, General …")', () => {
    expect(idsOf(firstReportedIn(timeline, 'rank-after-office').roles?.parties)).toEqual(['togo', 'niger']);
    expect(idsOf(firstReportedIn(timeline, 'service-chiefs').roles?.parties)).toEqual(['ghana', 'togo']);
  });

  it('gives officers named with no office or country no side', () => {
    expect(idsOf(firstReportedIn(timeline, 'no-side-rank').roles?.parties)).toEqual([]);
  });

  it('reads states joined by "and" and the peoples of small states as sides', () => {
    expect(idsOf(firstReportedIn(timeline, 'joined-states').roles?.parties).sort()).toEqual(['antigua-and-barbuda', 'trinidad-and-tobago']);
    expect(idsOf(firstReportedIn(timeline, 'small-demonyms').roles?.parties)).toEqual(['saint-kitts-and-nevis', 'saint-vincent-and-the-grenadines']);
  });
});
