import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '../../../tests/support/pipeline.ts';
import { createNameReader } from './article-names.ts';

const DAY = '2047-06-12';
const LEAD = 'The Gabonese foreign minister has arrived in Lomé for two days of talks.';

/** The ids the lead is found to name when the next sentence is `next`. */
function lead(next: string): string[] {
  const names = createNameReader(GAZETTEER)([LEAD, next]);
  return names.recognise(LEAD, DAY).map((m) => m.entity.id);
}

describe('an office named next by a sentence that opens with a participle phrase of its subject', () => {
  it('is that subject: "Speaking at the airport, Ndong Obame-Mintsa said …"', () => {
    expect(lead('Speaking at the airport, Ndong Obame-Mintsa said the visit would focus on trade.')).toContain('ndong-obame-mintsa');
    expect(lead('Asked about the border, Ndong Obame-Mintsa said the talks had gone well.')).toContain('ndong-obame-mintsa');
  });

  it('is not one named after another subject: "Speaking at the airport, officials said Ndong Obame-Mintsa …"', () => {
    expect(lead('Speaking at the airport, officials said Ndong Obame-Mintsa would stay two days.')).not.toContain('ndong-obame-mintsa');
  });
});
