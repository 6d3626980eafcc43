import { describe, expect, it } from 'vitest';
import { article, KINDS_BUT_STATEMENT, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// A scheme or an arrangement is an agreement only when told as agreed by its sides; its participle is past whatever the main clause plans.
const timeline = timelineWithoutGazetteer([
  article('ferries', '2061-05-12', 'Lorries will cross the strait without checks from June under an arrangement agreed yesterday by Prime Minister Tomas Ellery and President Ana Varga.\n'),
  article('grants', '2061-05-12', 'Farmers in both valleys will be paid for fallow land under a scheme agreed on Friday between agriculture ministers Rui Sola and Petra Minde.\n'),
  article('travel', '2061-05-12', 'Travel arrangements made last week by the embassy were cancelled. The ministry described a scheme for new roads on Monday.\n'),
]);
const agreements = (source: string) => reportedIn(timeline, source, ...KINDS_BUT_STATEMENT).map((e) => [e.date.value, e.status]);

describe('a scheme or an arrangement told as agreed', () => {
  it('is an agreement reached on its own day, whatever the main clause plans', () => {
    expect(agreements('ferries')).toContainEqual(['2061-05-11', 'occurred']);
    expect(agreements('grants')).toContainEqual(['2061-05-06', 'occurred']);
  });

  it('is no agreement when only made, described or planned', () => {
    expect(agreements('travel')).toEqual([]);
  });
});
