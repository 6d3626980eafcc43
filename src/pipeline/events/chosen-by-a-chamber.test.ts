// Someone chosen by a chamber for an office is the chamber's ballot of its day, told in the passive with the chamber named or with the
// chamber as the subject. Thursday 12 March 2065 is the papers' day.
import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** The days and nouns of the events of kind other one article reports. */
const others = (text: string): string[] =>
  extractOne('2065-03-12', `${text}\n`).candidates.filter((c) => c.kind === 'other').map((c) => `${c.date.value} ${c.noun ?? ''}`.trim());

describe('someone chosen by a chamber', () => {
  it('is a vote of its day, the office between the verb and the chamber', () => {
    expect(others("Mira Holt, leader of the Farmers' Union, was chosen as Estmark's prime minister by the Diet on Tuesday.")).toEqual(['2065-03-10 Vote']);
    expect(others('Ansel Roop was picked as speaker by the Storting on Monday.')).toEqual(['2065-03-09 Vote']);
  });

  it('is a vote of its day with the chamber its subject', () => {
    expect(others('On Wednesday both houses of the Diet chose her as prime minister.')).toEqual(['2065-03-11 Vote']);
  });

  it('is none when no chamber chose', () => {
    expect(others('The old stadium was chosen as the venue on Monday.').filter((e) => e.endsWith('Vote'))).toEqual([]);
    expect(others('Ansel Roop was picked by the coach on Monday.').filter((e) => e.endsWith('Vote'))).toEqual([]);
  });
});
