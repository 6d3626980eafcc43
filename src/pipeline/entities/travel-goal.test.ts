import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer, reportedIn } from '../../../tests/support/pipeline.ts';

// Short reports of our own: the gathering a journey is for is held where the travellers go.
const timeline = timelineWithoutGazetteer([
  article('capital', '2039-05-04', 'Togolese envoy Kossi Agbeko flew to Accra on Monday for talks on the coastal road.\n'),
  article('side', '2039-05-06', 'The Gambian delegation travelled to Dakar on Tuesday for talks on the river bridge.\n'),
  article('neutral', '2039-05-08', 'The Tajik and Kyrgyz delegations flew to Geneva on Wednesday for talks on the border.\n'),
  article('own-place', '2039-05-12', 'The Beninese delegation left Cotonou on Friday for talks in Abuja on the border crossings.\n'),
  // Towns the tagger types as no place at all: the journey says they are one.
  article('untyped-town', '2039-05-14', 'Zambian envoy Joseph Tembo flew to Lilongwe on Monday for talks on the border.\n'),
  article('arrived-town', '2039-05-16', 'Bolivian negotiators arrived in Arequipa on Sunday for talks on water rights.\n'),
  article('country', '2039-05-10', 'A Georgian delegation was travelling to Armenia for talks at the weekend, officials said on Thursday.\n'),
]);
const talksOf = (source: string) => reportedIn(timeline, source, 'talks')[0]!;

describe('the gathering a journey is for', () => {
  it('is held at the destination, with the traveller', () => {
    const talks = talksOf('capital');
    expect(talks.place?.id).toBe('accra');
    expect(idsOf(talks.roles?.present)).toEqual(['kossi-agbeko']);
    expect(idsOf(talks.roles?.parties)).toEqual(['togo', 'ghana']);
  });

  it('is held at a town the journey ends at, whatever the tagger made of its name', () => {
    expect(talksOf('untyped-town').place?.id).toBe('lilongwe');
    expect(idsOf(talksOf('untyped-town').roles?.present)).toEqual(['joseph-tembo']);
    expect(talksOf('arrived-town').place?.id).toBe('arequipa');
  });

  it('has the travellers\' side, and the state whose seat or land they go to as the other', () => {
    expect(idsOf(talksOf('side').roles?.parties)).toEqual(['gambia', 'senegal']);
    expect(talksOf('country').place?.id).toBe('armenia');
    expect(idsOf(talksOf('country').roles?.parties).sort()).toEqual(['armenia', 'georgia']);
    // The country of the capital is a named entity of the timeline.
    expect(timeline.entities.find((e) => e.id === 'senegal')?.name).toBe('Senegal');
  });

  it('reads the state whose seat the gathering is in as its other side when the journey names it after the gathering', () => {
    const talks = talksOf('own-place');
    expect(talks.place?.id).toBe('abuja');
    expect(idsOf(talks.roles?.parties)).toEqual(['benin', 'nigeria']);
  });

  it('gives a town that is no seat of government no side', () => {
    const talks = talksOf('neutral');
    expect(talks.place?.id).toBe('geneva');
    expect(idsOf(talks.roles?.parties)).toEqual(['tajikistan', 'kyrgyzstan']);
  });
});

// Towns that read as given names ("Nancy", "Florence", "Charlotte"): where a journey goes, no one is named but a place.
describe('a town a journey goes to that reads as a given name', () => {
  const towns = timelineWithoutGazetteer([
    article('goes', '2039-06-01', 'On Friday Prime Minister Marta Kowal goes to Nancy to sign the rail accord with President Jean Arnaud.\n'),
    article('flew', '2039-06-02', 'Chancellor Dieter Haas flew to Florence on Thursday for talks with Premier Lucia Conti.\n'),
  ]);
  it('is no one at the event', () => {
    const named = towns.events.flatMap((e) => idsOf(e.participants));
    expect(named).not.toContain('nancy');
    expect(named).not.toContain('florence');
    expect(reportedIn(towns, 'flew', 'talks')[0]!.place?.id).toBe('florence');
  });
});
