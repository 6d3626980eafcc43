// A plea said aloud is a saying of its day, as a demand ("called for") is: a leader who appealed
// for help after a disaster (own-corpus-11's miss, sentences written here in other words).
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe('a plea for help is a statement of its day', () => {
  it.each([
    ['On Monday Zelensky appealed for help from "any state, any charity".', '2058-03-11'],
    ['Zelensky, who appealed for foreign aid on Tuesday, has called a day of mourning for tomorrow.', '2058-03-12'],
    ['Putin appealed for calm in a late broadcast on Monday.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['statement', null, day]]);
  });

  it('but not an appeal against a ruling, nor one asked of him', () => {
    expect(found('On Monday Zelensky appealed against the fine.')).toEqual([]);
    expect(found('Charities want Putin to appeal for calm.')).toEqual([]);
  });
});
