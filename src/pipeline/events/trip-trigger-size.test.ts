import { describe, expect, it } from 'vitest';
import { JOURNEY_NOUN } from './kinds.ts';
import { TRIGGERS } from './triggers.ts';

const TRIP = TRIGGERS.find((rule) => rule.noun === JOURNEY_NOUN)!.pattern;

/** Each match of the trip trigger in `text`: its words, and the doer it reads (`subject`) where it reads one. */
const tripsIn = (text: string): string[] => [...text.matchAll(TRIP)].map((m) => (m.groups?.subject ? `${m[0]}<${m.groups.subject}>` : m[0]));

describe('the trip trigger, its traveller read once before every departure, return and going', () => {
  // Written before each of them, the look-behinds made the pattern 20,090 characters, 1.16 MB of V8's bytecode and 250 ms of
  // each thread's compiling (9e0ae2b1); read once before them all, 9,479.
  it('is compiled from a source of under 10,000 characters', () => {
    expect(TRIP.source.length).toBeLessThan(10_000);
  });

  // Each alternative of the trigger on invented journeys: the same matches, doers and refusals as the pattern written out at 9e0ae2b1.
  it.each([
    ['Vance flew to Orsk on Monday.', ['flew to ']],
    ['The envoy arrived in Kessel late on Monday.', ['arrived in ']],
    ['Aid lorries arrived in Kessel on Monday.', []],
    ['Brant left Lusk on Friday after the talks.', ['left <Brant>']],
    ['The minister left Lusk for Orsk at dawn.', ['left ']],
    ['The convoy left Lusk for Orsk at dawn.', []],
    ['Vance went to Orsk on Tuesday.', ['went to <Vance>']],
    ['The delegation has just departed Lusk.', ['departed ']],
    ['The President leaves Kessel this afternoon.', ['leaves ']],
    ['Brant flew home that evening.', ['flew home<Brant>']],
    ['Delegates arrived on Sunday to a cold welcome.', ['arrived']],
    ['We arrived on Sunday.', []],
    ['On Tuesday, the day the Chancellor landed, the bank said it would close.', ['landed']],
    ['The journey to Kessel took ten hours.', ['journey']],
    ['The drones, which had just arrived in Orsk, were shot down.', []],
  ])('%s', (text, trips) => {
    expect(tripsIn(text)).toEqual(trips);
  });
});
