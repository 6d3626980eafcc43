import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Whether a text's meeting is marked as telling someone by pronoun or office alone. */
const marked = (body: string) => extractOne('2051-04-10', `${body}\n`).candidates.find((c) => c.kind === 'meeting')?.toldUnnamed === true;

describe('a report telling someone by pronoun or office alone', () => {
  it('is marked whether or not a name before stands for them', () => {
    expect(marked('On Thursday she met President Ana Ruiz in Lima.')).toBe(true);
    expect(marked('Foreign Minister Ilse Brandt flew to Oslo on Monday and was received by the King on Tuesday.')).toBe(true);
    expect(marked("The envoy landed in Tartu on Wednesday and met the country's president.")).toBe(true);
  });

  it('is not marked when everyone it tells is named', () => {
    expect(marked('President Ana Ruiz met Prime Minister Tomas Lind in Lima on Tuesday.')).toBe(false);
    expect(marked('On Thursday Foreign Minister Ilse Brandt met President Ana Ruiz of Peru in Lima.')).toBe(false);
  });
});
