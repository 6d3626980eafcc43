// "Over the weekend the Harbour Party said …": a weekend opening the sentence is the day of the saying after it, as "On Saturday" is, and a
// plan the saying tells ("… would put the bill to a vote this week") stays a plan of its own.
import { describe, expect, it } from 'vitest';
import { readOne } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058: the weekend before is 9–10 March.
const statementsOf = (body: string): string[] =>
  readOne('2058-03-13', `${body}\n`)
    .candidates.filter((c) => c.kind === 'statement')
    .map((c) => c.date.value);

describe('a saying opened by the weekend', () => {
  it.each([
    'Over the weekend the Harbour Party said the levy was unjust.',
    'Over the weekend, the Harbour Party said it would put the levy bill to a vote this week.',
  ])('is a statement of that weekend: %s', (body) => {
    expect(statementsOf(body)).toEqual(['2058-03-09/2058-03-10']);
  });
});
