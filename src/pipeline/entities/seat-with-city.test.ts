import { describe, expect, it } from 'vitest';
import { article, firstReportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';
import { findPlace } from './places.ts';

// A seat of government written with "City" where GeoNames names it without ("Luxembourg City", "Djibouti City"): the
// seat, shown as written. Only a seat: a club named for a town and "City" is no place.
describe('a seat of government written with "City"', () => {
  it('finds the seat, as written', () => {
    expect(findPlace('Luxembourg City')?.town).toMatchObject({ name: 'Luxembourg City', country: 'LU' });
    expect(findPlace('Djibouti City')?.town).toMatchObject({ name: 'Djibouti City', country: 'DJ' });
    expect(findPlace('Leicester City')).toBeUndefined();
    expect(findPlace('Stoke City')).toBeUndefined();
  });

  it('places a happening there, in a building of it too', () => {
    const timeline = timelineWithoutGazetteer([
      article('met', '2041-06-10', 'The two finance ministers met in Luxembourg City on Monday.\n'),
      article('palace', '2041-06-11', 'At noon the envoys sign the charter in the Grand Ducal Palace in Luxembourg City.\n'),
    ]);
    expect(firstReportedIn(timeline, 'met').place?.name).toBe('Luxembourg City');
    expect(firstReportedIn(timeline, 'palace').place?.name).toBe('Luxembourg City');
  });
});
