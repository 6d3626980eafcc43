import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer, reportedIn } from '../../../tests/support/pipeline.ts';
import { townInVenueName, townNamedNear } from './venue-town.ts';

// Venues written with no town beside them, and places too small for GeoNames' towns, in reports of our own.
const timeline = timelineWithoutGazetteer([
  article('before', '2035-03-02', 'The Jordanian foreign minister, Ayman Haddad, flew to Beirut on Sunday. On Monday he held talks with Lebanese President Michel Aoun at the Sursock Palace.\n'),
  article('after', '2035-03-04', 'Mexican President Laura Ortiz and Guatemalan President Juan Perez met inside the Metropolitan Cathedral on Tuesday. The mass in Guatemala City was attended by thousands.\n'),
  article('own-name', '2035-03-06', 'Spanish Defence Minister Carmen Vidal met Portuguese Defence Minister Rui Costa at Zaragoza Air Base on Wednesday.\n'),
  article('possessive', '2035-03-07', "Chilean President Tomas Ibarra received Argentine President Mateo Ruiz at Valparaiso's Cerro Castillo residence on Thursday.\n"),
  article('other-country-name', '2035-03-10', 'Slovak and Hungarian ministers met at the Carlton Hotel on Monday. The talks, in central Bratislava, lasted four hours.\n'),
  article('village', '2035-03-08', 'Slovak and Hungarian ministers met in the mountain village of Dolna Lehotka Vrch, Slovakia, on Friday.\n'),
  article('resort', '2035-03-09', 'Danish and Swedish ministers met at the seaside resort of Strandvikhavn in southern Sweden on Saturday.\n'),
  article('resort-adjective', '2035-03-10', 'Danish and Swedish ministers met at the Norwegian mountain resort of Fjellvikstua on Sunday.\n'),
  article('seat', '2035-03-12', 'The Chilean president received Bolivian President Luis Arce Mamani at the Kremlin on Tuesday.\n'),
  article('seat-building', '2035-03-13', 'The Peruvian president met the Ecuadorian president at the White House on Wednesday.\n'),
  article('resort-city', '2035-03-14', 'Latvian and Estonian ministers met in the Baltic Sea resort city of Jurmala on Thursday.\n'),
  article('town-particle', '2035-03-15', 'Austrian and Czech ministers met in Frankfurt am Main on Friday.\n'),
  article('described-no-of', '2035-03-16', 'Austrian and Swiss ministers met in the Bavarian regional capital Munich on Saturday.\n'),
  article('seat-room', '2035-03-17', "Kyrgyz and Uzbek officials held talks in the Kremlin's Green Hall on Wednesday.\n"),
  article('vatican-landmark', '2035-03-18', 'Argentine President Mateo Ruiz and Chilean President Tomas Ibarra met inside St. Peter’s Basilica on Sunday.\n'),
  article('word-first', '2035-03-19', 'Malian and Guinean ministers flew to Dakar on Sunday. On Monday they met at the Hotel Teranga, hosted by Senegal.\n'),
  article('resort-particle', '2035-03-11', 'Jordanian and Syrian ministers met in the Red Sea resort of Sharm el-Sheikh on Monday.\n'),
]);

// The gathering each reports ("flew to Beirut" is a trip of its own).
const event = (source: string) => reportedIn(timeline, source, 'talks', 'meeting')[0]!;
const country = (id: string | undefined) => timeline.entities.find((e) => e.id === id)?.country?.id;

