// Someone put in an office with no office written (own-corpus-13's miss, sentences written here in other words): the leader's choice
// of one to lead a government, an office in apposition between, and a name that "was appointed" past its apposition.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

describe('someone chosen to lead a government, or appointed past an apposition, has an appointment of that day', () => {
  it.each([
    ['President Ferro stands alone after choosing Vera Lind, his defence minister, to lead the government on Tuesday evening.', '2058-03-12'],
    ['On Monday President Ferro named Vera Lind to form a new cabinet.', '2058-03-11'],
    ['Ana Ruiz, a centrist ally of the President, was appointed on Monday.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['other', 'Appointment', day]);
  });

  it('but not one chosen to lead an inquiry, a place appointed, nor an appointment kept with a doctor', () => {
    const nouns = (body: string) => found(body).map(([, noun]) => noun);
    expect(nouns('President Ferro chose Vera Lind to lead the inquiry on Monday.')).not.toContain('Appointment');
    expect(nouns('Kessel Harbour, the old port, was appointed as the venue on Monday.')).not.toContain('Appointment');
    expect(nouns('Vera Lind missed her appointment with the doctor on Monday.')).not.toContain('Appointment');
  });
});

describe('a cabinet or a team named, told in any tense', () => {
  it.each([
    ['The new president is expected to name a new cabinet on Friday.', '2058-03-15'],
    ['On Monday the prime minister names her cabinet, aides said.', '2058-03-11'],
    ['The governor will appoint a new team of negotiators on Thursday.', '2058-03-14'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['other', 'Appointment', day]);
  });

  it('but not a thing named after someone', () => {
    const nouns = (body: string) => found(body).map(([, noun]) => noun);
    expect(nouns('The cabinet room, named after the first president, reopened on Monday.')).not.toContain('Appointment');
    expect(nouns('They will name the new bridge after her on Friday.')).not.toContain('Appointment');
  });
});
