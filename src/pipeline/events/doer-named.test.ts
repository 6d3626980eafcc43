// A trigger that reads its doer in a capitalised word (taking office or being sworn in, a dismissal, a departure) takes that word for a name only
// when the sentence's names recognise it as a person or a body: the first word of a sentence, a place or a thing is capitalised too.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

const nouns = (body: string): (string | null)[] => found(body).map(([, noun]) => noun);

describe('a doer told by a capitalised word', () => {
  it('is someone named: a person the article names, by name or with a title', () => {
    expect(found('Mayor Ana Ruiz took office on 3 March after a long count.')).toContainEqual(['other', 'Appointment', '2058-03-03']);
    expect(found('Tomas Brandt was sacked as ambassador in Orsk on Monday.')).toContainEqual(['other', 'Dismissal', '2058-03-11']);
    expect(found('Premier Aldo Vance left Kessel on Monday.')).toContainEqual(['other', 'Trip', '2058-03-11']);
    expect(found('Chancellor Ola Brandt was sworn in on Monday.')).toContainEqual(['other', 'Appointment', '2058-03-11']);
  });

  it('is no one when the word names no person or body: a plural opening the sentence, a place, a vessel', () => {
    expect(nouns('Officials took office on Monday after the vote.')).not.toContain('Appointment');
    expect(nouns('Geneva was removed as the venue on Monday.')).not.toContain('Dismissal');
    expect(nouns('Ferries left Kessel on Monday after the storm.')).not.toContain('Trip');
    expect(nouns('Kessel Harbour was sworn in on Monday.')).not.toContain('Appointment');
    expect(nouns('Officials were sworn in on Monday after the vote.')).not.toContain('Appointment');
  });
});
