import { describe, expect, it } from 'vitest';
import { article, firstReportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: a town's name shared by towns of several countries
// is the namesake in a country the article names, where the largest is a town in none ("Airdrie"
// in a Canadian story is Airdrie, Alberta, not Airdrie in Scotland); a town found only by
// respelling the name, in an article naming countries but never the town's, is none ("Annaya" is
// no Annau, Turkmenistan). Near misses: a city a report names alone stays itself (Geneva in an
// American and Russian story), a name with no country named keeps its largest town, and a respelled
// town stays where no country is named or its people are ("Kupiansk").
const timeline = timelineWithoutGazetteer([
  article('canadian-story', '2041-03-02', 'Trade minister Ellen Varga met farm leaders in Airdrie on Tuesday.\n\nShe is the Canadian cabinet\'s youngest member.\n'),
  article('no-country', '2041-03-04', 'Union leaders met in Airdrie on Thursday to discuss the closure of the plant.\n'),
  article('lebanese-story', '2041-03-06', 'The Lebanese interior minister, Karim Haddad, visited a monastery on Monday.\n\nHe prayed at Annaya and met pilgrims there.\n'),
  article('respelled-alone', '2041-03-10', 'Aid workers met in Kupiansk on Friday to share out bread and blankets.\n'),
  article('respelled-by-its-people', '2041-03-12', 'Ukrainian aid workers met in Kupiansk on Friday to share out bread and blankets.\n'),
  article('geneva-story', '2041-03-08', 'Negotiators arrived in Geneva on Monday for a second round of talks.\n\nThe American and Russian delegations will meet again in May.\n'),
]);

const placeOf = (id: string) => {
  const place = firstReportedIn(timeline, id).place;
  return { id: place?.id, country: timeline.entities.find((e) => e.id === place?.id)?.country?.id };
};

describe('a shared town name in an article', () => {
  it('is the namesake in a country the article names, where the largest is a town in none', () => {
    expect(placeOf('canadian-story')).toEqual({ id: 'airdrie-ca', country: 'canada' });
  });

  it('is no small town found only by respelling, in a country the article never names', () => {
    expect(timeline.entities.some((e) => e.id === 'annau')).toBe(false);
  });

  it('stays a respelled town where the article names no country, or names its people', () => {
    expect(placeOf('respelled-alone').country).toBe('ukraine');
    expect(placeOf('respelled-by-its-people').country).toBe('ukraine');
  });

  it('stays the city a report names alone, and the largest town where no country is named', () => {
    expect(placeOf('geneva-story')).toEqual({ id: 'geneva', country: 'switzerland' });
    expect(placeOf('no-country')).toEqual({ id: 'airdrie', country: 'united-kingdom' });
  });
});
