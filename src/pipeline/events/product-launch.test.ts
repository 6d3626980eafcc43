// A product's launch, by its steps (unveiled, pre-orders open, on sale): each the happening of its day, done or ahead. own-corpus-19 c1's
// press release and c2's trade journal; the sentences here are written for the test.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058.
const others = (body: string): [string, string | null, string][] => found(body).filter(([kind]) => kind === 'other');

describe("a product's launch is told by its steps, each of its day", () => {
  it.each([
    ['Velmark Motors unveiled its new electric cars on Monday.', 'Product unveiled', '2058-03-11'],
    ['Orsk Electronics unveiled the tablets yesterday at its headquarters in Kessel.', 'Product unveiled', '2058-03-12'],
    ['Pre-orders open on Friday at 09:00 local time.', 'Pre-orders open', '2058-03-15'],
    ['The consoles go on sale in shops on Friday 22 March.', 'On sale', '2058-03-22'],
    ['The handsets went on sale on Monday, and queues formed before dawn.', 'On sale', '2058-03-11'],
  ])('%s', (body, noun, day) => {
    expect(others(body)).toEqual([['other', noun, day]]);
  });

  it('but not a plan or a weapon unveiled or launched, nor a range of measures', () => {
    for (const body of ['The minister unveiled a plan to cut taxes on Monday.', 'The army launched two drones on Monday.', 'The firm unveiled a range of measures on Monday.', 'Pre-orders kept coming in on Monday.']) {
      expect(others(body), body).toEqual([]);
    }
  });

  it('nor tickets, a house or shares that go on sale: only goods go on sale at a launch', () => {
    for (const body of ['Tickets for the Kessel cup final go on sale on Friday 15 March.', 'The house on Linden Lane went on sale on Monday.', 'Shares of Orsk Electronics went on sale on Monday.', 'Seats for the opening night are on sale from Friday.']) {
      expect(others(body), body).toEqual([]);
    }
  });
});
