import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '../../../tests/support/pipeline.ts';
import { createNameReader } from './article-names.ts';

const DAY = '2047-06-11';

/** A sentence that makes the name a person's before it is chosen. */
const READY = 'Mara Lindqvist said she was ready.';

/** The ids each sentence of an article is found to name, references resolved. */
function read(sentences: string[]): string[][] {
  const names = createNameReader(GAZETTEER)(sentences);
  return sentences.map((s) => names.recognise(s, DAY).map((m) => m.entity.id));
}

describe('an office written as what a person is chosen', () => {
  it('is held by them: "elects Mara Lindqvist prime minister", "was elected chancellor"', () => {
    expect(read([READY, 'The assembly of Velka elects Mara Lindqvist prime minister after a day of votes.', 'The prime minister met the harbour board on Monday.'])[2]).toContain('mara-lindqvist');
    expect(read(['Tomas Varga was elected chancellor on Tuesday.', 'The chancellor flew to Lorn on Wednesday.'])[1]).toContain('tomas-varga');
  });

  it('is not held by one whose something is chosen: "elects Mara Lindqvist’s party"', () => {
    expect(read([READY, 'Voters elect Mara Lindqvist’s party by a wide margin.', 'The prime minister met the harbour board on Monday.'])[2]).not.toContain('mara-lindqvist');
  });
});

describe('"the new <office>": the one the article tells as chosen', () => {
  it('finds the holder elected or appointed before, with the office or with none written', () => {
    expect(read([READY, 'The assembly of Velka elects Mara Lindqvist prime minister.', 'The new prime minister named her cabinet on Tuesday.'])[2]).toContain('mara-lindqvist');
    expect(read(['Tomas Varga failed in the first round by six votes and was elected in the second.', 'The new chancellor flew to Lorn on Wednesday.'])[1]).toContain('tomas-varga');
    expect(read(['The council appointed Ines Marr on Monday.', 'The incoming envoy met the harbour board.'])[1]).toContain('ines-marr');
  });

  it('is not the holder named before the one chosen, their predecessor', () => {
    const ids = read(['Chancellor Olaf Brandt stepped down on Monday.', 'Ruth Albers was sworn in on Tuesday.', 'The new chancellor flew to Lorn on Wednesday.']);
    expect(ids[2]).toContain('ruth-albers');
    expect(ids[2]).not.toContain('olaf-brandt');
  });

  it('is not one chosen for another office, and "a new prime minister" names no one', () => {
    expect(read(['The assembly elected Ilse Marbach speaker on Monday.', 'The new prime minister met her on Tuesday.'])[1]).not.toContain('ilse-marbach');
    expect(read(['Pavel Drach resigned on Monday.', 'Lawmakers said a new prime minister would be chosen on Friday.'])[1]).not.toContain('pavel-drach');
  });
});
