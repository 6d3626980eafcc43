// A described doer told by its count, and a time told first with a second phrase set off after it (issue #8; own20-tune's "Last week,
// before the closing, about a hundred workers held …", written here in other words and with invented names): the doer's act as ever.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058: Monday the 11th, Tuesday the 12th.
const others = (body: string): [string | null, string][] => found(body).filter(([kind]) => kind === 'other').map(([, noun, day]) => [noun, day]);

describe('a doer told by its count', () => {
  it.each([
    ['About a hundred workers blocked the harbour gates on Monday.', 'blocked', '2058-03-11'],
    ['Some 200 firefighters cleared the flooded tunnel on Tuesday.', 'cleared', '2058-03-12'],
    ['On Monday 40 engineers occupied the canteen.', 'occupied', '2058-03-11'],
  ])('%s', (body, noun, day) => {
    expect(others(body)).toEqual([[noun, day]]);
  });
});

describe('a time told first with a second phrase set off after it', () => {
  it.each([
    ['On Monday, after the vote, Ana Ruiz dissolved the regional council.', 'dissolved', '2058-03-11'],
    ['Late on Tuesday, before the deadline, the works council occupied the canteen.', 'occupied', '2058-03-12'],
  ])('%s', (body, noun, day) => {
    expect(others(body)).toEqual([[noun, day]]);
  });
});

describe('but not a count that is no doer, nor a second phrase that is no time', () => {
  it.each([
    'About a hundred boats blocked the harbour gates on Monday.',
    'On Monday, in a rare move, the price of bread rose.',
  ])('%s', (body) => {
    expect(others(body)).toEqual([]);
  });
});
