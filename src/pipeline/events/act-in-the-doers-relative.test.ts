// A doer's dated act told in a relative clause set off after the doer, under a main clause that only says (issue #8; own20-tune's
// miss, written here in other words and with invented names): the act is the doer's, of the relative's own day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058: Monday the 11th.
const others = (body: string): [string | null, string][] => found(body).filter(([kind]) => kind === 'other').map(([, noun, day]) => [noun, day]);

describe('an act in a relative clause after its doer, with its own day', () => {
  it.each([
    ['The workers, who blocked the harbour gates on Monday, said they would be back next month.', 'blocked', '2058-03-11'],
    ['The works council, which occupied the canteen on 2 March, warned that the plant would close.', 'occupied', '2058-03-02'],
    ['Tomas Vell, who pardoned the two journalists on Monday, said he had no regrets.', 'pardoned', '2058-03-11'],
    ['Kessel Harbour Police, which sealed off the old pier yesterday, said the divers had found nothing.', 'sealed', '2058-03-12'],
  ])('%s', (body, noun, day) => {
    expect(others(body)).toEqual([[noun, day]]);
  });
});

describe('a relative clause that only describes its doer, whose day is the main clause’s, or under a main verb that does not say', () => {
  it.each([
    'The workers, who blocked the harbour gates, said on Monday they would be back.',
    'Tomas Vell, who pardoned the two journalists, said on Monday he had no regrets.',
    'The works council, which represents 4,000 workers, said on Monday it would go on strike.',
    'The workers, who never blocked the harbour gates on Monday, said they would be back.',
    'Ana Ruiz, who dissolved the council on Monday, remained in her office.',
  ])('%s', (body) => {
    expect(others(body)).toEqual([]);
  });
});

describe('a relative whose verb tells no public act: a document that came out, a paper\'s newsgathering, a private milestone', () => {
  it.each([
    'The Hale Report, which emerged on Monday, said the plant was unsafe.',
    'The Orsk Times, which obtained the memo on Monday, said the plan was dropped.',
    'Ana Ruiz, who celebrated her birthday on Monday, said she felt young.',
    'Ana Ruiz, who gave birth on Monday, said she was delighted.',
    'The Kessel Gazette, which reviewed the figures yesterday, said the council had overspent.',
    'Tomas Vell, who turned 60 on Monday, said he would not retire.',
  ])('%s', (body) => {
    expect(others(body)).toEqual([]);
  });
});

describe('the relative read where two spaces or a no-break space set it off, as the pattern reads it', () => {
  it.each([
    ['The workers,  who blocked the harbour gates on Monday, said they would be back.', 'blocked', '2058-03-11'],
    ['Tomas Vell,\u00a0who pardoned the two journalists on Monday, said he had no regrets.', 'pardoned', '2058-03-11'],
  ])('%s', (body, noun, day) => {
    expect(others(body)).toEqual([[noun, day]]);
  });
});