describe('the town of a venue no town is written beside', () => {
  it('is the town its name begins with, a possessive included', () => {
    expect(townInVenueName('Zaragoza Air Base')?.id).toBe('zaragoza');
    expect(townInVenueName("Valparaiso's Cerro Castillo")?.id).toBe('valparaiso');
    expect(townInVenueName('Sursock Palace')).toBeUndefined();
    expect(townInVenueName('Baabda Palace')?.id).toBe('baabda');
    expect(event('own-name').place?.id).toBe('zaragoza');
    expect(event('possessive').place?.id).toBe('valparaiso');
  });

  it('is the town the sentences around it name, the one before first', () => {
    expect(townNamedNear(['He flew to Lima.', 'They met at the palace.', 'The summit in Quito ended.'], 1)?.id).toBe('lima');
    expect(townNamedNear(['They met at the palace.', 'The summit in Quito ended.'], 0)?.id).toBe('quito');
    expect(townNamedNear(['They met at the palace.', 'Nothing more.'], 0)).toBeUndefined();
    expect(townNamedNear(['They met at the palace.', 'The talks, in central Bratislava, ended.'], 0)?.id).toBe('bratislava');
    // Another day's gathering held in a town is not where this one was; a trip there on another day still says where.
    expect(townNamedNear(['He held talks in Lima on Monday.', 'On Tuesday he met her at the palace.'], 1)).toBeUndefined();
    expect(townNamedNear(['He arrived in Lima on Monday.', 'On Tuesday he met her at the palace.'], 1)?.id).toBe('lima');
    expect(townNamedNear(['He held talks in Lima on 3 April.', 'On 5 April he met her at the palace.'], 1)).toBeUndefined();
    expect(townNamedNear(['He held talks in Lima on April 3.', 'Two days later he met her at the palace.'], 1)).toBeUndefined();
    expect(townNamedNear(['He held talks in Lima last week.', 'On Friday he met her at the palace.'], 1)).toBeUndefined();
    expect(townNamedNear(['He held talks in Lima on Tuesday.', 'On Tuesday he met her at the palace.'], 1)?.id).toBe('lima');
    // After "the" the run is a name of its own, a town only whole: no Reading in "the Reading Room", no Royal in "the Royal Gallery".
    expect(townNamedNear(['They met at the palace.', 'He spoke in the Reading Room.'], 0)).toBeUndefined();
    expect(townNamedNear(['They met at the palace.', 'Lunch was served in the Royal Gallery.'], 0)).toBeUndefined();
    expect(townNamedNear(['They met at the palace.', 'The talks in the Hague ended.'], 0)?.id).toBe('hague');
    expect(townNamedNear(['They met at the palace.', 'He flew to Cairo Airport.'], 0)?.id).toBe('cairo');
    expect(event('before').place?.id).toBe('beirut');
    expect(event('after').place?.id).toBe('guatemala-city');
  });
});

describe('a seat of government the gazetteer lacks', () => {
  it("is in its state's capital", () => {
    expect(event('seat').place?.id).toBe('moscow');
    expect(event('seat-building').place?.id).toBe('washington-dc');
  });

  it(`stands for the capital in a room's name ("the Kremlin's Green Hall"), and the Vatican's buildings for Vatican City`, () => {
    expect(event('seat-room').place?.id).toBe('moscow');
    expect(event('vatican-landmark').place?.id).toBe('vatican-city');
  });
});

describe('a venue whose building word comes first ("the Hotel Teranga")', () => {
  it('is a building, in the town a sentence near it names', () => {
    expect(event('word-first').place?.id).toBe('dakar');
  });
});

describe('a village or resort GeoNames lacks', () => {
  it('is a place of its own in the country or region written after it', () => {
    expect(event('village').place?.id).toBe('dolna-lehotka-vrch');
    expect(country(event('village').place?.id)).toBe('slovakia');
    expect(event('resort').place?.id).toBe('strandvikhavn');
    expect(country(event('resort').place?.id)).toBe('sweden');
  });

  it('is in the country its description names, when none is written after it', () => {
    expect(event('resort-adjective').place?.id).toBe('fjellvikstua');
    expect(country(event('resort-adjective').place?.id)).toBe('norway');
  });

  it('is the town a description names, with "of" or without, and never the description ("the Baltic Sea resort city of …")', () => {
    expect(event('resort-city').place?.id).toBe('jurmala');
    expect(event('described-no-of').place?.id).toBe('munich');
    expect(event('town-particle').place?.id).toBe('frankfurt-am-main');
  });

  it('keeps a particle of its name ("el-Sheikh"), and a town GeoNames knows is that town', () => {
    expect(event('resort-particle').place?.id).toBe('sharm-el-sheikh');
    expect(country(event('resort-particle').place?.id)).toBe('egypt');
  });

  it('takes the town the sentences name over one the venue’s name begins with in no country the sentence names ("the Carlton Hotel" is no Australian Carlton)', () => {
    expect(reportedIn(timeline, 'other-country-name')[0]?.place?.id).toBe('bratislava');
  });
});
