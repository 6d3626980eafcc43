import { describe, expect, it } from 'vitest';
import { article, idsOf, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: receptions of a guest by a host, the guest's office
// written with a hyphen, the reception a call of protocol, or told in the passive with the guest's
// full name as its subject.
const timeline = timelineWithoutGazetteer([
  article('hyphen-named', '2051-09-08', 'President Marta Olsen received the Malawian vice-president, Chikondi Banda, in Gaborone on Tuesday.\n'),
  article('hyphen-alone', '2051-09-08', 'Prime Minister Ruta Kalnina hosted the Estonian deputy-minister in Riga on Monday for talks on grid links.\n'),
  article('hyphen-possessed', '2051-09-08', "Chancellor Erik Lund welcomed Peru's vice-president at the Hofburg in Vienna on Wednesday.\n"),
  article('courtesy-to', '2051-09-08', 'On Tuesday the Zambian envoy, Mwila Chanda, paid a courtesy call to President Marta Olsen in Gaborone.\n'),
  article('farewell-on', '2051-09-08', 'Ambassador Ines Varga made a farewell call on Prime Minister Ruta Kalnina in Riga on Monday.\n'),
  article('received-by', '2051-09-08', 'Abena Owusu was received by President Marta Olsen in Gaborone on Tuesday.\n'),
  article('warmly-welcomed-by', '2051-09-08', 'On Monday Tomas Reyes was warmly welcomed by Prime Minister Ruta Kalnina at Government House in Riga.\n'),
]);

const meeting = (id: string) => reportedIn(timeline, id, 'meeting')[0];

describe('an office written with a hyphen', () => {
  it('is an office a host receives, its holder present and its state a side', () => {
    expect(idsOf(meeting('hyphen-named')?.roles?.present)).toEqual(['marta-olsen', 'chikondi-banda']);
    expect(idsOf(meeting('hyphen-named')?.roles?.parties)).toContain('malawi');
    expect(idsOf(meeting('hyphen-alone')?.roles?.parties)).toContain('estonia');
    expect(idsOf(meeting('hyphen-possessed')?.roles?.parties)).toContain('peru');
  });
});

describe('a call of protocol', () => {
  it('is a meeting of the caller and the one called on, not a telephone call', () => {
    expect(reportedIn(timeline, 'courtesy-to').map((e) => e.kind)).toEqual(['meeting']);
    expect(idsOf(meeting('courtesy-to')?.roles?.present)).toEqual(['mwila-chanda', 'marta-olsen']);
    expect(reportedIn(timeline, 'farewell-on').map((e) => e.kind)).toEqual(['meeting']);
    expect(idsOf(meeting('farewell-on')?.roles?.present)).toEqual(['ines-varga', 'ruta-kalnina']);
  });
});

describe('a guest received or welcomed by a host, in the passive', () => {
  it('is a person by their full name, present with the host', () => {
    expect(idsOf(meeting('received-by')?.roles?.present)).toEqual(['abena-owusu', 'marta-olsen']);
    expect(idsOf(meeting('warmly-welcomed-by')?.roles?.present)).toEqual(['tomas-reyes', 'ruta-kalnina']);
    expect(meeting('warmly-welcomed-by')?.place?.id).toBe('riga');
  });
});
