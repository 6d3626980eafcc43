import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer, firstReportedIn, reportedIn } from '../../../tests/support/pipeline.ts';
import { report, said } from '../../../tests/support/reports.ts';
import { splitSentences } from '../parse/sentences.ts';
import { hostSides } from './host-side.ts';
import type { EntityMention } from './recognise.ts';

// Reports of our own, with an empty gazetteer: a host whose office names no state, receiving a guest of
// another state in a town of the host's own, acts for that town's state; a guest is welcomed to a town.
const timeline = timelineWithoutGazetteer([
  article('speaker-received', '2034-06-02', 'TRENČÍN — Marta Hlinková, Speaker of the National Council, received the Czech foreign minister, Pavel Dvořák, in Trenčín on Tuesday.\n'),
  article('office-first-hosted', '2034-06-04', 'The Speaker of the National Council, Marta Hlinková, hosted Austrian chancellor Karl Weber in Bratislava on Thursday for talks.\n'),
  article('portfolio-received', '2034-06-06', "Minister of Tourism Carmen Villalobos received Jamaica's tourism minister, Delroy Whitfield, in Santo Domingo on Saturday.\n"),
  article('abroad-met', '2034-06-08', 'Marta Hlinková, Speaker of the National Council, met the Czech foreign minister, Pavel Dvořák, in Prague on Monday.\n'),
  article('no-guest-side', '2034-06-10', 'Minister of Tourism Carmen Villalobos hosted cruise executive Tomas Brenner in Santo Domingo on Wednesday for talks on new routes.\n'),
  article('king-welcomed-to', '2034-06-12', "King Siaosi welcomed the Prime Minister of Tuvalu, Penitusi Lauti, to Nuku'alofa on Friday.\n"),
  article('welcomed-back-to', '2034-06-14', "Samoa's prime minister welcomed the Fijian delegation back to Apia on Sunday for talks on fisheries.\n"),
  // Told in the passive, the guest its subject: nothing between the verb and "to".
  article('passive-welcomed-to', '2034-06-16', "The pontiff, Leo XIV, was welcomed to Castries on Thursday by Saint Lucia's Prime Minister, Marcus Joseph-Alcide.\n"),
  // Met on a visit to the town: its state's capital is the host's; a town abroad, or no visit told, says nothing of who hosted.
  article('visit-met', '2034-06-20', 'The release followed the visit to Vientiane of the Czech foreign minister, Pavel Dvořák, who met with Somsack Vongsa in Vientiane on Tuesday.\n'),
  article('visit-met-not-capital', '2034-06-22', 'On a visit to Luang Prabang, the Czech trade minister, Ondřej Malý, met with Bounthong Keo in Luang Prabang on Friday.\n'),
  article('met-in-capital', '2034-06-24', 'The Czech culture minister, Jana Veselá, met with Khamla Sone in Vientiane on Monday.\n'),
  article('passive-welcomed-back', '2034-06-18', 'Togolese President Koffi Agbeko was welcomed back to Kumasi on Saturday by the regional minister, Kwame Boadu.\n'),
]);

describe("a host's side from the town they receive a guest in", () => {
  it('is the state the town lies in, whether the office comes before or after the name', () => {
    expect(idsOf(firstReportedIn(timeline, 'speaker-received').roles?.parties)).toEqual(['czechia', 'slovakia']);
    expect(idsOf(firstReportedIn(timeline, 'office-first-hosted').roles?.parties)).toEqual(['austria', 'slovakia']);
    expect(idsOf(firstReportedIn(timeline, 'portfolio-received').roles?.parties)).toEqual(['jamaica', 'dominican-republic']);
    expect(idsOf(firstReportedIn(timeline, 'king-welcomed-to').roles?.parties)).toEqual(['tuvalu', 'tonga']);
  });

  it("is the capital's state for the one a guest met with on a visit there, and only there", () => {
    expect(idsOf(reportedIn(timeline, 'visit-met', 'meeting')[0]?.roles?.parties)).toEqual(['czechia', 'laos']);
    expect(idsOf(reportedIn(timeline, 'visit-met-not-capital', 'meeting')[0]?.roles?.parties)).toEqual(['czechia']);
    expect(idsOf(firstReportedIn(timeline, 'met-in-capital').roles?.parties)).toEqual(['czechia']);
  });

  it('is none when the guest is of the town\'s state or of none, since the town then tells no host apart', () => {
    expect(idsOf(firstReportedIn(timeline, 'abroad-met').roles?.parties)).toEqual(['czechia']);
    expect(idsOf(firstReportedIn(timeline, 'no-guest-side').roles?.parties)).toEqual([]);
  });
});

describe('a welcome', () => {
  it('is held in the town the guest is welcomed to', () => {
    expect(firstReportedIn(timeline, 'king-welcomed-to').place?.id).toBe('nukualofa');
    expect(firstReportedIn(timeline, 'welcomed-back-to').place?.id).toBe('apia');
  });

  it('told in the passive is held where its subject is welcomed to', () => {
    expect(firstReportedIn(timeline, 'passive-welcomed-to').place?.id).toBe('castries');
    expect(firstReportedIn(timeline, 'passive-welcomed-back').place?.id).toBe('kumasi');
  });
});

describe('the sentences a host is looked for in', () => {
  // One gathering in a town of Slovakia, its sentence read by `read`: the names are asked for only where a host may be told.
  const namesAskedFor = (sentence: string, place = 'trencin'): string[] => {
    const asked: string[] = [];
    const read = (text: string): EntityMention[] => {
      asked.push(text);
      return [];
    };
    const gathering = report({ article: 'a', kind: 'meeting', place, participants: ['pavel-dvorak'], evidence: said(sentence) });
    hostSides([gathering], splitSentences(`${sentence}\n`), read, () => undefined, (town) => (['trencin', 'bratislava'].includes(town) ? 'slovakia' : undefined));
    return asked;
  };

  it('are those with a host\'s verb, or a meeting on a visit', () => {
    expect(namesAskedFor('Marta Hlinková received Pavel Dvořák in Trenčín on Tuesday.')).toHaveLength(1);
    expect(namesAskedFor('Marta Hlinková will host Pavel Dvořák in Trenčín on Tuesday.')).toHaveLength(1);
    expect(namesAskedFor('On a visit to Bratislava, Pavel Dvořák met with Marta Hlinková on Tuesday.', 'bratislava')).toHaveLength(1);
  });

  it('leaves the others unread: a meeting told with no visit to the capital, a gathering told by its noun', () => {
    expect(namesAskedFor('Pavel Dvořák met with Marta Hlinková in Bratislava on Tuesday.', 'bratislava')).toEqual([]);
    expect(namesAskedFor('On a visit to Trenčín, Pavel Dvořák met with Marta Hlinková on Tuesday.')).toEqual([]);
    expect(namesAskedFor('The talks between Pavel Dvořák and Marta Hlinková in Trenčín ended on Tuesday.')).toEqual([]);
  });
});
