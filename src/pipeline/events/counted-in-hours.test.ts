// Minutes and hours counted from a happening the clause names ("minutes after the quake", "an hour after the first waves") move
// no day: what they date is of that happening's day, not of the paper's. Thursday 10 March 2061 is the papers' day.
import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each report as "kind day", then its undated ones. */
const told = (...paragraphs: string[]): string[] => {
  const { candidates, undated } = extractOne('2061-03-10', `${paragraphs.join('\n\n')}\n`);
  return [...candidates.map((c) => `${c.kind} ${c.date.value}: ${c.evidence[0]!.text.split(' ').slice(0, 3).join(' ')}`), ...undated.map((u) => `undated ${u.kind}: ${u.evidence.text.split(' ').slice(0, 3).join(' ')}`)];
};

const QUAKE = 'A strong earthquake struck off the coast of Korvia on Tuesday, shaking buildings in the capital.';

describe('a happening counted in minutes or hours from another the clause names', () => {
  it('is of the named happening’s day', () => {
    expect(told(QUAKE, 'The Korvian weather office issued a tsunami warning for the whole coast minutes after the quake, and schools were closed.')).toContain('other 2061-03-08: The Korvian weather');
    expect(told(QUAKE, 'Two hours after the earthquake, rescue teams arrived in Brenn.')).toContain('other 2061-03-08: Two hours after');
    expect(told(QUAKE, 'Estmark’s coast guard issued its own tsunami warning an hour after the tremor.')).toContain('other 2061-03-08: Estmark’s coast guard');
  });

  it('counts no day from a happening the story has not dated', () => {
    expect(told('Rescue teams arrived in Brenn two hours after the quake.').filter((e) => !e.startsWith('undated'))).toEqual([]);
  });
});
