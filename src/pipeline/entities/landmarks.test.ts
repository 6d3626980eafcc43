import { describe, expect, it } from 'vitest';
import { article, idsOf, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';
import { discoverNames } from './discover.ts';

// Reports of our own, with an empty gazetteer: a name the tagger reads as a given name, written with "the"
// before it and ending its phrase, is a building or landmark ("the Hagia Sophia"), never one of the people met.
const timeline = timelineWithoutGazetteer([
  article('choir', '2051-10-06', 'On Friday the choir sang in the Hagia Sophia while Patriarch Anselm met President Tomas Lind in Istanbul.\n'),
  article('basilica', '2051-10-06', 'On Tuesday visitors filled the Santa Lucia, and Prime Minister Ana Ruiz met President Tomas Lind in Naples.\n'),
]);

describe('a landmark the tagger takes for a person', () => {
  it('is none of the people at the meeting told with it', () => {
    expect(idsOf(reportedIn(timeline, 'choir', 'meeting')[0]?.roles?.present)).toEqual(['anselm', 'tomas-lind']);
    expect(idsOf(reportedIn(timeline, 'basilica', 'meeting')[0]?.roles?.present)).toEqual(['ana-ruiz', 'tomas-lind']);
  });

  it('is a place, while a name qualifying a noun after "the" is left as it was', () => {
    const kinds = (sentence: string) => discoverNames(sentence).map((s) => [s.kind, s.text]);
    expect(kinds('Pilgrims queued outside the Hagia Sophia, then walked to the harbour.')).toContainEqual(['place', 'Hagia Sophia']);
    expect(kinds('He thanked the Maria Ruiz team for the talks.')).toContainEqual(['person', 'Maria Ruiz']);
  });
});
