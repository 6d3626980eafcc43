import { describe, expect, it } from 'vitest';
import { article, firstReportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: a town or city GeoNames lacks, named after its
// description ("in the port city of Kalvaria", "the Belgian city of Marloo", "the border town of
// Vrbenka"), is where the event was, in the country the description names. Near misses: a city
// GeoNames has keeps its own entry, and "the capital of" is followed by a country, no town.
const timeline = timelineWithoutGazetteer([
  article('port-city', '2041-07-02', 'Latvian and Lithuanian energy ministers met in the port city of Kalvaria on Tuesday.\n'),
  article('adjective-city', '2041-07-04', 'Dutch and Belgian transport ministers held talks in the Belgian city of Marloo on Wednesday.\n'),
  article('border-town', '2041-07-06', 'Polish and Czech officials met in the border town of Vrbenka on Thursday to discuss the rail link.\n'),
  article('known-city', '2041-07-08', 'Kenyan and Ugandan ministers met in the city of Kampala on Thursday to discuss the railway.\n'),
  article('capital-of', '2041-07-10', 'Estonian and Finnish ministers met in the capital of Estonia on Thursday.\n'),
]);

describe('a town named after its description', () => {
  it('is where the event was, in the country its description names', () => {
    expect(firstReportedIn(timeline, 'port-city').place?.id).toBe('kalvaria');
    expect(firstReportedIn(timeline, 'border-town').place?.id).toBe('vrbenka');
    expect(firstReportedIn(timeline, 'adjective-city').place?.id).toBe('marloo');
    expect(timeline.entities.find((e) => e.id === 'marloo')?.country?.id).toBe('belgium');
  });

  it('leaves a known city its own entry, and reads no town in "the capital of" a country', () => {
    expect(firstReportedIn(timeline, 'known-city').place?.id).toBe('kampala');
    expect(firstReportedIn(timeline, 'capital-of').place?.id).not.toBe('estonia');
  });
});
