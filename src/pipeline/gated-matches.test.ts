import { describe, expect, it } from 'vitest';
import { everyMatch, execPart, matchesIn, mayMatch, testAlternatives, topLevelAlternatives } from './gated-matches.ts';

/** A pattern that counts the scans made with it. */
class CountedPattern extends RegExp {
  scans = 0;
  override exec(text: string): RegExpExecArray | null {
    this.scans += 1;
    return super.exec(text);
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
    expect(pattern.scans).toBeGreaterThan(0);
  });
});

describe('everyMatch', () => {
  const found = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => ({ at: m.index, text: m[0], groups: [...m], named: m.groups, indices: m.indices }));
  const cases: [RegExp, string][] = [
    [/\bthe\s+(two|three)\s+(?:leaders|envoys)\b/gi, 'The two leaders met in Vardo, and the three envoys joined them.'],
    [/(?<name>\p{Lu}\p{L}*)['’]s\s+/gu, "Ukraine's envoy met Ökland’s minister."],
    [/\b(\w+)\b/dg, 'two words'],
    // Empty matches: the next search starts a character on, a whole surrogate pair under u.
    [/x*/g, 'axxb'],
    [/(?:)/gu, 'a😀b'],
    [/(?:)/g, 'a😀b'],
    [/\d/gy, '12a3'],
  ];
  it.each(cases)('finds what matchAll finds: %s', (pattern, text) => {
    expect(found(everyMatch(pattern, text))).toEqual(found(text.matchAll(pattern)));
  });

  it('starts where the pattern stands and leaves it there, as matchAll does', () => {
    const pattern = /\d+/g;
    pattern.lastIndex = 3;
    expect(found(everyMatch(pattern, '12 34 56'))).toEqual(found('12 34 56'.matchAll(pattern)));
    expect(everyMatch(pattern, '12 34 56').map((m) => m[0])).toEqual(['34', '56']);
    expect(pattern.lastIndex).toBe(3);
  });

  it('copies no pattern: it reads with the pattern itself', () => {
    const pattern = new CountedPattern(String.raw`\d+`, 'g');
    expect(everyMatch(pattern, 'on 3 and 4 May').map((m) => m[0])).toEqual(['3', '4']);
    expect(pattern.scans).toBe(3);
  });

  it('refuses a pattern without the g flag, as matchAll does', () => {
    expect(() => everyMatch(/\d/, '1')).toThrow(TypeError);
    expect(() => '1'.matchAll(/\d/)).toThrow(TypeError);
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

describe('testAlternatives', () => {
  const cue = String.raw`\b(?:said|announced)\s+(?:on\s+)?(?:Monday|Friday)|^(?:In|This)\s+(?:March|month)|(?<=,\s)asked\s+about\b[^,]{0,40},|[;|]\s+and\s+(the\s+\w+)\s+said`;
  const sentences = [
    'The council of Orvik said on Friday that the bridge would reopen.',
    'In March the harbour board announced new fees.',
    'Mayor Tilde Varn, asked about the ferry, said it would sail.',
    'The ferry sailed; and the captain said nothing.',
    'The ferry sailed | and the captain said nothing.',
    'Nothing here was told by anyone on Monday.',
    'She announced Monday that the port would close.',
  ];
  it.each(sentences)('answers as the whole pattern does: %s', (sentence) => {
    for (const flags of ['', 'i']) expect(testAlternatives(new RegExp(cue, flags), sentence)).toBe(new RegExp(cue, flags).test(sentence));
  });

  it('answers for a part of a sentence as the whole pattern does, its words ruled out by the sentence', () => {
    const sentence = 'KESTREL - In March the harbour board announced new fees.';
    const part = sentence.slice('KESTREL - '.length);
    expect(testAlternatives(new RegExp(cue), part, sentence)).toBe(true);
    expect(testAlternatives(new RegExp(cue), sentence)).toBe(false);
  });

  it('never runs the whole pattern, each alternative only behind its own words', () => {
    const pattern = new CountedPattern(cue, '');
    expect(testAlternatives(pattern, 'The council of Orvik said on Friday that the bridge would reopen.')).toBe(true);
    expect(testAlternatives(pattern, 'Nothing here.')).toBe(false);
    expect(pattern.scans).toBe(0);
  });

  it('reads the alternatives outside groups and classes, an escaped bar none', () => {
    expect(topLevelAlternatives(/a|(b|c)|[|\]]|\|d|(?<x>e)(?:f|g)/)).toEqual(['a', '(b|c)', String.raw`[|\]]`, String.raw`\|d`, '(?<x>e)(?:f|g)']);
    expect(topLevelAlternatives(/abc/)).toEqual(['abc']);
  });

  it('leaves whole a pattern whose alternatives may not be read alone: a backreference, classes under v', () => {
    expect(topLevelAlternatives(/(a)|b\1/)).toBeUndefined();
    expect(topLevelAlternatives(/(?<q>a)|\k<q>/)).toBeUndefined();
    expect(topLevelAlternatives(/[a--b]|c/v)).toBeUndefined();
  });

  it('asks a pattern that keeps a lastIndex whole, as testPart does', () => {
    const pattern = /said|told/g;
    expect(testAlternatives(pattern, 'he said it')).toBe(true);
    expect(pattern.lastIndex).toBe(7);
  });
});

describe('execPart', () => {
  const sentence = 'On Tuesday, the harbour board of Orvik said it would cut the fees.';
  const saying = String.raw`^\s*,?\s*(?:[\w’'.-]+\s+){0,6}?(said|announced)\b`;

  it('finds in a part of a sentence what exec finds there', () => {
    const part = sentence.slice('On Tuesday'.length);
    const found = execPart(new RegExp(saying, 'i'), part, sentence);
    expect(found && [found.index, found[0], found[1]]).toEqual([0, ', the harbour board of Orvik said', 'said']);
    expect(execPart(new RegExp(saying, 'i'), sentence.slice(0, 20), sentence)).toBeNull();
  });

  it('skips the scan of a part whose sentence lacks a word every match holds, as testPart', () => {
    const pattern = new CountedPattern(saying, 'i');
    expect(execPart(pattern, ' the ferry sailed', 'On Tuesday the ferry sailed.')).toBeNull();
    expect(pattern.scans).toBe(0);
    expect(execPart(pattern, sentence.slice(10), sentence)?.[1]).toBe('said');
    expect(pattern.scans).toBe(1);
  });

  it('asks a pattern that keeps a lastIndex whole', () => {
    const pattern = new CountedPattern(String.raw`\bsaid\b`, 'g');
    expect(execPart(pattern, 'no saying', 'no saying')).toBeNull();
    expect(pattern.scans).toBe(1);
  });
});
