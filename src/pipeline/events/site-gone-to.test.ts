// Someone going to see a place named by its noun ("went to the site", "went to the museum"): a visit to the site, of its day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

describe('someone who goes to a site on a day visits it', () => {
  it.each([
    ['Prime Minister Ana Ruiz went to the site on Friday evening.', '2058-03-08'],
    ['Mayor Tomas Brel went to the flooded depot on Tuesday and spoke to the crews.', '2058-03-12'],
    ['The minister, who went to the museum on Monday, said the alarms had worked.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([kind]) => kind === 'other')).toEqual([['other', 'Site visit', day]]);
  });

  it("a site visit is a happening of its own, not the same day's flight home", () => {
    const nouns = found('Prime Minister Ana Ruiz flew back to Kessel on Friday afternoon. Ruiz went to the site on Friday evening.').map(([, noun]) => noun);
    expect(nouns).toContain('Trip');
    expect(nouns).toContain('Site visit');
  });

  it('but not what goes to a site with no one travelling, nor a school shared, nor a town told by its name', () => {
    expect(found('The contract went to a shipyard in Lusk on Friday.')).toEqual([]);
    expect(found('Ana Ruiz went to the same school as Tomas Brel on Friday.')).toEqual([]);
    expect(found('Ana Ruiz went to a town called Orsk on Friday.').map(([, noun]) => noun)).not.toContain('Site visit');
  });

  it("nor a patient's or a pupil's going to a place of care or of learning, which is a visit only when told so", () => {
    for (const body of [
      'The minister went to the hospital with chest pains on Monday.',
      'The minister went to the hospital for surgery on Monday.',
      'Tomas Brel, who went to the university in 1990, said the fees were too high.',
      'Ana Ruiz went to the village school on Monday, her mother said.',
    ]) expect(found(body).map(([, noun]) => noun), body).not.toContain('Site visit');
    expect(found('Mayor Tomas Brel went to the clinic on Tuesday to see the wounded.').filter(([kind]) => kind === 'other')).toEqual([['other', 'Site visit', '2058-03-12']]);
  });
});
