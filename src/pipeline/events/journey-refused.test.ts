// A journey someone refused to go on (own-corpus-17's live page, "He refused to travel on the club's pre-season tour of Asia in July",
// written here in other words): no trip of theirs, however many words stand between the refusal and the journey's noun, and no
// visit dated to next July. One made is still one. Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

const journeys = (text: string) => found(text).filter(([, noun]) => noun === 'Visit' || noun === 'Trip');

describe('a journey refused', () => {
  it('is none, told by any verb of going and any noun of the journey', () => {
    const refused = [
      "The striker refused to travel on the club's summer tour of Ardun in January.",
      "The minister declined to go with the delegation's visit to Kessel on Monday.",
      'Ms Marr refused to fly with the ministers on their tour of Velmark last week.',
    ];
    expect(refused.flatMap(journeys)).toEqual([]);
  });

  it('but one made is', () => {
    expect(journeys("The striker travelled on the club's summer tour of Ardun in January.")).toEqual([['other', 'Visit', '2058-01']]);
  });
});
