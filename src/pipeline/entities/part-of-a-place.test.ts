import { describe, expect, it } from 'vitest';
import { article, firstReportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: a happening in a part of a town ("in central Graz", PART_OF_A_PLACE)
// is in that town, as one "in Graz" is.
const timeline = timelineWithoutGazetteer([
  article('central', '2041-06-08', 'A tram crashed into a shop in central Graz on Thursday evening.\n'),
  article('northern', '2041-06-09', 'Protesters marched in northern Tartu on Saturday.\n'),
  article('downtown', '2041-06-10', 'The two ministers met in downtown Aarhus on Monday.\n'),
  article('plain', '2041-06-11', 'The two ministers met in Bergen on Tuesday.\n'),
]);

describe('a place narrowed to a part of it', () => {
  it('places a happening in the town whose part the report names', () => {
    expect(firstReportedIn(timeline, 'central').place?.name).toBe('Graz');
    expect(firstReportedIn(timeline, 'northern').place?.name).toBe('Tartu');
    expect(firstReportedIn(timeline, 'downtown').place?.name).toBe('Aarhus');
    expect(firstReportedIn(timeline, 'plain').place?.name).toBe('Bergen');
  });
});
