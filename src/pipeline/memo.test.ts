import { describe, expect, it } from 'vitest';
import { LONGEST_REMEMBERED_TEXT, oncePerObject, oncePerText } from './memo.ts';

describe('oncePerObject', () => {
  it('computes once per object, undefined answers included, and apart for each object', () => {
    let calls = 0;
    const lookup = oncePerObject((o: { name?: string }) => {
      calls += 1;
      return o.name;
    });
    const [named, unnamed] = [{ name: 'Lima' }, {}];
    expect([lookup(named), lookup(named), lookup(unnamed), lookup(unnamed)]).toEqual(['Lima', 'Lima', undefined, undefined]);
    expect(calls).toBe(2);
  });
});

describe('oncePerText', () => {
  it('computes once per text, undefined answers included, and starts again past its limit', () => {
    const asked: string[] = [];
    const lookup = oncePerText((text: string) => {
      asked.push(text);
      return text.startsWith('met') ? text.length : undefined;
    }, 2);
    expect([lookup('met in Oslo'), lookup('met in Oslo'), lookup('talks'), lookup('talks')]).toEqual([11, 11, undefined, undefined]);
    expect(asked).toEqual(['met in Oslo', 'talks']);
    // A third text fills it past two: the answers kept are forgotten and made again when asked.
    lookup('met at noon');
    lookup('met in Oslo');
    expect(asked).toEqual(['met in Oslo', 'talks', 'met at noon', 'met in Oslo']);
  });

  it('keeps no answer for a text longer than it remembers, and the same answer all the same', () => {
    let calls = 0;
    const count = oncePerText((text: string) => {
      calls += 1;
      return text.split(' ').length;
    }, 10);
    const unstopped = 'talks went on '.repeat(LONGEST_REMEMBERED_TEXT);
    const atTheBound = 'x'.repeat(LONGEST_REMEMBERED_TEXT);
    expect([count(unstopped), count(unstopped)]).toEqual([3 * LONGEST_REMEMBERED_TEXT + 1, 3 * LONGEST_REMEMBERED_TEXT + 1]);
    expect(calls).toBe(2);
    expect([count(atTheBound), count(atTheBound)]).toEqual([1, 1]);
    expect(calls).toBe(3);
  });
});
