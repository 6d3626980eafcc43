import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** The kinds of what one text tells, dated or not. */
const kinds = (published: string, text: string): string[] => {
  const { candidates, undated } = extractOne(published, `${text}\n`);
  return [...candidates, ...undated].map((c) => c.kind);
};

// Thursday 16 March 2062.
describe('arrivals greeted by a body’s staff, no one named', () => {
  it('is no meeting', () => {
    expect(kinds('2062-03-16', 'The freed sailors reached the Varna crossing on Tuesday, where they were met by officials of the Foreign Ministry and the Red Cross.')).not.toContain('meeting');
    expect(kinds('2062-03-16', 'Minister Ivo Sand landed in Lusk on Monday and was met at the airport by representatives from the embassy.')).not.toContain('meeting');
  });

  it('is a meeting when the one who met them is named, or when they met the staff', () => {
    expect(kinds('2062-03-16', 'On Tuesday the envoys were met by President Ana Rell at the Blue Palace.')).toContain('meeting');
    expect(kinds('2062-03-16', 'On Monday Minister Ivo Sand met representatives of the Lusk chamber of commerce.')).toContain('meeting');
  });
});
