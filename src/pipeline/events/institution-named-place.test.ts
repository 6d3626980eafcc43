import { describe, expect, it } from 'vitest';
import { extractOne, readOne } from '../../../tests/support/pipeline.ts';

const DAY = '2025-11-12';
const placesOf = (events: { candidates: { place: string | null }[] }): (string | null)[] => events.candidates.map((c) => c.place);

describe("a place written as the end of an institution's name, in the test support's readings as in the article's", () => {
  it('is no place of the event ("The Museum of Geneva hosted talks …" took place nowhere it says)', () => {
    for (const sentence of ['The Museum of Geneva hosted talks between Russia and Ukraine on Monday.', 'The Bank of Geneva hosted a meeting of Zelenskyy and Putin on Monday.']) {
      expect(placesOf(extractOne(DAY, sentence))).toEqual([null]);
      expect(placesOf(extractOne(DAY, sentence))).toEqual(placesOf(readOne(DAY, sentence)));
    }
  });
});
