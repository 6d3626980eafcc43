import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each dated candidate as "kind day". */
const dated = (published: string, body: string): string[] => extractOne(published, `${body}\n`).candidates.map((c) => `${c.kind} ${c.date.value}`);

// Monday 24 November 2059.
const PUBLISHED = '2059-11-24T08:00:00Z';

describe('what the subject did before leaving on a day', () => {
  // The arrival is a trip of its own day (arrival.test.ts).
  it('was done that day, not on the day of the stay told before', () => {
    expect(dated(PUBLISHED, 'Foreign Minister Ana Berg arrived in Vilnius on Wednesday. Before flying home on Friday evening, Berg held talks with the mayor.')).toEqual(['other 2059-11-19', 'talks 2059-11-21']);
    expect(dated(PUBLISHED, 'Prime Minister Ivo Tamm landed in Oslo on Thursday. Before leaving the city on Saturday, he met the king at the palace.')).toEqual(['other 2059-11-20', 'meeting 2059-11-22']);
  });

  it('is left alone when the main clause gives a day of its own, or only says what is ahead', () => {
    expect(dated(PUBLISHED, 'Before heading home on Friday, Berg had met the mayor on Thursday.')).toEqual(['meeting 2059-11-20']);
    expect(dated(PUBLISHED, 'Before departing Lima on Sunday, Tamm told reporters he hoped for fruitful talks with the Chilean president.')).toEqual([]);
  });
});
