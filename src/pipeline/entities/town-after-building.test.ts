import { describe, expect, it } from 'vitest';
import { parseGazetteer } from './gazetteer.ts';
import { createNameReader } from './article-names.ts';

/** The places a sentence names, read with an empty gazetteer, as [id, country]. */
const placesIn = (sentence: string): [string, string | undefined][] =>
  createNameReader(parseGazetteer('', 'empty.yaml'))([sentence])
    .recognise(sentence, '2051-09-08')
    .filter((m) => m.entity.type === 'place')
    .map((m) => [m.entity.id, m.entity.country]);

// Our own sentences: a named building, a comma, then the town it stands in. Read once, outside the test (GeoNames loads first).
const villa = placesIn('President Ada Okafor received her Kenyan counterpart, Jon Mwangi, at the Presidential Villa, Abuja.');
const hotel = placesIn('The two ministers met at the Serena Hotel, Kigali, on Monday.');

describe('a name after a named building and a comma', () => {
  it('is the town the building stands in', () => {
    expect(villa).toEqual([['abuja', 'nigeria']]);
    expect(hotel).toEqual([['kigali', 'rwanda']]);
  });
});
