// A named or described doer's act in a sentence that opens with its joining word ("And a judge in Lusk …", "But the Kessel Council …"),
// or whose doer a long aside describes, is read as any act of its doer is (issue #8).
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058: Monday the 11th, Tuesday the 12th, Friday the 15th.
const others = (body: string): [string | null, string][] => found(body).filter(([kind]) => kind === 'other').map(([, noun, day]) => [noun, day]);

describe('an act after "And" or "But", or after a long aside on its doer', () => {
  it.each([
    ['But the Kessel Council renamed the main square on Monday.', 'renamed', '2058-03-11'],
    ['And Ana Ruiz dissolved the river council on Tuesday.', 'dissolved', '2058-03-12'],
    ['Ana Ruiz, who had chaired the harbour board for eleven years before the great flood of the old river port, dissolved it on Tuesday.', 'dissolved', '2058-03-12'],
    ['And a judge in Lusk, who ruled in April that the harbour board had broken the port rules twice, opens a hearing on damages on Friday.', 'opened', '2058-03-15'],
  ])('%s', (body, noun, day) => {
    expect(others(body)).toEqual([[noun, day]]);
  });
});

describe('but the guards of any act stand', () => {
  it.each([['But Ana Ruiz did not sign the decree on Monday.'], ['And Tomas Vell hoped on Monday that the strike would end.'], ['But the museum reopened to the public on Monday.']])('%s', (body) => {
    expect(others(body)).toEqual([]);
  });
});
