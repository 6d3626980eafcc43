import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '../../../tests/support/pipeline.ts';
import { anaphorsIn } from './anaphora.ts';
import { createNameReader } from './article-names.ts';

const DAY = '2047-06-14';
const ARRIVED = 'Chancellor Ruth Albers arrived in Velka on Monday.';

/** The ids each sentence of an article is found to name, references resolved. */
function read(sentences: string[]): string[][] {
  const names = createNameReader(GAZETTEER)(sentences);
  return sentences.map((s) => names.recognise(s, DAY).map((m) => m.entity.id));
}

describe('"he" or "she" as the subject of an act told in the passive', () => {
  it('is the person named before: "She was received by …", "He was driven to the palace"', () => {
    expect(read([ARRIVED, 'She was received by Mayor Tomas Hrubek at the town hall.'])[1]).toContain('ruth-albers');
    expect(read([ARRIVED, 'She was then driven to the palace to meet the king.'])[1]).toContain('ruth-albers');
  });

  it('is no act when "was" is no passive: "She was the first …", "She was hoping …"', () => {
    expect(anaphorsIn('She was the first chancellor in a decade.').filter((a) => a.pronoun)).toEqual([]);
    expect(anaphorsIn('She was hoping for a long meeting.').filter((a) => a.pronoun)).toEqual([]);
  });
});

describe('"was" before a word that is no participle', () => {
  it.each(['He was then the chancellor.', 'She was keen to meet him.', 'He was open to talks.', 'She was seventeen at the time.', 'He was often late.'])(
    'is no act: "%s"',
    (sentence) => {
      expect(anaphorsIn(sentence).filter((a) => a.pronoun)).toEqual([]);
    },
  );

  it('still reads a passive: "He was taken to the capital", "She was formally welcomed"', () => {
    expect(read([ARRIVED, 'She was taken to the old quarter by Mayor Tomas Hrubek.'])[1]).toContain('ruth-albers');
    expect(read([ARRIVED, 'She was formally welcomed by Mayor Tomas Hrubek.'])[1]).toContain('ruth-albers');
  });
});
