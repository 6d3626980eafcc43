import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

// Short reports of our own: where a journey told done went. Wednesday 12 March 2053: Monday is the 10th.
const trips = (body: string) =>
  extractOne('2053-03-12', `${body}\n`)
    .candidates.filter((c) => c.noun === 'Trip')
    .map((c) => `${c.date.value} ${c.place ?? '-'}`);

describe('a journey', () => {
  it('is placed where its own words take it, not where its sentence set out from', () => {
    expect(trips('On Monday Witkoff laid flowers at a memorial in Geneva, and in the afternoon he flew to Kyiv.')).toEqual(['2053-03-10 kyiv']);
    expect(trips('On Monday Kushner joined the mayor for a service at a church in Geneva, and at lunchtime his plane left for Kyiv.')).toEqual(['2053-03-10 kyiv']);
  });

  it('is placed in the country it reached when no town is named', () => {
    expect(trips('Witkoff arrived in Ukraine on Monday at night, from Rome.')).toEqual(['2053-03-10 ukraine']);
    expect(trips('On Monday Witkoff flew to Russia, a big country.')).toEqual(['2053-03-10 russia']);
  });

  it('keeps the town named with its country', () => {
    expect(trips('Witkoff arrived in Kyiv, Ukraine, on Monday.')).toEqual(['2053-03-10 kyiv']);
  });
});
