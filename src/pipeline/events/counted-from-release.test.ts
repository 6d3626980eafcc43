// A count from "the release" counts from the day people were told released or freed, as one from "the truce" counts from "The ceasefire" (SAME_HAPPENING). Thursday 26 March 2065 is the papers' day.
import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** The days of the meetings one article reports. */
const meetings = (text: string): string[] =>
  extractOne('2065-03-26', `${text}\n`).candidates.filter((c) => c.kind === 'meeting').map((c) => c.date.value);

describe('a count from the release', () => {
  it('counts from the day the release was told by its verb', () => {
    expect(meetings('On 2 March, Estmark freed Ilse Marr Vance and two other reporters. Two days after the release, Tomas Berglund met the Estmark foreign minister in Vellin.')).toEqual(['2065-03-04']);
    expect(meetings('On 2 March, the envoy Anna Vell visited Kessel and nine reporters were released. A fortnight after the release, Tomas Berglund met the Estmark foreign minister in Vellin.')).toEqual(['2065-03-16']);
  });

  it('does not count from a day that released no one', () => {
    expect(meetings('On 2 March, Estmark published its harvest figures. Two days after the release, Tomas Berglund met the Estmark foreign minister in Vellin.')).not.toContain('2065-03-04');
  });
});
