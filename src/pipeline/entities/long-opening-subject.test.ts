import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '../../../tests/support/pipeline.ts';
import { createNameReader } from './article-names.ts';

const DAY = '2047-06-15';

/** The ids each sentence of an article is found to name, references resolved. */
function read(sentences: string[]): string[][] {
  const names = createNameReader(GAZETTEER)(sentences);
  return sentences.map((s) => names.recognise(s, DAY).map((m) => m.entity.id));
}

describe('the subject a pronoun stands for, after a long opening phrase of when or where', () => {
  it('is read past the phrase: "In a last address to the chamber that afternoon, Chancellor Ruth Albers …"', () => {
    expect(read(['In a last address to the chamber that afternoon, Chancellor Ruth Albers warned of the debt.', 'She then flew to Lorn.'])[1]).toContain('ruth-albers');
  });

  it('is not a person named inside a clause that is no phrase of when or where', () => {
    expect(read(['Lawmakers who had backed the budget for a decade told Chancellor Ruth Albers it had failed.', 'She then flew to Lorn.'])[1]).not.toContain('ruth-albers');
  });
});
