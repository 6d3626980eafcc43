// A joint statement named by the day it was made, after "of": a saying of that day, whoever made it, not of the story's day.
import { describe, expect, it } from 'vitest';
import { readOne } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058.
const statementsOf = (body: string): string[] =>
  readOne('2058-03-13', `${body}\n`)
    .candidates.filter((c) => c.kind === 'statement')
    .map((c) => c.date.value);

describe('a joint statement named by its day after "of"', () => {
  it.each([
    ['The merger follows the companies’ joint statement of March 6, which confirmed they were in advanced discussions.', '2058-03-06'],
    ['The two unions’ joint statement of Monday left the question open.', '2058-03-11'],
    ['The ministries’ joint statement of 2 March called the offer an insult.', '2058-03-02'],
  ])('is a statement of that day: %s', (body, day) => {
    expect(statementsOf(body)).toEqual([day]);
  });

  it('but not one named by what it is of, nor one side’s, which may be a press release', () => {
    expect(statementsOf('The two firms signed a statement of intent.')).toEqual([]);
    expect(statementsOf('The union’s statement of 2 March called the offer an insult.')).toEqual([]);
  });
});
