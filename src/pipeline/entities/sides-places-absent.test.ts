import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer, firstReportedIn } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer, for the classes of the fifth who-and-where batch:
// capitals that act or broker, sides named by one office, brokers before an adjective, a place
// written after its description or a capital by its adjective, people named but elsewhere, names
// with a hyphenated particle, and sides that are no state.
const timeline = timelineWithoutGazetteer(
  [
    article('capitals', '2034-01-10', 'Hanoi and Manila held coast guard talks in Jakarta on Tuesday, officials said.\n'),
    article('capital-hosts', '2034-01-12', 'Doha hosted a round of talks between Sudanese and Chadian envoys on Thursday.\n'),
    article('capital-hosts-own', '2034-01-13', 'Port Louis hosted talks between Mauritian and Seychellois maritime officials on Friday.\n'),
    article('capital-hosts-own-named', '2034-01-13', 'Nairobi hosted a round of negotiations between Kenya and Somalia on the sea border on Monday.\n'),
    article('counterpart', '2034-01-14', 'Polish Defence Minister Jan Kowal and his Lithuanian counterpart met in Vilnius on Saturday.\n'),
    article('capital-envoy', '2034-01-16', "Moscow's envoy held talks with Serbian officials in Belgrade on Monday.\n"),
    article('auspices-adjective', '2034-01-18', 'Somali and Kenyan officials met in Mombasa on Wednesday under the auspices of the Ugandan government.\n'),
    article('brokers-named', '2034-01-20', 'Sudanese and South Sudanese officials met in Juba on Friday, mediated by Egypt and Ethiopia.\n'),
    article('non-state-side', '2034-01-22', 'Libyan and UN officials met in Tripoli on Sunday.\n'),
    article('chair', '2034-01-24', 'Norwegian diplomat Ingrid Dahl chaired a meeting between Sri Lankan and Indian officials in Colombo on Tuesday.\n'),
    article('described', '2034-01-26', 'Greek and Cypriot officials met in the Aegean port of Piraeus on Thursday.\n'),
    article('capital-adjective', '2034-01-28', 'Peruvian and Bolivian ministers met in the Chilean capital on Saturday.\n'),
    article('not-there', '2034-01-30', 'Georgian and Armenian envoys met in Tbilisi on Monday, foreign policy adviser Nino Gelashvili, who did not attend the talks, said.\n'),
    article('stayed', '2034-02-01', 'Austrian Chancellor Lukas Gruber met Slovenian Prime Minister Ana Zupan in Ljubljana on Wednesday, while Croatian President Ivo Maric stayed in Zagreb.\n'),
    article('case-of', '2034-02-03', 'Iranian and French officials met in Muscat on Friday to discuss the release of detained aid worker Claire Dubois.\n'),
    article('particles', '2034-02-05', 'Leaders met in the Jordanian port of Aqaba on Sunday at the invitation of King Abdullah bin al-Hussein.\n'),
    article('hyphen-particle', '2034-02-07', 'Crown Prince Salman al-Khalifa met Kuwaiti officials in Manama on Tuesday.\n'),
    article('chiefs-of', '2034-02-09', 'The border commanders of Kyrgyzstan and Tajikistan spoke by phone on Thursday.\n'),
    article('leaders-listed', '2034-02-13', "Laos's prime minister and the Cambodian premier met on Friday on the sidelines of the long regional economic summit in Bangkok.\n"),
    article('represented', '2034-02-15', 'Talks in Quito on Friday lasted six hours. Minister Ana Reis and envoy Paul Dawson represented the United States, while Minister Oleh Marchenko led the Ukrainian side.\n'),
    article('non-state', '2034-02-11', 'Talks between Colombia and the ELN resumed in Caracas on Saturday. Sudanese and RSF delegations met in Jeddah on Monday.\n'),
  ],
);

