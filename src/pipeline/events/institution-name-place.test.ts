// A place that ends an institution's name ("the Bank of Geneva") names the institution, not where its act was done.
import { describe, expect, it } from 'vitest';
import { readOne } from '../../../tests/support/pipeline.ts';

const placesOf = (body: string, published = '2058-03-13') => readOne(published, `${body}\n`).candidates.map((c) => [c.place, c.filedFrom ?? null]);

describe('a place inside an institution\'s name is not where the institution acted', () => {
  it.each([
    'The Bank of Geneva cut its main rate to 2% on Tuesday.',
    'The Reserve Bank of Geneva held its cash rate at 3.5% on Tuesday.',
  ])('%s', (body) => {
    expect(placesOf(body)).toEqual([[null, null]]);
  });

  it('but a place the act is told in stays its place', () => {
    expect(placesOf('The Bank of Estmark cut its main rate to 2% in Geneva on Tuesday.')).toEqual([['geneva', null]]);
    expect(placesOf('Governors of the Bank of Estmark met in Geneva on Tuesday.')).toEqual([['geneva', null]]);
  });

  it('and the town the story was filed from is where the act was done', () => {
    const body = 'GENEVA, March 13 (Test Wire) — The Bank of Geneva cut its main rate to 2% on Wednesday.';
    expect(placesOf(body)).toEqual([[null, 'geneva']]);
  });
});
