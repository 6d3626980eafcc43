// A century named in words ("the nineteenth century", "the twenty-first century") is the DATE of its
// hundred years as TimeML writes it (its first two digits: 18, 20), as "the 19th century" already was.
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from './index.ts';

const valueOf = (text: string, fragment: string) => findTemporalExpressions(text, '2026-02-25').find((t) => t.text === fragment)?.value;

describe('a century in words', () => {
  it('is its hundred years', () => {
    expect(valueOf('The band recorded the marches of the twentieth century.', 'the twentieth century')).toBe('19');
    expect(valueOf('Most of the terraces went up in the nineteenth century.', 'the nineteenth century')).toBe('18');
    expect(valueOf('Ports of the twenty-first century will need deeper berths.', 'the twenty-first century')).toBe('20');
    expect(valueOf('A chapel stood here in the Fifteenth Century.', 'the Fifteenth Century')).toBe('14');
  });
});
