// A doer's past act told by the week it was done in (issue #8; own20-tune's "Last week … held a farewell party", written here in other
// words and with invented names): an act of that week, dated to it as the gold dates a week (own-conventions.md "Weeks").
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058: last week is 2058-W10.
const others = (body: string): [string | null, string][] => found(body).filter(([kind]) => kind === 'other').map(([, noun, day]) => [noun, day]);

describe('an act told by the week gone by', () => {
  it.each([
    ['Last week the harbour workers blocked the gates.', 'blocked', '2058-W10'],
    ['Last week Ana Ruiz dissolved the regional council.', 'dissolved', '2058-W10'],
    ['Tomas Vell renamed the old square last week.', 'renamed', '2058-W10'],
  ])('%s', (body, noun, week) => {
    expect(others(body)).toEqual([[noun, week]]);
  });
});

// A plan of a week ahead ("Ana Ruiz will dissolve the regional council next week") is a plan of that week, read by the plan reader
// (act-planned-ahead.test.ts), no act of a week.
describe('but not an act of a week ahead told in the present, nor one of a longer time', () => {
  it.each([
    'Next week the harbour workers block the gates.',
    'Tomas Vell renamed the old square last month.',
  ])('%s', (body) => {
    expect(others(body)).toEqual([]);
  });
});
