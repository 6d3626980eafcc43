// Someone put out of an office, the trigger table had no wording for (own-corpus-5's miss, sentences written here in
// other words): a dismissal of its day, as a resignation is.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

describe('someone put out of an office is a dismissal of that day', () => {
  it.each([
    ['Ana Ruiz was sacked as ambassador in Orsk on 11 March, after her letters were published.', '2058-03-11'],
    ['She was dismissed from her post on Tuesday.', '2058-03-12'],
    ['Marta Ferro had been removed as party leader on Monday evening.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['other', 'Dismissal', day]);
  });

  it('but not rockets fired, nor people removed from a place', () => {
    expect(found('Two rockets were fired at the port on Monday.').map(([, noun]) => noun)).not.toContain('Dismissal');
    expect(found('The protesters were removed from the square on Monday.').map(([, noun]) => noun)).not.toContain('Dismissal');
  });
});

describe('someone put out of an office by whoever did it', () => {
  it.each([
    ['The president dismissed Aram Vell as defence minister on Friday.', 'Dismissal', '2058-03-08'],
    ['On Monday the board fired her as chief executive.', 'Dismissal', '2058-03-11'],
    ['The interior ministry suspended him from office as mayor of Lusk on Tuesday.', 'Suspension from office', '2058-03-12'],
    ['Ana Ruiz was suspended from office on Sunday, pending an inquiry.', 'Suspension from office', '2058-03-10'],
  ])('%s', (body, noun, day) => {
    expect(found(body)).toContainEqual(['other', noun, day]);
  });

  it('but not a player suspended for matches, a service suspended, nor a shot fired', () => {
    const nouns = (body: string) => found(body).map(([, noun]) => noun);
    for (const body of ['The club suspended him for three matches on Friday.', 'The airline suspended its flights to Orsk on Monday.', 'Police fired him a warning on Monday.']) {
      expect(nouns(body), body).not.toContain('Suspension from office');
      expect(nouns(body), body).not.toContain('Dismissal');
    }
  });
});

describe('"dismissed" or "suspended" with "as" that names no office', () => {
  // "dismissed him as a lightweight" rejects a person, and "as he tried" is a conjunction: the active form needs an office after "as", as an appointment does.
  it.each([
    'Critics dismissed him as a lightweight on Monday.',
    'The minister on Monday dismissed Hale as a crank.',
    'Security guards removed him as he tried to reach the stage on Monday.',
    'The club suspended him as a precaution on Monday.',
    'Ana Ruiz was suspended as a precaution on Tuesday.',
  ])('%s', (body) => {
    const nouns = found(body).map(([, noun]) => noun);
    expect(nouns).not.toContain('Dismissal');
    expect(nouns).not.toContain('Suspension from office');
  });
});
