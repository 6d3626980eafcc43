import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer, firstReportedIn } from '../../../tests/support/pipeline.ts';

// Reports of our own, with an empty gazetteer: a demonym two states share ("Congolese") is of the state
// the article's other words place it in.
const timeline = timelineWithoutGazetteer([
  article('brazzaville', '2034-05-01', 'BRAZZAVILLE, May 1 — Congolese and Gabonese ministers signed a timber accord on Thursday.\nThe ceremony took place in Brazzaville.\n'),
  article('republic-of-the-congo', '2034-05-03', 'Angolan and Congolese officials met in Luanda on Saturday, the government of the Republic of the Congo said.\n'),
  article('kinshasa', '2034-05-05', 'Congolese and Rwandan ministers met in Washington on Monday.\nKinshasa has long accused Kigali of backing rebels.\n'),
  article('no-cue', '2034-05-07', 'The Congolese and Ugandan foreign ministers met in Nairobi on Wednesday.\n'),
]);

describe('a demonym two states share', () => {
  it("is of Brazzaville's Congo where only its words are written", () => {
    expect(idsOf(firstReportedIn(timeline, 'brazzaville').roles?.parties)).toEqual(['republic-of-the-congo', 'gabon']);
    expect(idsOf(firstReportedIn(timeline, 'republic-of-the-congo').roles?.parties)).toEqual(['angola', 'republic-of-the-congo']);
  });

  it("is of the Democratic Republic where Kinshasa's words are written, or none", () => {
    expect(idsOf(firstReportedIn(timeline, 'kinshasa').roles?.parties)).toEqual(['dr-congo', 'rwanda']);
    expect(idsOf(firstReportedIn(timeline, 'no-cue').roles?.parties)).toEqual(['dr-congo', 'uganda']);
  });
});
