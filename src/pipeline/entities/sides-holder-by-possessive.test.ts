import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer, firstReportedIn } from '../../../tests/support/pipeline.ts';

// A report of our own, with an empty gazetteer: "Maltese and Tunisian trade ministers met …" is
// resolved in the next sentence, where one holder has the office and a side and the other only the
// side's possessive ("Tunisia's Hedi Ben Salah"): both are the ministers who met.
const timeline = timelineWithoutGazetteer([
  article('holder-by-possessive', '2041-04-10', 'Maltese and Tunisian trade ministers met in Valletta on Thursday. Malta\'s trade minister, Doreen Vella, said the talks with Tunisia\'s Hedi Ben Salah had gone well.\n'),
]);

describe('a side\'s holder the next sentence names with the side alone', () => {
  it('is one of the people an office of two sides stands for', () => {
    expect(idsOf(firstReportedIn(timeline, 'holder-by-possessive')?.roles?.present)).toEqual(expect.arrayContaining(['doreen-vella', 'hedi-ben-salah']));
  });
});
