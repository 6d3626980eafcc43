import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each dated candidate as "kind day", with the sentences it cites. */
const read = (published: string, ...paragraphs: string[]): string[] =>
  extractOne(published, `${paragraphs.join('\n\n')}\n`).candidates.map((c) => `${c.kind} ${c.date.value} ${c.evidence.map((e) => e.sentence).join(',')}`);

// Thursday 1 May 2025.
const PUBLISHED = '2025-05-01T13:00:00Z';

describe('a correction appended to an article: what an earlier version wrongly said', () => {
  it('is no evidence of its wrong day, whether the right one follows after a semicolon or in the next sentence', () => {
    // A paper's correction line: the wrong day, then the right one in a sentence of its own.
    const paper = read(PUBLISHED, 'Foreign ministers Ana Ruiz and Tomas Kral signed a memorandum in Riga on 17 April.', 'Correction, 1 May 2025: An earlier version of this article said the memorandum was signed on 18 April. It was signed on 17 April.');
    expect(paper.join(' ')).not.toContain('2025-04-18');
    // A wire's note: the right day after a semicolon, and a second wrong clause going on in the same paragraph.
    const wire = read(PUBLISHED, 'Ruiz and Kral held talks in Tallen on Monday.', 'This story has been corrected. A previous version of this story misstated that the talks were held on Tuesday; they were held on Monday. It also said that Ruiz met the mayor of Tallen on Wednesday; she met him on Monday.');
    expect(wire.join(' ')).not.toMatch(/2025-04-(29|30)/);
    expect(wire[0]).toMatch(/^talks 2025-04-28 0\b/);
  });

  it('leaves a sentence that tells of a report, not of an earlier version of this one, as it was', () => {
    expect(read(PUBLISHED, 'An earlier report by the ministry said Ruiz and Kral held talks in Tallen on Tuesday.')).toEqual(['talks 2025-04-29 0']);
    expect(read(PUBLISHED, 'Ruiz and Kral held talks in Tallen on Monday.', 'It also said that Ruiz met the mayor of Tallen on Wednesday.').join(' ')).toContain('2025-04-30');
  });
});
