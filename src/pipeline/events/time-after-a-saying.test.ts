// A clause told at a time of the story's day ("early in the evening", "within the hour") with no deed just before it, only a
// saying or a sentence of figures, is of the day of the last deed the story told, not undated. Thursday 10 March 2061 is the papers' day.
import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each report as "kind day: its first three words", then its undated ones. */
const told = (...paragraphs: string[]): string[] => {
  const { candidates, undated } = extractOne('2061-03-10', `${paragraphs.join('\n\n')}\n`);
  return [...candidates.map((c) => `${c.kind} ${c.date.value}: ${c.evidence.at(-1)!.text.split(' ').slice(0, 3).join(' ')}`), ...undated.map((u) => `undated ${u.kind}: ${u.evidence.text.split(' ').slice(0, 3).join(' ')}`)];
};

const WARNING = 'Korvia’s weather office issued a tsunami warning for the whole coast on Tuesday, after a strong earthquake offshore.';

describe('a time of the story’s day after a saying or a sentence of figures', () => {
  it('is of the day of the last deed told', () => {
    const evening = told(WARNING, 'Premier Ana Rell told reporters in the afternoon that the government was doing everything it could. The weather office downgraded its warning to an advisory early in the evening.');
    expect(evening).toContain('other 2061-03-08: The weather office');
    const hour = told(WARNING, 'The national survey put the quake at magnitude 7.1, at a shallow depth. Waves of up to two metres swept into the port of Brenn within the hour.');
    expect(hour).toContain('other 2061-03-08: Waves of up');
  });

  it('takes no day when the story has told no deed by its day', () => {
    expect(told('The national survey put the quake at magnitude 7.1. Waves of up to two metres swept into the port of Brenn within the hour.').filter((e) => !e.startsWith('undated'))).toEqual([]);
  });
});
