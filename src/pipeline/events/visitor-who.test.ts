import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each meeting or talks as "kind place". */
const gatherings = (published: string, text: string): string[] =>
  extractOne(published, `${text}\n`).candidates.filter((c) => c.kind === 'meeting' || c.kind === 'talks').map((c) => `${c.kind} ${c.place ?? 'nowhere'}`);

// Thursday 16 March 2062.
describe('a gathering told in the visitor’s relative clause after a visit', () => {
  it('is held where the visit went', () => {
    expect(gatherings('2062-03-16', 'The release followed the visit to Geneva of the envoy, Steve Witkoff, who met with Rustem Umerov on Tuesday.')).toContain('meeting geneva');
    expect(gatherings('2062-03-16', 'It came a day after a visit to Kyiv by Jared Kushner, who also held talks with Volodymyr Zelenskyy there.')).toContain('talks kyiv');
  });

  it('takes no place from a visit in a clause of its own', () => {
    expect(gatherings('2062-03-16', 'Steve Witkoff ended his visit to Geneva on Monday. Rustem Umerov, who met him on Tuesday, was pleased.')).not.toContain('meeting geneva');
  });
});
