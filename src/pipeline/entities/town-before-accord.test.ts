import { describe, expect, it } from 'vitest';
import { article, idsOf, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer (GeoNames still knows the towns): a town written before the pact or the
// gathering it names is where, never who.
const timeline = timelineWithoutGazetteer([
  article('treaty', '2051-05-12', 'The Nancy treaty was signed by Chancellor Tomas Lind and President Ana Ruiz on Friday.\n'),
  article('accord', '2051-05-12', 'Chancellor Tomas Lind and President Ana Ruiz signed the Aachen accord on Friday.\n'),
]);

describe('a town before a pact or a gathering it names', () => {
  it('is no one taking part', () => {
    expect(idsOf(reportedIn(timeline, 'treaty')[0]?.participants).sort()).toEqual(['ana-ruiz', 'tomas-lind']);
    expect(idsOf(reportedIn(timeline, 'accord')[0]?.participants).sort()).toEqual(['ana-ruiz', 'tomas-lind']);
  });

  it('is a town', () => {
    expect(timeline.entities.find((e) => e.id === 'aachen')?.type).toBe('place');
    expect(timeline.entities.some((e) => e.id === 'nancy' && e.type !== 'place')).toBe(false);
  });
});
