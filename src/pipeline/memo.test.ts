import { describe, expect, it, vi } from 'vitest';
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

  it('answers an object asked before by one lookup, an undefined answer too', () => {
    const countedDay = oncePerObject((report: { text: string }) => (/third day/.test(report.text) ? 3 : undefined));
    const [counted, uncounted] = [{ text: 'on the third day of talks' }, { text: 'talks ended' }];
    expect([countedDay(counted), countedDay(uncounted)]).toEqual([3, undefined]);
    const [get, has] = [vi.spyOn(WeakMap.prototype, 'get'), vi.spyOn(WeakMap.prototype, 'has')];
    const again = [countedDay(counted), countedDay(uncounted)];
    const lookups = [get.mock.calls.length, has.mock.calls.length];
    get.mockRestore();
    has.mockRestore();
    expect(again).toEqual([3, undefined]);
    expect(lookups).toEqual([2, 0]);
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
