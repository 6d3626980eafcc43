// A telling a trigger reads, joined by "and" to an act told with its day ("flew back to Kessel on Monday evening and told reporters …"),
// is a statement of that day, not the journey's attribution left undated. Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead } from '../../../tests/support/pipeline.ts';

describe('a telling as the second predicate of a dated act', () => {
  it('is a statement of the act’s day, beside the act', () => {
    expect(kindsNounsAndDaysRead('Prime Minister Ida Marsk flew back to Kessel on Monday evening and told reporters at the airport that the accord was a start.')).toEqual([
      ['other', 'Trip', '2058-03-11'],
      ['statement', null, '2058-03-11'],
    ]);
  });

  it('keeps a day of its own, and is no statement when it only reports an event told after it', () => {
    expect(kindsNounsAndDaysRead('Prime Minister Ida Marsk flew back to Kessel on Monday evening and told reporters on Tuesday that the accord was a start.')).toContainEqual(['statement', null, '2058-03-12']);
    expect(kindsNounsAndDaysRead('Prime Minister Ida Marsk flew back to Kessel on Monday evening and told reporters that she had held talks with President Anton Velic.').map(([kind]) => kind)).not.toContain('statement');
    expect(kindsNounsAndDaysRead('Prime Minister Ida Marsk flew back to Kessel on Monday evening and told reporters the two sides would meet again in Lusk next week.').map(([kind]) => kind)).not.toContain('statement');
  });
});
