import { describe, expect, it } from 'vitest';
import { article, idsOf, firstReportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';
import { discoverNames } from './discover.ts';

// Reports of our own, with an empty gazetteer.
const timeline = timelineWithoutGazetteer([
  // A counterpart whose side no sentence writes acts for the other of the article's two states, and for none otherwise.
  article('wire-opposite-number', '2034-10-02', "Ghana's foreign minister, Kwame Asante, met his opposite number, Aminata Ouédraogo, in Ouagadougou on Monday. The talks between Ghana and Burkina Faso covered border trade.\n"),
  article('daily-counterpart', '2034-10-16', 'Kenyan Trade Minister Jane Wanjiru met her counterpart, Amani Mwakasege, in Arusha on Tuesday. Tanzania had asked for the meeting.\n'),
  // Other people in each: a person's side is the timeline's, whichever article gave it.
  article('counterpart-no-state', '2034-11-06', "Ghana's trade minister, Kofi Boateng, met his counterpart, Salif Kaboré, in Ouagadougou on Monday.\n"),
  article('counterpart-three-states', '2034-11-20', "Ghana's interior minister, Ama Owusu, met her counterpart, Issa Sawadogo, in Lomé on Monday. Togo's president, Faure Agbeko, hosted the talks between Ghana and Burkina Faso.\n"),
  // Initials before a surname are one person, with the side the office before them gives.
  article('release-initials', '2034-10-10', "Ghana's Minister of Trade, J. K. Mensah, met Togo's trade minister, Afi Agbo, in Accra on Wednesday.\n"),
  article('weekly-middle-initial', '2034-10-12', 'Kenyan envoy P. L. Otieno met Uganda’s foreign minister, Sarah Kizza, in Kampala on Friday.\n'),
  // An office for a field, or a region's office, after a state's possessive is still that state's.
  article('office-for-region', '2034-10-14', "Norway's state secretary for foreign affairs, Ingrid Holm, chaired the session with Finland's Arctic ambassador, Pekka Lahti, in Tromsø on Tuesday.\n"),
]);

describe('a counterpart whose side is not written', () => {
  it("acts for the other of the article's two states", () => {
    expect(idsOf(firstReportedIn(timeline, 'wire-opposite-number').roles?.parties)).toEqual(['ghana', 'burkina-faso']);
    expect(idsOf(firstReportedIn(timeline, 'daily-counterpart').roles?.parties)).toEqual(['kenya', 'tanzania']);
  });

  it('acts for no one where the article names no other state, or more than one', () => {
    expect(idsOf(firstReportedIn(timeline, 'counterpart-no-state').roles?.parties)).toEqual(['ghana']);
    expect(idsOf(firstReportedIn(timeline, 'counterpart-three-states').roles?.parties)).not.toContain('burkina-faso');
  });
});

describe('initials before a surname', () => {
  it('are one person, whatever the tagger makes of the letters', () => {
    expect(discoverNames('Ghana’s Minister of Trade, J. K. Mensah, met A. Novak in Accra.').map((s) => [s.kind, s.text])).toEqual([
      ['person', 'J. K. Mensah'],
      ['person', 'A. Novak'],
      ['place', 'Accra'],
    ]);
    expect(discoverNames('Plan B. Then the talks resumed.').filter((s) => s.kind === 'person')).toEqual([]);
  });

  it('take the side of the office written with them', () => {
    expect(idsOf(firstReportedIn(timeline, 'release-initials').roles?.present)).toEqual(['j-k-mensah', 'afi-agbo']);
    expect(idsOf(firstReportedIn(timeline, 'release-initials').roles?.parties)).toEqual(['ghana', 'togo']);
    expect(idsOf(firstReportedIn(timeline, 'weekly-middle-initial').roles?.parties)).toEqual(['uganda', 'kenya']);
  });
});

describe("an office for a field or a region after a state's possessive", () => {
  it("is the state's", () => {
    expect(idsOf(firstReportedIn(timeline, 'office-for-region').roles?.parties)).toEqual(expect.arrayContaining(['norway', 'finland']));
  });
});
