// "Over the past decade" measures the ten years up to the telling: a DURATION, P10Y, as the TimeML
// guidelines mark "the last three years" and AQUAINT "over the past decade". Named without a word of
// extent ("in the last decade", "for most of the past decade") it stays the calendar decade, as
// TimeBank's "lost to inflation in the last decade" (198); "during" places a thing in its time as
// "in" does ("during the 1990s", "during the war"), so "during the past decade" is the decade too.
// Settled in the seventy-first session (newswire45 README).
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from './index.ts';

const valueOf = (text: string, fragment: string, ref: string) => findTemporalExpressions(text, ref).find((t) => t.text === fragment)?.value;

describe('the past decade', () => {
  it('is ten years when something ran over it', () => {
    expect(valueOf('The choir has doubled in size over the past decade.', 'the past decade', '2026-02-25')).toBe('P10Y');
    expect(valueOf('Over the last decade, river traffic has fallen by half.', 'the last decade', '2031-06-12')).toBe('P10Y');
    expect(valueOf('Rents climbed steadily throughout the past decade, the survey found.', 'the past decade', '2024-09-30')).toBe('P10Y');
  });

  it('is the calendar decade when it is only named', () => {
    expect(valueOf('Workers lost earning power in the last decade.', 'the last decade', '1998-02-06')).toBe('198');
    expect(valueOf('For most of the past decade, she has written at the same table.', 'the past decade', '2026-02-03')).toBe('201');
  });

  it('is the calendar decade when something happened during it, as in it', () => {
    expect(valueOf('Rents climbed steadily during the past decade, the survey found.', 'the past decade', '2024-09-30')).toBe('201');
    expect(valueOf('Two of the mills closed during the last decade.', 'the last decade', '2031-06-12')).toBe('202');
    expect(valueOf('During the past decade the choir toured Japan twice.', 'the past decade', '2026-02-25')).toBe('201');
  });

  it('and the decade ahead stays a decade', () => {
    expect(valueOf('Over the next decade the port will double in size.', 'the next decade', '2026-02-25')).toBe('203');
  });
});
