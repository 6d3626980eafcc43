import { describe, expect, it } from 'vitest';
import { oncePerObject } from './memo.ts';

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
