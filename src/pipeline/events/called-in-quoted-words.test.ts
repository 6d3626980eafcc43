import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Short reports of our own: what someone called a thing, in quoted words, before the day it was said.
// Wednesday 10 September 2053: the Sunday gone by is the 7th, the Monday the 8th.
const told = (body: string) => timelineWithoutGazetteer([article('a', '2053-09-10', `${body}\n`)]).events.map((e) => `${e.kind} ${e.date.value}`);

describe('a naming in quoted words before its day', () => {
  it('is a statement of that day', () => {
    expect(told('Its spokeswoman, Ines Marr, called the harbour board "a club of old friends" on Sunday night.')).toEqual(['statement 2053-09-07']);
    expect(told('Port minister Tomas Vell called the closure “a sad day for Orsk and for every dock worker in the country” on Monday.')).toEqual(['statement 2053-09-08']);
  });

  it('is a statement of that day when its object is a name', () => {
    expect(told('Ines Marr called Tomas Vell "a liar and a coward" on Sunday.')).toEqual(['statement 2053-09-07']);
    expect(told('The minister called Orsk “the best-run port in the north” on Monday.')).toEqual(['statement 2053-09-08']);
  });

  it('is none without the quotation: a summons or a call', () => {
    expect(told('Ines Marr called the harbour board on Monday.').filter((t) => t.startsWith('statement'))).toEqual([]);
  });
});