describe('sides named by capitals and single offices', () => {
  it('reads capitals that hold talks as their states, and a capital hosting others as the place and its state the broker', () => {
    expect(idsOf(firstReportedIn(timeline, 'capitals').roles?.parties)).toEqual(['vietnam', 'philippines']);
    expect(firstReportedIn(timeline, 'capitals').place?.id).toBe('jakarta');
    expect(idsOf(firstReportedIn(timeline, 'capital-hosts').roles?.parties)).toEqual(['sudan', 'chad']);
    expect(idsOf(firstReportedIn(timeline, 'capital-hosts').roles?.mediators)).toEqual(['qatar']);
  });

  it("reads a capital hosting talks its own people take part in as the place, and its state as a party, not the broker", () => {
    expect(idsOf(firstReportedIn(timeline, 'capital-hosts-own').roles?.parties)).toEqual(['mauritius', 'seychelles']);
    expect(idsOf(firstReportedIn(timeline, 'capital-hosts-own').roles?.mediators)).toEqual([]);
    expect(firstReportedIn(timeline, 'capital-hosts-own').place?.id).toBe('port-louis');
    expect(idsOf(firstReportedIn(timeline, 'capital-hosts-own-named').roles?.parties)).toEqual(['kenya', 'somalia']);
    expect(idsOf(firstReportedIn(timeline, 'capital-hosts-own-named').roles?.mediators)).toEqual([]);
  });

  it('reads who represented a side or led it as there', () => {
    expect(idsOf(firstReportedIn(timeline, 'represented').roles?.present).sort()).toEqual(['ana-reis', 'oleh-marchenko', 'paul-dawson']);
  });

  it('reads sides listed by their leaders as one list, taken whole when one of it is near the event', () => {
    expect(idsOf(firstReportedIn(timeline, 'leaders-listed').roles?.parties).sort()).toEqual(['cambodia', 'laos']);
  });

  it('reads "his Lithuanian counterpart" and "Moscow\'s envoy" as sides at the table', () => {
    expect(idsOf(firstReportedIn(timeline, 'counterpart').roles?.parties)).toEqual(['poland', 'lithuania']);
    expect(idsOf(firstReportedIn(timeline, 'capital-envoy').roles?.parties)).toEqual(['russia', 'serbia']);
  });

  it('reads brokers written after "auspices of" or "mediated by", and a side beside one that is no state ("Libyan and UN officials")', () => {
    expect(idsOf(firstReportedIn(timeline, 'auspices-adjective').roles?.parties)).toEqual(['somalia', 'kenya']);
    expect(idsOf(firstReportedIn(timeline, 'auspices-adjective').roles?.mediators)).toEqual(['uganda']);
    expect(idsOf(firstReportedIn(timeline, 'brokers-named').roles?.parties)).toEqual(['sudan', 'south-sudan']);
    expect(idsOf(firstReportedIn(timeline, 'brokers-named').roles?.mediators)).toEqual(['egypt', 'ethiopia']);
    expect(idsOf(firstReportedIn(timeline, 'non-state-side').roles?.parties)).toEqual(['libya', 'united-nations']);
  });

  it('reads a person chairing a meeting of others as there, and their state as the broker', () => {
    const chaired = firstReportedIn(timeline, 'chair');
    expect(idsOf(chaired.roles?.present)).toEqual(['ingrid-dahl']);
    expect(idsOf(chaired.roles?.parties)).toEqual(['sri-lanka', 'india']);
    expect(idsOf(chaired.roles?.mediators)).toEqual(['ingrid-dahl', 'norway']);
  });
});

describe('places written by description', () => {
  it('reads "the Aegean port of Piraeus" as Piraeus and "the Chilean capital" as Santiago', () => {
    expect(firstReportedIn(timeline, 'described').place?.id).toBe('piraeus');
    expect(firstReportedIn(timeline, 'capital-adjective').place?.id).toBe('santiago');
    expect(idsOf(firstReportedIn(timeline, 'capital-adjective').roles?.parties)).toEqual(['peru', 'bolivia']);
  });
});

describe('people named with an event who were not at it', () => {
  it('keeps out a speaker who did not attend, someone who stayed elsewhere and the subject of the talks', () => {
    expect(idsOf(firstReportedIn(timeline, 'not-there').roles?.present)).toEqual([]);
    expect(idsOf(firstReportedIn(timeline, 'not-there').roles?.mentioned)).toEqual(['nino-gelashvili']);
    expect(idsOf(firstReportedIn(timeline, 'stayed').roles?.present)).toEqual(['lukas-gruber', 'ana-zupan']);
    expect(idsOf(firstReportedIn(timeline, 'stayed').roles?.mentioned)).toEqual(['ivo-maric']);
    expect(idsOf(firstReportedIn(timeline, 'case-of').roles?.present)).toEqual([]);
    expect(idsOf(firstReportedIn(timeline, 'case-of').roles?.mentioned)).toEqual(['claire-dubois']);
  });
});

describe('names with particles, and sides that are no state', () => {
  it('keeps a name whole across a hyphenated particle', () => {
    expect(firstReportedIn(timeline, 'particles').place?.id).toBe('aqaba');
    expect(idsOf(firstReportedIn(timeline, 'hyphen-particle').roles?.present)).toEqual(['salman-al-khalifa']);
  });

  it('reads the sides a group of officers is "of", and a name listed with a side as a side', () => {
    expect(idsOf(firstReportedIn(timeline, 'chiefs-of').roles?.parties).sort()).toEqual(['kyrgyzstan', 'tajikistan']);
    const sides = (place: string) => idsOf(timeline.events.find((e) => e.place?.id === place && e.sources.some((s) => s.article === 'non-state'))?.roles?.parties).sort();
    expect(sides('caracas')).toEqual(['colombia', 'eln']);
    expect(sides('jeddah')).toEqual(['rsf', 'sudan']);
  });
});

describe('places written beside a name that could be two, and seas', () => {
  const seas = timelineWithoutGazetteer([
    article('state-or-country', '2034-03-02', 'Greek and American officials met in Athens, Georgia, on Monday.\n'),
    article('sea-after-the', '2034-03-03', 'Iranian and Omani naval officers met in the Gulf on Sunday.\n'),
  ]);

  it('reads a name beside a town that is a country and a US state as the one with the town, and not as a side', () => {
    expect(firstReportedIn(seas, 'state-or-country').place?.id).toBe('athens-us');
    expect(idsOf(firstReportedIn(seas, 'state-or-country').roles?.parties).sort()).toEqual(['greece', 'united-states']);
  });

  it('reads "the Gulf" as a sea, no province of that name, and officers as their states\' people', () => {
    expect(firstReportedIn(seas, 'sea-after-the').place ?? undefined).toBeUndefined();
    expect(idsOf(firstReportedIn(seas, 'sea-after-the').roles?.parties).sort()).toEqual(['iran', 'oman']);
  });
});
