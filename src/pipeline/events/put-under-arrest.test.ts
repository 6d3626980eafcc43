// Someone put under arrest (own-corpus-5's miss, "four people were arrested on Tuesday evening after images were projected onto a tower of Windsor
// Castle", and own-corpus-14's house arrest, written here in other words): the day's act of the law. Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

const nouns = (body: string): (string | null)[] => found(body).map(([, noun]) => noun);

describe('an arrest', () => {
  it.each([
    ['Four people were arrested on Tuesday evening after images were projected onto the palace.', '2058-03-12'],
    ['The former president Aram Tesk was placed under house arrest on 4 March.', '2058-03-04'],
    ['On Monday the police put him under arrest at his home in Vellin.', '2058-03-11'],
    ['The arrests came on Saturday night. Police held one suspect at the airport in Vellin and a second in the suburbs.', '2058-03-09'],
    ['The first arrest was made late on Sunday, in a flat near the harbour.', '2058-03-10'],
    ['Their fourth arrest came on Saturday, at a farm outside Vellin.', '2058-03-09'],
    ['The twelve arrests were made late on Sunday across the harbour district.', '2058-03-10'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['other', 'Arrest', day]);
  });

  it('is none told with no day of its own, feared or sought', () => {
    expect(nouns('Tesk, who was arrested twice under the old regime, spoke on Monday.')).not.toContain('Arrest');
    expect(nouns('On Monday the opposition called for his arrest.')).not.toContain('Arrest');
    expect(nouns('He could be placed under arrest if he returns on Monday.')).not.toContain('Arrest');
    expect(nouns('On Monday the minister said more arrests would come.')).not.toContain('Arrest');
  });
});
