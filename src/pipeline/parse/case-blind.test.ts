import { describe, expect, it } from 'vitest';
import { caseBlindIndexOf, escapeRegExp } from './case-blind.ts';

describe('caseBlindIndexOf', () => {
  it('answers an offset into the original text after a letter whose lower case is longer', () => {
    const text = 'İlham Aliyev received the envoy';
    const at = caseBlindIndexOf(text, 'aliyev received');
    expect(text.slice(at)).toBe('Aliyev received the envoy');
    // What the lower-cased copy answers is one unit late in the original.
    expect(text.toLowerCase().indexOf('aliyev received')).toBe(at + 1);
  });

  it('finds a phrase whatever its case, and reads pattern characters literally', () => {
    expect(caseBlindIndexOf('Talks in İzmir (day 2) began', 'IN İZMIR (DAY 2)')).toBe(6);
    expect(caseBlindIndexOf('a.b', 'a.c')).toBe(-1);
    expect(caseBlindIndexOf('nothing here', 'there')).toBe(-1);
  });

  it('escapes every character a pattern gives a meaning', () => {
    expect(new RegExp(escapeRegExp('.*+?^${}()|[]\\')).test('.*+?^${}()|[]\\')).toBe(true);
  });
});
