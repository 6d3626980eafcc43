// A named person's death is a happening of its day, told by the verb after the name or its aside. Thursday 12 March 2065 is the papers' day.
import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** The days and nouns of the events of kind other one article reports. */
const others = (text: string): string[] =>
  extractOne('2065-03-12', `${text}\n`).candidates.filter((c) => c.kind === 'other').map((c) => `${c.date.value} ${c.noun ?? ''}`.trim());

describe('a named person dies', () => {
  it('is an event of its day, the verb after the name or its aside', () => {
    expect(others('One of the witnesses, the shipping magnate Aldo Fenwick, died in Vellin on Tuesday, aged 81.')).toEqual(['2065-03-10 Death']);
    expect(others('On 2 March, General Ilse Marrow, the commander of the northern front, was killed near Dunmore.')).toEqual(['2065-03-02 Death']);
  });

  it('is none for the dead counted or described, nor in a relative', () => {
    expect(others('Officials said on Tuesday that 144 people had died in the floods.').filter((e) => e.endsWith('Death'))).toEqual([]);
    expect(others('Tensions rose after a border guard was killed in a clash on 2 March.').filter((e) => e.endsWith('Death'))).toEqual([]);
    expect(others('On Tuesday she laid flowers for the sailors who died in the storm.').filter((e) => e.endsWith('Death'))).toEqual([]);
  });
});
