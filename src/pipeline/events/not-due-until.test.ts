// "The next presidential election is not due until 2028": a happening not due until a limit is a plan with no day yet, no evidence
// of one told as done before it, and it takes no day of the scene the sentence before set.
import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

const read = (body: string) => {
  const { candidates, undated } = extractOne('2058-03-13', `${body}\n`);
  return { dated: candidates.map((c) => [c.noun ?? c.kind, c.date.value, c.evidence.length] as const), undated: undated.map((u) => u.status) };
};

describe('a happening not due until a limit', () => {
  it.each([
    'Ana Ruiz was re-elected last year. The next presidential election is not due until 2061.',
    'The council was elected in 2056. The next council election is not due until 2061.',
    'Lusk hosted the last summit in 2057. The next summit is not due until 2060.',
  ])('%s', (body) => {
    const { dated, undated } = read(body);
    expect(dated.filter(([, , cited]) => cited === 2)).toEqual([]);
    expect(dated.map(([, day]) => day)).not.toContain('2057');
    expect(undated.at(-1)).toBe('planned');
  });

  it('but a happening due on a day is that day’s plan', () => {
    expect(read('The next presidential election is due on 4 May.').dated).toEqual([['Election', '2058-05-04', 1]]);
  });
});
