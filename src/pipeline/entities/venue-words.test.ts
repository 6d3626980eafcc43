import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer, firstReportedIn } from '../../../tests/support/pipeline.ts';
import { findPlace } from './places.ts';

// Reports of our own, with an empty gazetteer: the words of a venue's or a street's name are no town and no
// person; a double surname written alone is the person named in full before.
const timeline = timelineWithoutGazetteer([
  article('hall-no-country', '2034-07-01', 'The Moldovan and Romanian presidents met at the Riverside Hall on Friday.\n'),
  article('center-no-country', '2034-07-02', 'The Moldovan and Romanian presidents met at the Lincoln Center on Saturday.\n'),
  article('castle-country', '2034-07-03', 'Czech Foreign Minister Pavel Novak and his Slovak counterpart Marek Hudec met inside Prague Castle on Sunday.\n'),
  article('castle-town-alone', '2034-07-10', 'The Irish and Danish premiers met at Perth Castle on Friday.\nCrowds had waited at Perth since dawn to see them.\n'),
  article('theatre', '2034-07-04', 'Bulgarian and Greek ministers met at the Victoria Theatre on 2 July.\n'),
  article('street-first', '2034-07-05', 'Negotiators met at a villa on Route de Pregny in Geneva on Tuesday.\n'),
  article('street-last', '2034-07-06', 'Georgian and Armenian envoys met in an office on Rustaveli Avenue in Tbilisi on Wednesday.\n'),
  article('seat-street', '2034-07-07', 'The British and Irish prime ministers met in Downing Street on Thursday.\n'),
  article('double-surname-adverb', '2034-07-08', "Peru's trade minister, Óscar Quispe Mamani, flew to Quito on Sunday.\nLater Quispe Mamani met Ecuador's production minister, Rosa Vera, for talks on Monday.\n"),
  article('double-surname-day', '2034-07-09', "Bolivia's foreign minister, Ana María Choque Huanca, flew to Asunción on Sunday.\nOn Monday Choque Huanca held talks with Paraguayan foreign minister Luis Benítez.\n"),
]);

describe("a town word in a venue's name", () => {
  it("is no town when the article names none of that town's country", () => {
    expect(firstReportedIn(timeline, 'hall-no-country').place?.id).toBe('riverside-hall');
    expect(firstReportedIn(timeline, 'center-no-country').place?.id).toBe('lincoln-center');
  });

  it("is the town in a story of its country", () => {
    expect(firstReportedIn(timeline, 'castle-country').place?.id).toBe('prague');
  });

  it('is the town the article writes alone where something is, whatever larger namesake abroad it also names', () => {
    expect(firstReportedIn(timeline, 'castle-town-alone').place?.id).toBe('perth');
  });

  it('makes no person of a theatre', () => {
    expect(idsOf(firstReportedIn(timeline, 'theatre').roles?.present)).toEqual([]);
    expect(firstReportedIn(timeline, 'theatre').place?.id).toBe('victoria-theatre');
  });
});

describe("a street's name", () => {
  it('is no person, whether its street word comes first or last', () => {
    for (const id of ['street-first', 'street-last']) {
      const event = firstReportedIn(timeline, id);
      expect(idsOf([...(event.roles?.present ?? []), ...(event.roles?.mentioned ?? [])])).toEqual([]);
    }
    expect(firstReportedIn(timeline, 'street-first').place?.id).toBe('geneva');
  });

  it('stands for its seat of government where it is one', () => {
    expect(firstReportedIn(timeline, 'seat-street').place?.id).toBe('london');
  });
});

describe('a town written exactly as a city of 100,000 or more', () => {
  it("is that city, not a region abroad that has the name only with its accents folded", () => {
    expect(findPlace('Ruse')?.town?.country).toBe('BG');
    expect(findPlace('Florida')?.region?.country).toBe('US');
  });
});

describe('a double surname written alone', () => {
  it('is the person the article named in full, after a sentence adverb or a day', () => {
    expect(idsOf(firstReportedIn(timeline, 'double-surname-adverb').roles?.present)).toContain('oscar-quispe-mamani');
    expect(idsOf(firstReportedIn(timeline, 'double-surname-day').roles?.present)).toEqual(['ana-maria-choque-huanca', 'luis-benitez']);
  });
});
