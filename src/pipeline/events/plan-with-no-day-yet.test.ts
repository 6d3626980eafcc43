import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

// A plan its own clause says has no day yet is a plan of its own: not evidence of the plan the sentence before dates, nor a pointer back at it.
const read = (body: string) => {
  const found = extractOne('2061-08-03', body);
  return { dated: found.candidates.map((c) => [c.kind, c.date.value, c.evidence.map((e) => e.sentence)]), undated: found.undated.map((u) => u.evidence.text) };
};

describe('a plan whose day is not set yet, after a dated plan', () => {
  it('stays undated beside the dated plan it follows', () => {
    expect(read('Defence chiefs Tebogo Masire and Peter Shikongo will hold talks in Katima Mulilo on 2 September. The talks will continue in Kasane at a date to be agreed.\n')).toEqual({
      dated: [['talks', '2061-09-02', [0]]],
      undated: ['The talks will continue in Kasane at a date to be agreed.'],
    });
    expect(read('Diary of the week.\n\n- The water ministers Anna Hamutenya and Kefilwe Dube meet in Rundu on 12 October.\n- The two foreign ministers will hold their next round of talks in Maun at a date to be agreed.\n')).toEqual({
      dated: [['meeting', '2061-10-12', [1]]],
      undated: ['The two foreign ministers will hold their next round of talks in Maun at a date to be agreed.'],
    });
  });
});
