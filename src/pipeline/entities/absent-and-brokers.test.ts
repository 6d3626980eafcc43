import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';
import type { TimelineEvent } from '../types.ts';

// Reports of our own, with an empty gazetteer, for the classes of the fifth who-and-where batch:
// capitals that act or broker, sides named by one office, brokers before an adjective, a place
// written after its description or a capital by its adjective, and people named but elsewhere.
const timeline = timelineWithoutGazetteer(
  [
    article('capitals', '2034-01-10', 'Hanoi and Manila held coast guard talks in Jakarta on Tuesday, officials said.\n'),
    article('capital-hosts', '2034-01-12', 'Doha hosted a round of talks between Sudanese and Chadian envoys on Thursday.\n'),
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
  ],
);

const from = (source: string): TimelineEvent => timeline.events.find((e) => e.sources.some((s) => s.article === source))!;

describe('sides named by capitals and single offices', () => {
  it('reads capitals that hold talks as their states, and a capital hosting others as the place and its state the broker', () => {
    expect(idsOf(from('capitals').roles?.parties)).toEqual(['vietnam', 'philippines']);
    expect(from('capitals').place?.id).toBe('jakarta');
    expect(idsOf(from('capital-hosts').roles?.parties)).toEqual(['sudan', 'chad']);
    expect(idsOf(from('capital-hosts').roles?.mediators)).toEqual(['qatar']);
  });

  it('reads "his Lithuanian counterpart" and "Moscow\'s envoy" as sides at the table', () => {
    expect(idsOf(from('counterpart').roles?.parties)).toEqual(['poland', 'lithuania']);
    expect(idsOf(from('capital-envoy').roles?.parties)).toEqual(['russia', 'serbia']);
  });

  it('reads brokers written after "auspices of" or "mediated by", and a side beside one that is no state', () => {
    expect(idsOf(from('auspices-adjective').roles?.parties)).toEqual(['somalia', 'kenya']);
    expect(idsOf(from('auspices-adjective').roles?.mediators)).toEqual(['uganda']);
    expect(idsOf(from('brokers-named').roles?.parties)).toEqual(['sudan', 'south-sudan']);
    expect(idsOf(from('brokers-named').roles?.mediators)).toEqual(['egypt', 'ethiopia']);
    expect(idsOf(from('non-state-side').roles?.parties)).toEqual(['libya']);
  });

  it('reads a person chairing a meeting of others as there, and their state as the broker', () => {
    const chaired = from('chair');
    expect(idsOf(chaired.roles?.present)).toEqual(['ingrid-dahl']);
    expect(idsOf(chaired.roles?.parties)).toEqual(['sri-lanka', 'india']);
    expect(idsOf(chaired.roles?.mediators)).toEqual(['ingrid-dahl', 'norway']);
  });
});

describe('places written by description', () => {
  it('reads "the Aegean port of Piraeus" as Piraeus and "the Chilean capital" as Santiago', () => {
    expect(from('described').place?.id).toBe('piraeus');
    expect(from('capital-adjective').place?.id).toBe('santiago');
    expect(idsOf(from('capital-adjective').roles?.parties)).toEqual(['peru', 'bolivia']);
  });
});

describe('people named with an event who were not at it', () => {
  it('keeps out a speaker who did not attend, someone who stayed elsewhere and the subject of the talks', () => {
    expect(idsOf(from('not-there').roles?.present)).toEqual([]);
    expect(idsOf(from('not-there').roles?.mentioned)).toEqual(['nino-gelashvili']);
    expect(idsOf(from('stayed').roles?.present)).toEqual(['lukas-gruber', 'ana-zupan']);
    expect(idsOf(from('stayed').roles?.mentioned)).toEqual(['ivo-maric']);
    expect(idsOf(from('case-of').roles?.present)).toEqual([]);
    expect(idsOf(from('case-of').roles?.mentioned)).toEqual(['claire-dubois']);
  });
});
