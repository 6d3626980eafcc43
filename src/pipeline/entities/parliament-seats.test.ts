import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Short reports of our own: a parliament named by its chamber ("in the Bundestag", "in the Sejm") is a
// building in its state's capital, so what is held there is held in that capital, wherever the writer watched it from.
const timeline = timelineWithoutGazetteer([
  article('letter', '2041-05-16', "Sir, — I followed last Thursday's vote in the Sejm from a station café in Gdansk, and the room fell silent when the result came.\n"),
  article('vote', '2041-06-07', 'Lawmakers voted on the budget in the Bundestag on Friday.\n'),
]);
const placeOf = (source: string) => timeline.events.find((e) => e.sources.some((s) => s.article === source))?.place?.id;

describe('a parliament named by its chamber', () => {
  it('is in its state’s capital, not the town the writer watched from', () => {
    expect(placeOf('letter')).toBe('warsaw');
  });

  it('places what is held in it', () => {
    expect(placeOf('vote')).toBe('berlin');
  });
});
