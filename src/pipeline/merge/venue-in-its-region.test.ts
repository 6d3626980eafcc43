import { describe, expect, it } from 'vitest';
import { placeWithin } from '../entities/places.ts';
import type { Entity } from '../entities/gazetteer.ts';
import { article, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own. A named estate with no town written ("her Annaya estate") is a place of its
// own, not on the map: GeoNames finds "Annaya" only as a respelling of a small town abroad (Annau,
// Turkmenistan), so it lies in no country, and one opening told at the estate and in the region
// around it ("in Fife") is one happening. Near misses: the same opening in a town of another
// country stays apart, and so does an opening in Fife and one in a town of another region that
// day; a town the gazetteer knows by that name keeps the country GeoNames gives it.
const estate = article('estate', '2041-06-02', 'He meets Premier Ilse Varn at Carrow on Monday and goes on to Fife, where he is to open a new course at his Annaya estate on Tuesday.\n');
const region = article('region', '2041-06-04', 'Meanwhile Odo Prell, who met Ilse Varn at Carrow yesterday, opens a new golf course in Fife today before heading home to Lusk tonight.\n');

describe('a venue no town places and the region it is told in', () => {
  it('is one opening: the estate is no small town abroad its name respells', () => {
    const timeline = timelineWithoutGazetteer([estate, region]);
    const [opening] = reportedIn(timeline, 'region', 'other');
    expect(opening?.sources.map((s) => s.article).sort()).toEqual(['estate', 'region']);
  });

  it('stays apart from an opening in a town of another country, or of another region, that day', () => {
    const abroad = article('abroad', '2041-06-04', 'Meanwhile Odo Prell opens a new golf course in Lyon today before heading home to Lusk tonight.\n');
    const twoCountries = timelineWithoutGazetteer([region, abroad]);
    expect(reportedIn(twoCountries, 'abroad', 'other')[0]).not.toBe(reportedIn(twoCountries, 'region', 'other')[0]);
    const elsewhere = article('elsewhere', '2041-06-04', 'Meanwhile Odo Prell opens a new golf course in Glasgow today before heading home to Lusk tonight.\n');
    const twoRegions = timelineWithoutGazetteer([region, elsewhere]);
    expect(reportedIn(twoRegions, 'elsewhere', 'other')[0]).not.toBe(reportedIn(twoRegions, 'region', 'other')[0]);
  });

  it('lies in no country when only found, and in the respelled town\'s when the gazetteer lists it', () => {
    const listed: Entity = { id: 'annaya', name: 'Annaya', type: 'place', aliases: [], roles: [] };
    expect(placeWithin({ ...listed, discovered: true })).toBeUndefined();
    expect(placeWithin(listed)).toBe('turkmenistan');
  });
});
