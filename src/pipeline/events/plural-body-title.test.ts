// A title's verb put in the present agrees with one doer when the doer is a person whose name ends in "s" ("Vandeurs presents"),
// not when it is a body whose name is a plural: a party's members ("The Social Democrats present", "The Greens block") are many.
import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Thursday 10 April 2059.
const titleOf = (body: string) => timelineWithoutGazetteer([article('p1', '2059-04-10', `${body}\n`)]).events[0]?.title;

describe('a body named in the plural takes a plural verb in its title, a person whose name ends in "s" a singular', () => {
  it.each([
    ['The Social Democrats presented a ten-point plan on Monday.', 'The Social Democrats present a ten-point plan'],
    ['The Greens blocked the budget on Monday. The Greens said the budget was unfair.', 'The Greens block the budget'],
    ['Vandeurs presented a ten-point plan on Monday. Officials said Vandeurs would not back down.', 'Vandeurs presents a ten-point plan'],
    ['Mirela Hollis presented a ten-point plan on Monday.', 'Mirela Hollis presents a ten-point plan'],
  ])('%s', (body, title) => {
    expect(titleOf(body)).toBe(title);
  });
});
