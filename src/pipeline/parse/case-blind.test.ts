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

  it('answers what a case-blind pattern answers, whichever way it searches', () => {
    const pattern = (text: string, part: string) => text.search(new RegExp(escapeRegExp(part), 'iu'));
    const cases: [string, string][] = [
      ['The minister’s “long” call with Rosa Ibarra — in Lima', 'CALL WITH rosa'],
      ['İlham Aliyev received the envoy in Baku', 'in baku'],
      ['Talks on the Meſſina strait', 'messina'],
      ['A 5 \u212Aelvin drop in Kiruna', 'kelvin'],
      ['ΣΥΝΟΔΟΣ in Athens; the Athens talks', 'athens talks'],
      ['Straße talks in Graz', 'STRASSE'],
      ['Nothing to find here', 'absent'],
    ];
    for (const [text, part] of cases) expect(caseBlindIndexOf(text, part)).toBe(pattern(text, part));
    expect(caseBlindIndexOf('Talks on the Meſſina strait', 'messina')).toBe(13);
  });

  it('escapes every character a pattern gives a meaning', () => {
    expect(new RegExp(escapeRegExp('.*+?^${}()|[]\\')).test('.*+?^${}()|[]\\')).toBe(true);
  });
});
