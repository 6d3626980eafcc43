import { casual, ParsingContext } from 'chrono-node';
import { describe, expect, it } from 'vitest';

// dates/chrono.ts skips chrono's refiners on a text where chrono's parsers found nothing: that
// holds only while none of them makes a result of no results.
describe("chrono's refiners", () => {
  it('make nothing of no results', () => {
    const refiners = casual.clone().refiners;
    expect(refiners.length).toBeGreaterThan(5);
    const context = new ParsingContext('Talks resumed on Friday, at 10 a.m. GMT (+0300), on 3/4.', new Date('2026-03-03T12:00:00Z'), {});
    for (const refiner of refiners) expect([refiner.constructor.name, refiner.refine(context, [])]).toEqual([refiner.constructor.name, []]);
  });
});
