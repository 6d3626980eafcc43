import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer, reportedIn } from '../../../tests/support/pipeline.ts';
import type { Timeline, TimelineEvent } from '../types.ts';

// Reports of our own, with an empty gazetteer: people of a meeting named in a later paragraph
// after an office in apposition ("… included the head of the customs service, Iryna Savchuk"),
// paraphrases of the class entities-16 misses, and a near miss that must not change.
const timeline = timelineWithoutGazetteer([
  article('included-head-of', '2041-03-02', 'Latvian and Estonian officials met in Riga on Monday to discuss rail freight.\n\nThe Estonian delegation included the head of the railway authority, Arvo Tamm.\n'),
  article('team-comprised', '2041-03-04', 'Georgian and Armenian officials held talks in Yerevan on Friday on the border.\n\nArmenia\'s team comprised its deputy foreign minister, Vahagn Kirakosyan, and the chief of the customs service, Narek Hovakimyan.\n'),
  article('took-part', '2041-03-06', 'Kazakh and Kyrgyz water officials met in Bishkek on Tuesday.\n\nThe talks were attended by the director of the Kyrgyz water agency, Tilek Asanaliev.\n'),
  article('critic-near-miss', '2041-03-08', 'Latvian and Estonian officials met in Riga on Monday to discuss rail freight.\n\nThe plan was criticised by the head of the opposition, Arvo Kask.\n'),
]);

const firstIn = (reports: Timeline, source: string): TimelineEvent => reportedIn(reports, source)[0]!;

describe('people of a meeting named after an office in a later paragraph', () => {
  it('counts a member named after their office among those present', () => {
    expect(idsOf(firstIn(timeline, 'included-head-of').roles?.present)).toContain('arvo-tamm');
    expect(idsOf(firstIn(timeline, 'team-comprised').roles?.present)).toEqual(expect.arrayContaining(['vahagn-kirakosyan', 'narek-hovakimyan']));
    expect(idsOf(firstIn(timeline, 'took-part').roles?.present)).toContain('tilek-asanaliev');
  });

  it('does not count a critic named the same way', () => {
    expect(idsOf(firstIn(timeline, 'critic-near-miss').roles?.present)).not.toContain('arvo-kask');
  });
});
