import { describe, expect, it } from 'vitest';
import { article, idsOf, timelineWithoutGazetteer, firstReportedIn } from '../../../tests/support/pipeline.ts';

// A report of our own, with an empty gazetteer: a prefect is an office of the state, as a governor
// or a mayor is, so the full name after "Niger's prefect, " is its holder and takes part in the
// talks its sentence tells (entities-19 tuning lost the prefect a region's governor held talks with).
const timeline = timelineWithoutGazetteer([
  article('prefect-apposed', '2041-04-06', 'Officials of Mali and Niger met in Ayorou on Tuesday to agree grazing routes. The Malian governor, Amadou Keita, led the talks with Niger\'s prefect, Issoufou Garba.\n'),
]);

describe('a prefect', () => {
  it('is an office, and the name written after it and a comma its holder', () => {
    expect(idsOf(firstReportedIn(timeline, 'prefect-apposed')?.roles?.present)).toEqual(expect.arrayContaining(['amadou-keita', 'issoufou-garba']));
  });
});
