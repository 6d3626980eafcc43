// A ruling told by what its maker refused to order (issue #8; own20-tune's "declined to order", written here in other words and with
// invented names): the doer's act of that day, as an order given is. A refusal to speak or to meet stays none.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058: Monday the 11th, Tuesday the 12th.
const others = (body: string): [string | null, string][] => found(body).filter(([kind]) => kind === 'other').map(([, noun, day]) => [noun, day]);

describe('a ruling told by what it refused to order', () => {
  it.each([
    ['Last Tuesday a federal judge in Lusk declined to order the sale of the port.', 'declined', '2058-03-12'],
    ['On Monday the harbour board refused to grant the licence.', 'refused', '2058-03-11'],
    ['The judges declined to halt the eviction on Monday.', 'declined', '2058-03-11'],
  ])('%s', (body, noun, day) => {
    expect(others(body)).toEqual([[noun, day]]);
  });
});

describe('but not a refusal to speak, to meet or to say', () => {
  it.each([
    'On Monday Tomas Vell declined to comment.',
    'On Monday Tomas Vell refused to meet the envoy.',
    'On Tuesday the harbour board declined to say whether the port would be sold.',
    'The board refused to grant interviews on Monday.',
    'Lusk Council refused to lift a finger on Monday.',
    'On Monday the judge declined to grant the reporters an interview.',
    'The harbour board refused to grant any comment on Tuesday.',
    'On Monday Tomas Vell refused to lift a hand to help the strikers.',
  ])('%s', (body) => {
    expect(found(body)).toEqual([]);
  });
});
