// "was not signed until Nov. 4, 2021" tells the day the signing happened, not a bound of a stretch:
// like "was signed on Nov. 4, 2021" it sets the story's scene for the year-less dates after it. A
// plan or a duty ("is not due until 2028", "was not expected until …") stays a limit and sets none.
// Thursday 13 June 2024 is the day of the news.
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from './index.ts';

const valueOf = (text: string, fragment: string) => findTemporalExpressions(text, '2024-06-13').find((t) => t.text === fragment)?.value;

describe('"not … until" of a past act', () => {
  it('sets the scene its day or month names, as the act told plainly does', () => {
    expect(valueOf('The Garrow lease was not signed until Nov. 4, 2021. In December the tenants moved in.', 'December')).toBe('2021-12');
    expect(valueOf('It was not until March 2020 that the Vessel mill closed. In May its looms were sold.', 'May')).toBe('2020-05');
  });

  it('and a year alone, for the past clauses fronted after it', () => {
    expect(valueOf('The Ostmark treaty was not ratified until 2019. In March the first inspectors arrived.', 'March')).toBe('2019-03');
  });

  it('but a plan or a duty is still a limit, the news its own', () => {
    expect(valueOf('The Garrow report was not expected until March 2020. In May the tenants moved in.', 'May')).toBe('2024-05');
    expect(valueOf('The plan is not due until 2028, the ministry said. In March the first drafts went out.', 'March')).toBe('2024-03');
    expect(valueOf('The Garrow lease ran until March 2020. In May the tenants moved in.', 'May')).toBe('2024-05');
  });
});
