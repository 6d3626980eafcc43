// Goods told by their own name and number, released on a day ("Zenith 4 came out on Friday", "Pixel 10 launches on 20 August"): the first day
// of sale, as of goods of a sort (product-launch.test.ts). own-corpus-24 c1's games site and c2's club letter; the sentences here are written for the test.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058.
const others = (body: string): [string, string | null, string][] => found(body).filter(([kind]) => kind === 'other');

describe('goods named with their number are released on their day', () => {
  it.each([
    ['Starfall Racing 3 came out on Monday to mixed reviews.', '2058-03-11'],
    ['The Orsk Pixel 10 goes on sale on Friday 22 March.', '2058-03-22'],
    ['Velmark Roadster 2 still launches on 20 March, the company said.', '2058-03-20'],
    ['Harbour Tales 2 was released yesterday in Europe.', '2058-03-12'],
    ['Skyline 4 went on sale last Friday; it sold a million copies.', '2058-03-08'],
  ])('%s', (body, day) => {
    expect(others(body)).toEqual([['other', 'On sale', day]]);
  });

  it('but not a named thing that comes out for a side or launches something, nor a time, a clause or a flight', () => {
    for (const body of [
      'Channel 4 launched an inquiry into the show on Monday.',
      'Channel 4 came out against the plan on Monday.',
      'At 10 came out the first results on Monday.',
      'Article 5 was released to the press on Monday.',
      'Flight 17 launched on Monday from Kessel.',
      'Prisoner 4 was released from jail on Monday.',
    ]) {
      expect(others(body).filter(([, noun]) => noun === 'On sale'), body).toEqual([]);
    }
  });

  it('nor a date before the verb, nor someone held by the noun of a captive', () => {
    for (const body of [
      'The hostage seized on January 7 was released on Monday.',
      'The suspect detained on February 11 was released on Monday.',
      'The report dated March 3 was released on Friday.',
      'The ruling handed down on Sept 9 was released on Monday.',
      'A study finished on April 2 came out on Friday.',
      'Detainee 4 was released on Monday after a hearing.',
      'Hostage 12 was released yesterday, the army said.',
    ]) {
      expect(others(body).filter(([, noun]) => noun === 'On sale'), body).toEqual([]);
    }
  });
});
