// An act one person does or undergoes alone (a resignation, an arrest, a death), told of two people or more named together, is one
// report of each, so that each joins its own telling elsewhere (own-corpus-20's two chiefs' resignations, in other words here).
import { describe, expect, it } from 'vitest';
import { readOne } from '../../../tests/support/pipeline.ts';

const reports = (body: string, noun: string | null): string[][] =>
  readOne('2058-03-13', `${body}\n`)
    .candidates.filter((c) => (c.noun ?? null) === noun)
    .map((c) => c.participants);

describe('a personal act of several doers named together is one report of each', () => {
  it.each([
    ['Tomas Vell and Ana Ruiz both resigned on Sunday.', 'Resignation', [['tomas-vell'], ['ana-ruiz']]],
    ['On Monday evening Mara Olsen and Tomas Vell stepped down from the harbour board.', 'Resignation', [['mara-olsen'], ['tomas-vell']]],
    ['Mara Olsen, Tomas Vell and Ana Ruiz each resigned on Tuesday, a day after the vote.', 'Resignation', [['mara-olsen'], ['tomas-vell'], ['ana-ruiz']]],
    ['Vladimir Putin and Donald Trump were sworn in on Tuesday evening.', 'Appointment', [['vladimir-putin'], ['donald-trump']]],
  ])('%s', (body, noun, each) => {
    expect(reports(body, noun)).toEqual(each);
  });
});

describe('but one report where the act is shared or has one doer', () => {
  it('a meeting joins its people', () => {
    expect(reports('Tomas Vell and Ana Ruiz met on Monday in Lusk.', null)).toEqual([['tomas-vell', 'ana-ruiz']]);
  });

  it('one named beside the act, not with its doer, is no doer of it', () => {
    expect(reports('Tomas Vell resigned on Sunday, and Ana Ruiz said she was sorry.', 'Resignation')).toHaveLength(1);
    expect(reports('Donald Trump resigned on Sunday after Vladimir Putin called him.', 'Resignation')).toHaveLength(1);
  });
});
