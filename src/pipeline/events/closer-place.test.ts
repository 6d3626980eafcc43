import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own: talks the lead places in a country or a region, and a later sentence of the article, with no day
// of its own, telling the same talks in a town. The town says more closely where the talks were, when it lies inside.
const placeOfTalks = (body: string) => timelineWithoutGazetteer([article('talks', '2041-06-03', body)]).events.find((e) => e.kind === 'talks')?.place?.id;

describe('a town a later report of the event names', () => {
  it('places the event when it lies inside the country the lead gives', () => {
    expect(placeOfTalks('Chilean and Peruvian officials said talks in Norway on Monday had gone well.\n\nEnvoy Rosa Quispe met envoy Tomas Vial at a hotel in Bergen for most of the day.\n')).toBe('bergen');
  });

  it('leaves it where the lead says when it lies elsewhere', () => {
    expect(placeOfTalks('Chilean and Peruvian officials said talks in Norway on Monday had gone well.\n\nEnvoy Rosa Quispe met envoy Tomas Vial at a hotel in Stockholm for most of the day.\n')).toBe('norway');
  });
});
