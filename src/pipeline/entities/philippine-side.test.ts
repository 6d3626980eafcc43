import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer, firstReportedIn } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: English writes the Philippines' adjective
// "Philippine" before an office or a people's officials, where the country list gives only "Filipino".
const timeline = timelineWithoutGazetteer([
  article('office', '2034-06-02', 'Philippine President Ramon Villareal met Thai Prime Minister Somsak Wongsiri in Hanoi on Monday.\n'),
  article('pair', '2034-06-04', 'Philippine and Malaysian coastguard chiefs met in Kota Kinabalu on Wednesday.\n'),
]);

describe("the Philippines' adjective", () => {
  it('gives the office written with it its side', () => {
    expect(idsOf(firstReportedIn(timeline, 'office').roles?.parties)).toEqual(['philippines', 'thailand']);
  });

  it('is a side in a pair of adjectives, no organisation "Philippine"', () => {
    expect(idsOf(firstReportedIn(timeline, 'pair').roles?.parties)).toEqual(['philippines', 'malaysia']);
  });
});
