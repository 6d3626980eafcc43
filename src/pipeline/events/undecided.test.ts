import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

// What a decision still to be made is about is a plan with no day: the day beside it is the deciding's or the news's.
const read = (body: string) => {
  const found = extractOne('2061-08-03', body);
  return { dated: found.candidates.map((c) => [c.kind, c.status, c.date.value]), undated: found.undated.map((u) => [u.kind, u.status]) };
};

describe('an event a decision is still to be made on', () => {
  it('is a plan with no day, whatever day its sentence names', () => {
    expect(read('From his jet on Monday the president demanded the rebels\' surrender, and on Tuesday his office said he would decide on air strikes within the next two weeks.\n')).toEqual({
      dated: [],
      undated: [['strike', 'planned']],
    });
    expect(read('The defence minister Peter Shikongo said on Monday he would decide on Friday whether to order strikes on the camps.\n')).toEqual({
      dated: [],
      undated: [['strike', 'planned']],
    });
  });

  it('leaves a plan decided on, and its day, as they were', () => {
    expect(read('The cabinet of Namibia met in Windhoek on Monday and decided on a summit with Botswana in Maun on 9 September.\n').dated).toContainEqual(['summit', 'planned', '2061-09-09']);
  });
});
