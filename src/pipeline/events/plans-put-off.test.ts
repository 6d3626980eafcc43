import { describe, expect, it } from 'vitest';
import { readOne } from '../../../tests/support/pipeline.ts';

// Short reports of our own: plans put off to a horizon too vague to place, told by verbs no trigger knows.
// Wednesday 12 March 2053.
const undated = (body: string) => readOne('2053-03-12', `${body}\n`).undated.map((u) => `${u.status} ${u.evidence.text}`);
const LEAD = 'KESSEL, March 12 — The border talks ended on Tuesday.\n\n';

describe('a plan put off to a vague horizon', () => {
  it('is an undated mention whatever its verb', () => {
    expect(undated(`${LEAD}The Estmark government says it will table a bill on river trade in the coming weeks.`)).toEqual([
      'planned The Estmark government says it will table a bill on river trade in the coming weeks.',
    ]);
    expect(undated(`${LEAD}The next stages of the handover are expected in the coming days.`)).toEqual(['planned The next stages of the handover are expected in the coming days.']);
    expect(undated(`${LEAD}Officials in Lusk said the eighteen fishermen would be sent home soon.`)).toEqual(['planned Officials in Lusk said the eighteen fishermen would be sent home soon.']);
  });

  it('is none when the horizon is denied, or when nothing is planned', () => {
    expect(undated(`${LEAD}The quarrel has lasted for years and will not end soon, a farmer said.`)).toEqual([]);
    expect(undated(`${LEAD}The river rose within days of the storm.`)).toEqual([]);
  });
});
