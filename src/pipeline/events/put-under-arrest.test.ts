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

describe('an arrest told by the law as its doer', () => {
  it.each([
    ['Police detained the opposition leader Aram Vell at his home in Lusk on Monday.', '2058-03-11'],
    ['Police on Tuesday arrested two officials of the port authority.', '2058-03-12'],
    ['Velsian prosecutors detained the former minister yesterday over a tender.', '2058-03-12'],
    ['The editor of the Lusk Herald was detained on Saturday night at the airport.', '2058-03-09'],
    ['Two days ago the editor of the Lusk Herald was taken from his home by plain-clothes officers.', '2058-03-11'],
    ['The former minister was taken into custody on Sunday.', '2058-03-10'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['other', 'Arrest', day]);
  });

  it('is none with no day in its sentence, nor as a threat', () => {
    expect(nouns('Police detained him in 2019 over a protest.')).not.toContain('Arrest');
    expect(nouns('Police arrested him twice during the old regime.')).not.toContain('Arrest');
    expect(nouns('As a student he was taken into custody for a week.')).not.toContain('Arrest');
    expect(nouns('He could be detained on Monday if he returns.')).not.toContain('Arrest');
  });
});

describe('what is no arrest told by the law', () => {
  it('no one detained, goods detained, nor one taken from home by someone else', () => {
    for (const body of [
      'Police detained no one on Monday.',
      'Police arrested nobody on Monday, officials said.',
      'Customs officers detained a shipment of ivory on Tuesday.',
      'Border agents detained two trucks of cigarettes on Monday.',
      'He was taken from his home by ambulance on Monday.',
      'The boy was taken from his home on Sunday night by armed men.',
    ]) {
      expect(nouns(body), body).not.toContain('Arrest');
    }
  });

  it('nor dated by another clause’s day', () => {
    expect(nouns('Police detained him in 2019, his lawyer said on Monday.')).not.toContain('Arrest');
    expect(nouns('Officers arrested her during the 2020 protests, her sister told reporters on Tuesday.')).not.toContain('Arrest');
  });

  it('but one taken from home by the law, or with no one named, is', () => {
    expect(found('The editor was taken from his home by police on Monday.')).toContainEqual(['other', 'Arrest', '2058-03-11']);
    expect(found('On Tuesday the activist was taken from her home at dawn.')).toContainEqual(['other', 'Arrest', '2058-03-12']);
  });
});
