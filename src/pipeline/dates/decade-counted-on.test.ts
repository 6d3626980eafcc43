// "A decade later", "a decade earlier" counted from a year the story named are the DATE of the
// year they count to (own-conventions "Days counted on"), as "a year later" is: not the decade
// that year falls in, nor a DURATION ("Two decades later" is the stretch, P20Y). Settled in the
// seventy-first session (newswire45 README).
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from './index.ts';

const valueOf = (text: string, fragment: string, ref: string) => findTemporalExpressions(text, ref).find((t) => t.text === fragment)?.value;

describe('a decade counted on from a year', () => {
  it('is the year it counts to', () => {
    expect(valueOf('The quarry closed in 1985; a decade later the village had lost half its shops.', 'a decade later', '2026-02-25')).toBe('1995');
    expect(valueOf('She took over the bakery in 1992. A decade later she opened a second shop.', 'A decade later', '2031-06-12')).toBe('2002');
    expect(valueOf('The bridge was rebuilt in 2004. A decade earlier, a flood had swept the old one away.', 'A decade earlier', '2026-09-01')).toBe('1994');
  });

  it('with no year before it, is still ten years', () => {
    expect(valueOf('A decade later, nobody remembered the fire.', 'A decade later', '2026-02-25')).toBe('P10Y');
  });
});
