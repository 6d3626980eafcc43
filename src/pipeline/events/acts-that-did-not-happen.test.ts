// What a modal perfect tells ("would have signed", "could have met", "the talks might have resumed") did not happen and is no plan either (issue #8):
// no event, past or planned.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

describe('an act told by a modal perfect is no event', () => {
  it.each([
    ['Ana Ruiz would have signed the decree on Monday.'],
    ['Without the strike, the two ministers would have met in Orsk on Friday.'],
    ['The talks could have resumed on Monday, officials said.'],
    ['The summit would have opened on Friday had the storm not closed the airport.'],
    ['The envoy should not have called Lund on Monday, his critics said.'],
  ])('%s', (body) => {
    expect(found(body)).toEqual([]);
  });

  it('leaves the act told beside it', () => {
    expect(found('Vela Mining signed the lease on Monday; without it the port would have closed.').map(([kind, , day]) => `${kind} ${day}`)).toEqual(['other 2058-03-11']);
  });
});
