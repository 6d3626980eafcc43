// Two reports of one step of a product's launch, each naming only the goods ("The phones go on sale in shops on Friday 22 March", "The range
// went on sale on Friday"), are one step: reports of a launch seldom name its maker. own-corpus-19 c1's press release and c2's trade
// journal; the sentences here are written for the test.
import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

const stepsOf = (...articles: [string, string, string][]) =>
  timelineWithoutGazetteer(articles.map(([id, day, body]) => article(id, day, `${body}\n`)))
    .events.filter((e) => e.kind === 'other')
    .map((e) => [e.date.value, e.sources.map((s) => s.article).sort()]);

describe("a product's launch step told in two articles is one step", () => {
  it('its going on sale, told ahead in one and as done in the other', () => {
    expect(stepsOf(['release', '2058-03-13', 'The consoles go on sale in shops on Friday 22 March.'], ['journal', '2058-03-25', 'The Orbis 5 range went on sale on Friday, and queues formed before dawn.'])).toEqual([['2058-03-22', ['journal', 'release']]]);
  });

  it('but not two steps of one day, nor one step on two days', () => {
    expect(stepsOf(['release', '2058-03-13', 'Pre-orders open on Friday 15 March.'], ['journal', '2058-03-18', 'The consoles went on sale on Friday.'])).toHaveLength(2);
    expect(stepsOf(['release', '2058-03-13', 'The consoles go on sale on Friday 22 March.'], ['journal', '2058-03-25', 'The handsets went on sale on Thursday.'])).toHaveLength(2);
  });

  it('nor the launches of goods of two sorts on one day, nor tickets put on sale that day', () => {
    expect(stepsOf(['release', '2058-03-13', 'The Orbis 5 phones go on sale on Friday 15 March.'], ['journal', '2058-03-18', 'Velmark Motors said its new electric cars went on sale on Friday.'])).toHaveLength(2);
    expect(stepsOf(['release', '2058-03-13', 'Tickets for the Kessel cup final go on sale on Friday 15 March.'], ['journal', '2058-03-18', 'The Orbis 5 phones went on sale on Friday.'])).toEqual([['2058-03-15', ['journal']]]);
  });
});
