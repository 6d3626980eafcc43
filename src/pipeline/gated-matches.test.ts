import { describe, expect, it } from 'vitest';
import { matchesIn, mayMatch } from './gated-matches.ts';

/** A pattern that counts the scans made with it. */
class CountedPattern extends RegExp {
  scans = 0;
  override [Symbol.matchAll](text: string): RegExpStringIterator<RegExpExecArray> {
    this.scans += 1;
    return super[Symbol.matchAll](text);
  }
}

describe('matchesIn', () => {
  it('finds what matchAll finds in a sentence with the words', () => {
    const pattern = /\bthe\s+(two|three)\s+(?:leaders|envoys)\b/gi;
    const text = 'The two leaders met in Vardo, and the three envoys joined them.';
    const spans = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => [m.index, m[0]]);
    expect(spans(matchesIn(pattern, text))).toEqual(spans(text.matchAll(pattern)));
    expect(spans(matchesIn(pattern, text))).toEqual([
      [0, 'The two leaders'],
      [34, 'the three envoys'],
    ]);
  });

  it('skips the scan of a sentence lacking a word every match holds', () => {
    const pattern = new CountedPattern(String.raw`\b(\d+)\s+days\s+after\s+the\s+(\p{Lu}\p{L}+)`, 'gu');
    expect([...matchesIn(pattern, 'Mirela Dost arrived in Kestrel on Monday.')]).toEqual([]);
    expect(pattern.scans).toBe(0);
    expect([...matchesIn(pattern, 'They met 3 days after the Harvest festival.')].map((m) => m[2])).toEqual(['Harvest']);
    expect(pattern.scans).toBe(1);
  });
});

describe('mayMatch', () => {
  it('rules out a part of a sentence by the words of the whole sentence', () => {
    const sentence = 'Talks resumed, the ministry said on Tuesday.';
    expect(mayMatch(/\bsaid\s+on\b/, sentence)).toBe(true);
    expect(mayMatch(/\bannounced\s+on\b/, sentence)).toBe(false);
  });

  it('never rules out a pattern that requires no word', () => {
    expect(mayMatch(/\p{Lu}\p{Ll}+/gu, 'nothing here.')).toBe(true);
  });
});
