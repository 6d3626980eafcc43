import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer, firstReportedIn } from '../../../tests/support/pipeline.ts';
import { initialsOf, spelledOut } from './initials.ts';
import { numberedGroups } from './organisation-sides.ts';

// Bodies no gazetteer lists, named in full, by initials and after "the", in reports of our own.
const timeline = timelineWithoutGazetteer([
  article('full', '2035-02-01', 'The Southern African Development Community (SADC) held talks with Malawian officials in Lilongwe on Monday.\n'),
  article('initials', '2035-02-03', 'Zambia and the SADC held talks in Lusaka on Wednesday, officials said.\n'),
  article('mediates', '2035-02-04', 'The Caribbean Community mediated talks between Guyana and Suriname in Georgetown on Thursday.\n'),
  article('official', '2035-02-07', "The Arab League's foreign policy chief, Omar Saleh, met Libyan President Ali Dbeiba in Tripoli on Sunday.\n"),
  article('leaders-of', '2035-02-08', 'Leaders of the Pacific Islands Forum met the Australian prime minister in Suva on Tuesday.\n'),
  article('compound', '2035-02-16', 'The Pacific Islands Forum marks its jubilee this year. A Pacific-Japan summit was held in Tokyo on Thursday, the host said.\n'),
  article('group-of', '2035-02-18', 'Leaders of the Group of Seven met in Halifax on Monday.\n'),
  article('cooperation', '2035-02-20', 'Leaders of the Asia-Pacific Economic Cooperation forum met in Gyeongju on Friday.\n'),
  article('known-initials', '2035-02-09', 'The EU and Moldova held talks in Chisinau on Monday.\n'),
  article('body-before-people', '2035-02-10', 'Kenyan officials met Gulf Cooperation Council ministers in Nairobi on Tuesday.\n'),
  article('with', '2035-02-05', 'Bolivian ministers held talks with the Andean Community in Lima on Friday, the Andean Press Agency reported.\n'),
]);
// The full name only in a sentence that reports nothing, in the one article that names the body.
const spelledInArticle = timelineWithoutGazetteer([
  article('spelled', '2035-02-06', 'The EAC and Burundi held talks in Bujumbura on Saturday. Ana Ruiz spoke for the East African Community.\n'),
]);

describe('organisations named in full and by initials', () => {
  it('gives initials from the capitalised words of a name, skipping its small words', () => {
    expect(initialsOf('Organization for Security and Co-operation in Europe')).toBe('OSCE');
    expect(initialsOf('International Atomic Energy Agency')).toBe('IAEA');
    expect(initialsOf('U.N.')).toBe('UN');
    expect(spelledOut('EU', ["The European Union's envoy met them.", 'The EU said so.'])).toBe('European Union');
    expect(spelledOut('OSCE', ['the Organization for Security and Co-operation in Europe'])).toBe('Organization for Security and Co-operation in Europe');
    expect(spelledOut('EU', ['The EU said so.'])).toBeUndefined();
  });

  it('makes a body acting in the event a side, and an outlet reporting it none', () => {
    expect(idsOf(firstReportedIn(timeline, 'full').roles?.parties).sort()).toEqual(['malawi', 'southern-african-development-community']);
    expect(idsOf(firstReportedIn(timeline, 'mediates').roles?.mediators)).toEqual(['caribbean-community']);
    expect(idsOf(firstReportedIn(timeline, 'mediates').roles?.parties)).toEqual(['guyana', 'suriname']);
    expect(idsOf(firstReportedIn(timeline, 'with').roles?.parties).sort()).toEqual(['andean-community', 'bolivia']);
    expect(idsOf(firstReportedIn(timeline, 'with').roles?.parties)).not.toContain('andean-press-agency');
    // Its official's side: "The Arab League's foreign policy chief, Omar Saleh, met …".
    expect(idsOf(firstReportedIn(timeline, 'official').roles?.parties).sort()).toEqual(['arab-league', 'libya']);
  });

  it('makes a body whose people act a side, and one a compound of sides names by its first word', () => {
    expect(idsOf(firstReportedIn(timeline, 'leaders-of').roles?.parties).sort()).toEqual(['australia', 'pacific-islands-forum']);
    expect(idsOf(firstReportedIn(timeline, 'compound').roles?.parties).sort()).toEqual(['japan', 'pacific-islands-forum']);
  });

  it('reads a body whose name ends in what it is for as a body, not a person ("Asia-Pacific Economic Cooperation")', () => {
    expect(timeline.entities.find((e) => e.id === 'asia-pacific-economic-cooperation')?.type).toBe('organization');
    expect(firstReportedIn(timeline, 'cooperation').roles?.present).toEqual([]);
  });

  it('names a group of so many countries by its short name, however it is written', () => {
    expect(numberedGroups('Ministers of the Group of Seven met; the G7 said so.').map((g) => g.name)).toEqual(['G7', 'G7']);
    expect(numberedGroups('Leaders of the Group of 20 and the Group of Twenty-four met.').map((g) => g.name)).toEqual(['G20', 'G24']);
    expect(numberedGroups('The Group of Friends met; a G-string.')).toEqual([]);
    // "Seven met" is no count of meetings.
    expect(idsOf(firstReportedIn(timeline, 'group-of').roles?.parties)).toEqual(['g7']);
  });

  it('makes one organisation of its initials and its full name, in one article or across articles', () => {
    expect(idsOf(firstReportedIn(timeline, 'initials').roles?.parties).sort()).toEqual(['southern-african-development-community', 'zambia']);
    expect(timeline.entities.filter((e) => e.type === 'organization').map((e) => e.id)).not.toContain('sadc');
    expect(idsOf(spelledInArticle.events[0]?.roles?.parties).sort()).toEqual(['burundi', 'east-african-community']);
  });

  it('names a body news knows by its initials under its full name where no sentence spells it out ("the EU")', () => {
    expect(idsOf(firstReportedIn(timeline, 'known-initials').roles?.parties).sort()).toEqual(['european-union', 'moldova']);
  });

  it('reads a body written before its people as a side, though the tagger takes its words for an office ("Gulf Cooperation Council ministers")', () => {
    expect(idsOf(firstReportedIn(timeline, 'body-before-people').roles?.parties).sort()).toEqual(['gulf-cooperation-council', 'kenya']);
  });
});
