import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer, firstReportedIn } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: a holder's side from a demonym before "colleague", the
// state an office is "of" written before or after its holder's name (no person), and regions of
// several states (no party).
const timeline = timelineWithoutGazetteer([
  article('colleague', '2034-04-01', 'Foreign Minister Arno Tamm spoke by phone on Monday with his Latvian colleague, Ilze Kalniņa.\n'),
  article('colleague-talks', '2034-04-02', 'Prime Minister Lea Koskinen held talks on Friday with her Swedish colleague, Ulf Berg, in Helsinki.\n'),
  article('ambassador-of', '2034-04-03', 'The Head of State received the outgoing Ambassador of Tessaly, Rolf Binder, at the Palace of the Republic on Wednesday.\n'),
  article('envoy-of', '2034-04-04', 'The minister met the new envoy of Marovia, Jana Kell, in Riga on Monday.\n'),
  article('holder-of', '2034-04-05', 'President Aurelio Vance of Santa Ines met the Chilean foreign minister in Lima on Friday.\n'),
  article('holder-of-country', '2034-04-06', 'President Tomas Reyl of Poland held talks with Peruvian officials in Warsaw on Monday.\n'),
  article('region-states', '2034-04-07', 'Leaders of the Western Balkan states met in Skopje on Tuesday.\n'),
  article('region-summit', '2034-04-08', 'The Summit of Leaders of the Western Balkans opened in Tirana on Monday.\n'),
  article('region-listed', '2034-04-09', 'Ministers from the Baltic states and the Nordic countries met in Riga on Friday.\n'),
  article('body-side', '2034-04-10', 'Leaders of the Gulf Cooperation Council met in Riyadh on Sunday.\n'),
]);

const participants = (id: string): string[] => idsOf(firstReportedIn(timeline, id).participants);

describe('office chains and regions', () => {
  it('gives a colleague the side of the adjective before it', () => {
    expect(idsOf(firstReportedIn(timeline, 'colleague').roles?.parties)).toContain('latvia');
    expect(idsOf(firstReportedIn(timeline, 'colleague-talks').roles?.parties)).toEqual(['sweden']);
  });

  it('reads the state an office is of as no person, before or after its holder', () => {
    expect(participants('ambassador-of')).toEqual(['rolf-binder']);
    expect(participants('envoy-of')).toEqual(['jana-kell']);
    expect(participants('holder-of')).toEqual(['aurelio-vance', 'chile']);
    expect(idsOf(firstReportedIn(timeline, 'holder-of-country').roles?.parties)).toEqual(['poland', 'peru']);
  });

  it('reads a region of several states as no party, but a body of states as one', () => {
    expect(idsOf(firstReportedIn(timeline, 'region-states').roles?.parties)).toEqual([]);
    expect(idsOf(firstReportedIn(timeline, 'region-summit').roles?.parties)).toEqual([]);
    expect(idsOf(firstReportedIn(timeline, 'region-listed').roles?.parties)).toEqual([]);
    expect(idsOf(firstReportedIn(timeline, 'body-side').roles?.parties)).toEqual(['gulf-cooperation-council']);
  });
});
