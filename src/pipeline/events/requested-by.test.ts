import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Short reports of our own: a state at whose request a body meets asks for the meeting; it is no party to it,
// so the plan and the report of the meeting are one event.
describe('a meeting held at a state’s request', () => {
  it('takes the body that meets, not the state that asked, and joins the report that it met', () => {
    const timeline = timelineWithoutGazetteer([
      article('plan', '2039-03-07', 'NATO ambassadors will meet on Wednesday at Estonia\'s request after the airspace violation.\n'),
      article('held', '2039-03-13', 'On Wednesday NATO ambassadors met behind closed doors on the violation of Estonian airspace.\n'),
      article('other-plan', '2039-04-04', 'The UN Security Council is to meet on Thursday at Ukraine’s request.\n'),
      article('other-held', '2039-04-08', 'The UN Security Council met on Thursday to discuss the strikes on Ukraine.\n'),
    ]);
    const meetings = timeline.events.filter((e) => e.kind === 'meeting');
    expect(meetings.map((m) => m.sources.map((s) => s.article).sort())).toEqual([
      ['held', 'plan'],
      ['other-held', 'other-plan'],
    ]);
    expect(meetings.flatMap((m) => idsOf(m.participants))).not.toContain('estonia');
    expect(meetings.flatMap((m) => idsOf(m.participants))).not.toContain('ukraine');
  });
});
