import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Short reports of our own: leaders who sign an agreement somewhere meet there for their states, so the states they act
// for are its sides, as at a meeting; a funeral they attend together is still no table of sides.
const timeline = timelineWithoutGazetteer([
  article('signed', '2041-06-03', 'Norwegian Prime Minister Ola Berg and Slovak President Jan Novak signed a fisheries agreement in Oslo on Monday.\n'),
  article('funeral', '2041-07-02', 'Norwegian Prime Minister Ola Berg and Slovak President Jan Novak attended the funeral of a poet in Oslo on Tuesday.\n'),
]);
const partiesOf = (source: string) => idsOf(timeline.events.find((e) => e.sources.some((s) => s.article === source))?.roles?.parties);

describe('an agreement signed at a place', () => {
  it('has the signatories’ states as its sides', () => {
    expect(partiesOf('signed')).toEqual(['norway', 'slovakia']);
  });

  it('unlike a funeral the same people attend', () => {
    expect(partiesOf('funeral')).toEqual([]);
  });
});
