// A step of a case taken on a day (an appeal lodged, an inquiry opened) is that day's act, as a sentence is. Thursday 12 March 2065 is the papers' day.
import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** The days and nouns of the events of kind other one article reports. */
const others = (text: string): string[] =>
  extractOne('2065-03-12', `${text}\n`).candidates.filter((c) => c.kind === 'other').map((c) => `${c.date.value} ${c.noun ?? ''}`.trim());

describe('a step of a case', () => {
  it('is an appeal lodged or filed on its day', () => {
    expect(others("Aram Tesk's lawyers lodged an appeal on Tuesday morning.")).toEqual(['2065-03-10 Appeal']);
    expect(others('On Monday the union filed an appeal against the ruling.')).toEqual(['2065-03-09 Appeal']);
  });

  it('is an inquiry opened or launched on its day', () => {
    expect(others('On Wednesday the Vellin prosecutor opened an inquiry into threats made against the judge.')).toEqual(['2065-03-11 Inquiry']);
    expect(others('Police launched a criminal investigation on Monday.')).toEqual(['2065-03-09 Inquiry']);
  });

  it('is none when only said to come or denied', () => {
    expect(others('On Tuesday Tesk said he would appeal.').filter((e) => e.endsWith('Appeal'))).toEqual([]);
    expect(others('The prosecutor has not opened an inquiry.').filter((e) => e.endsWith('Inquiry'))).toEqual([]);
  });
});
