import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '../../../tests/support/pipeline.ts';
import { createNameReader } from './article-names.ts';

const DAY = '2031-05-04';
const readNames = createNameReader(GAZETTEER);
const people = (sentence: string): string[] => readNames().recognise(sentence, DAY).filter((m) => m.entity.type === 'person').map((m) => m.entity.id);

describe("an office's second written with a hyphen before a name", () => {
  it('reads the name after "co-leader" or "vice-chancellor" as its holder', () => {
    expect(people("The pact, which she and Ishin's co-leader Hirofumi Yoshimura put their names to on Monday, holds.")).toContain('hirofumi-yoshimura');
    expect(people("She and the party's co-leader Teodora Vasquell signed it.")).toContain('teodora-vasquell');
    expect(people('Vice-chancellor Marta Liebl opened the session on Monday.')).toContain('marta-liebl');
  });
});
