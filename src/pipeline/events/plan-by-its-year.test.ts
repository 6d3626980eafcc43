// A plan told by its year alone is a horizon, no day (tests/fixtures/own-conventions.md, "Months": "next year", "in the new year" are undated
// mentions): listed with its article's undated reports, whatever its kind; a happening past told by its year stays that year's.
// Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

const read = (body: string) => {
  const { candidates, undated } = extractOne('2058-03-13', `${body}\n`);
  return { dated: candidates.map((c) => [c.noun ?? c.kind, c.date.value]), undated: undated.map((u) => u.evidence.text) };
};

describe('a plan told by its year alone', () => {
  it.each([
    'Her first state visit abroad is expected only in the new year.',
    'The king will make a state visit to Spain next year.',
    'The new library wing will open next year, the council said.',
  ])('is listed undated: %s', (body) => {
    expect(read(body)).toEqual({ dated: [], undated: [body] });
  });

  it('but a happening past told by its year keeps its year', () => {
    expect(read('The king made a state visit to Spain in 2051.').dated).toEqual([['Visit', '2051']]);
  });
});
