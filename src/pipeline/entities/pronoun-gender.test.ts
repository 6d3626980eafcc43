import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '../../../tests/support/pipeline.ts';
import { createNameReader } from './article-names.ts';

const DAY = '2031-05-04';

/** The ids each sentence of an article is found to name, references resolved. */
function read(sentences: string[]): string[][] {
  const names = createNameReader(GAZETTEER)(sentences);
  return sentences.map((s) => names.recognise(s, DAY).map((m) => m.entity.id));
}

describe('"she" and "he" are of the gender the article tells', () => {
  it('passes over a subject told as a man for a woman of the same sentence', () => {
    const ids = read([
      'Greens leader Pavel Drach met Ilse Marbach at the party offices and told her his party was leaving the coalition.',
      'She turned to the Liberals, and on Monday the two parties signed an agreement.',
    ]);
    expect(ids[1]).toContain('ilse-marbach');
    expect(ids[1]).not.toContain('pavel-drach');
  });

  it('reads a title before the name, and passes over a sentence of men for the one before', () => {
    const ids = read([
      'Mrs Olga Brandt opened the port of Velka on Monday.',
      'Mr Tomas Hrubek, the harbour master, showed the cranes.',
      'She then flew to Lorn for a summit.',
    ]);
    expect(ids[2]).toContain('olga-brandt');
    expect(ids[2]).not.toContain('tomas-hrubek');
  });

  it('keeps the subject when nothing tells its gender', () => {
    expect(read(['Chancellor Ruth Albers met Jonas Medved in Velka.', 'She then flew to Lorn.'])[1]).toContain('ruth-albers');
    expect(read(['Chancellor Ruth Albers met Jonas Medved in Velka.', 'He then flew to Lorn.'])[1]).toContain('ruth-albers');
  });
});
