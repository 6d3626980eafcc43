import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Short reports of our own: the state whose plan or draft a gathering talks about is what it is about, not a side at its
// table, so a report naming no one else joins the report of that gathering that names its people.
describe('a gathering about a state’s plan', () => {
  const timeline = timelineWithoutGazetteer([
    article('wire', '2041-06-08', 'Nordic foreign ministers met on Saturday evening to discuss a U.S. proposal for the Arctic.\n'),
    article('captions', '2041-06-09', 'Prime Minister Ingrid Halvorsen and Prime Minister Mikko Lindqvist chat in a hallway before the Nordic ministers met on Saturday to talk about the American proposal.\n'),
    article('brief', '2041-06-12', 'Gulf envoys held talks in Muscat on Wednesday over a Britain draft on shipping.\n'),
    article('sides', '2041-06-14', 'US and Mexican negotiators met in Monterrey on Friday to discuss a new border accord.\n'),
  ]);
  const gatherings = timeline.events.filter((e) => e.kind === 'meeting' || e.kind === 'talks');
  const participants = gatherings.filter((e) => e.sources.every((s) => s.article !== 'sides')).flatMap((e) => idsOf(e.participants));

  it('takes no side from whose plan is discussed', () => {
    expect(participants).not.toContain('united-states');
    expect(participants).not.toContain('united-kingdom');
  });

  it('joins the nameless report to the one that names who met', () => {
    expect(gatherings.find((e) => e.sources.some((s) => s.article === 'wire'))!.sources.map((s) => s.article).sort()).toEqual(['captions', 'wire']);
  });

  it('keeps the sides that sit at the table', () => {
    expect(idsOf(gatherings.find((e) => e.sources.some((s) => s.article === 'sides'))!.participants)).toEqual(expect.arrayContaining(['united-states', 'mexico']));
  });
});
