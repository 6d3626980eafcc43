import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer, firstReportedIn } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: capitals that conclude an agreement as their states (a
// capital the tagger cannot type, listed with one it can), and seats of government and venues of
// meetings as their towns.
const timeline = timelineWithoutGazetteer([
  article('capitals-put', '2034-03-02', 'Kinshasa and Kigali have put their names to a deal on Thursday to end the fighting in the east.\n'),
  article('capitals-sealed', '2034-03-03', 'On Friday, Nairobi and Addis Ababa formally sealed a power-trade accord.\n'),
  article('capital-place', '2034-03-04', 'Talks in Kigali ended on Monday without a deal.\n'),
  article('state-department', '2034-03-05', 'The two foreign ministers signed the accord at the State Department on Friday.\n'),
  article('oval-office', '2034-03-06', 'President Marcus Hale received the Kenyan leader in the Oval Office on Tuesday.\n'),
  article('palais', '2034-03-07', 'Armenian and Azerbaijani envoys met at the Palais des Nations on Thursday.\n'),
  article('peace-palace', '2034-03-08', 'The Serbian and Kosovar leaders met at the Peace Palace on Monday.\n'),
  article('venue-voice', '2034-03-09', "The State Department's envoy met Sudanese officials on Monday.\n"),
]);

describe('capitals that conclude an agreement, seats and venues as towns', () => {
  it('reads two capitals that put their names to or seal a deal as their states, and a capital talks are held in as the place', () => {
    expect(idsOf(firstReportedIn(timeline, 'capitals-put').roles?.parties)).toEqual(['dr-congo', 'rwanda']);
    expect(idsOf(firstReportedIn(timeline, 'capitals-sealed').roles?.parties)).toEqual(['kenya', 'ethiopia']);
    expect(idsOf(firstReportedIn(timeline, 'capital-place').roles?.parties)).toEqual([]);
    expect(firstReportedIn(timeline, 'capital-place').place?.id).toBe('kigali');
  });

  it("reads a seat of government as its capital and a venue of meetings as its town, but a seat's envoy as its state's", () => {
    expect(firstReportedIn(timeline, 'state-department').place?.id).toBe('washington-dc');
    expect(firstReportedIn(timeline, 'oval-office').place?.id).toBe('washington-dc');
    expect(firstReportedIn(timeline, 'palais').place?.id).toBe('geneva');
    expect(firstReportedIn(timeline, 'peace-palace').place?.id).toBe('hague');
    expect(firstReportedIn(timeline, 'venue-voice').place).toBeNull();
    expect(idsOf(firstReportedIn(timeline, 'venue-voice').roles?.parties)).toEqual(['united-states', 'sudan']);
  });
});
