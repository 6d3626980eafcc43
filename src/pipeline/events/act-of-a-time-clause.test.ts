// An act told by the verb of a clause of time after the main act is a happening of its own, before that act: "took office on Tuesday
// after both houses of the Diet chose her" tells the taking of office and the chamber's choice, and with no day of its own the choice
// is listed undated, not read as the taking of office. A noun the subordinator governs ("after a pause") is only the main act's setting.
import { describe, expect, it } from 'vitest';
import { article, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

const timeline = timelineWithoutGazetteer([
  article('office', '2071-04-16', 'Prime Minister Haruka Onodera took office on Tuesday after both houses of the Diet chose her as prime minister.\n'),
  article('pause', '2071-04-16', 'Talks between Norland and Estmark resumed in Orsa on Monday after a pause.\n'),
  article('session', '2071-04-16', 'Vera Kell said the Norland and Estmark teams met again in Orsa on Tuesday after the Norland session with the Arvian envoys.\n'),
]);

describe('an act told in a clause of time after the main act', () => {
  it('is a happening of its own, not evidence of the main act', () => {
    expect(reportedIn(timeline, 'office').map((e) => [e.kind, e.date.value])).toEqual([['other', '2071-04-14']]);
    expect(timeline.undated.filter((u) => u.article === 'office').map((u) => u.kind)).toEqual(['other']);
  });

  it('but a noun after "after", however described, tells no happening beside the main act', () => {
    expect(reportedIn(timeline, 'pause').map((e) => [e.kind, e.date.value])).toEqual([['talks', '2071-04-13']]);
    expect(timeline.undated.filter((u) => u.article === 'pause')).toEqual([]);
    expect(reportedIn(timeline, 'session').map((e) => e.date.value)).toEqual(['2071-04-14']);
  });
});
