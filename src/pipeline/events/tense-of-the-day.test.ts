import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each candidate of a report as "kind status date". */
const told = (published: string, body: string) => extractOne(published, `${body}\n`).candidates.map((c) => `${c.kind} ${c.status} ${c.date.value}`);

describe('the noun "hold" after a verb of taking is no scheduled present', () => {
  // Thursday 10 March 2061: the Sunday gone by is the 6th, the one ahead the 13th.
  it('reads "took hold on Sunday" as the Sunday gone by, as "took effect" is', () => {
    // A wire.
    expect(told('2061-03-10', 'The ceasefire between Korvia and Estmark took hold on Sunday.')).toEqual(['other occurred 2061-03-06']);
    // A local paper, the day after a place and before a clause of its own.
    expect(told('2061-03-10', 'The truce finally took hold in the port city on Sunday, residents said.')).toEqual(['other occurred 2061-03-06']);
    expect(told('2061-03-10', 'The ceasefire between Korvia and Estmark took effect on Sunday.')).toEqual(['other occurred 2061-03-06']);
  });

  it('still reads a plan to take hold as ahead', () => {
    expect(told('2061-03-10', 'The ceasefire is expected to take hold on Sunday.')).toEqual(['other planned 2061-03-13']);
  });
});
