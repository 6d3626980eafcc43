// A contest won with an entry (own-corpus-22 c1, "Sports": a contest won is a happening of its day), told in a sentence that describes the
// entry by a compound of two things met ("a countertenor-meets-techno storm"): that style is no gathering, and the win is the sentence's act.
// The sentences are written for the test; Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

const kinds = (body: string) => found(body).map(([kind]) => kind);

describe('a style named by two things met', () => {
  it.each([
    'Last night in Lusk, Velsia’s Ana Ruiz won the Kessel Song Contest with “Blue Hour”, the folk-meets-disco anthem fans had tipped since January.',
    'Their East-meets-West menu opened on Monday.',
    'On Tuesday the band released a jazz-met-grime single.',
  ])('is no gathering: %s', (body) => {
    expect(kinds(body)).not.toContain('meeting');
  });

  it('leaves the win its sentence tells, and a meeting told by its verb', () => {
    expect(found('Last night in Lusk, Velsia’s Ana Ruiz won the Kessel Song Contest with “Blue Hour”, the folk-meets-disco anthem fans had tipped since January.')).toContainEqual(['other', 'Contest won', '2058-03-12']);
    expect(kinds('The two ministers met in Lusk on Monday.')).toContain('meeting');
  });
});

describe('a contest, a prize or an award won, by its name', () => {
  it.each([
    ['Ana Ruiz won the Kessel Song Contest with “Blue Hour” on Saturday.', '2058-03-09'],
    ['The crowd in Lusk roared as Ivo Brandt won the Velsian Book Prize on Tuesday evening.', '2058-03-12'],
    ['On Monday the Orsk Quartet won the Nordvik Chamber Music Competition.', '2058-03-11'],
    ['Marta Vell, whose film won the Golden Lynx Award in Kessel on Sunday, flew home yesterday.', '2058-03-10'],
  ])('is a result of its day: %s', (body, day) => {
    expect(found(body)).toContainEqual(['other', 'Contest won', day]);
  });

  it.each([
    'Ana Ruiz is tipped to win the Kessel Song Contest on Saturday.',
    'The plan won praise from the unions on Monday.',
    'The bill won approval in the Senate on Tuesday.',
    'Polls on Monday gave Ruiz a lead of eight points.',
    'Ruiz won the Lusk Open on Sunday, beating Ana Kos in the final.',
  ])('but a win only tipped, praise, approval, a poll’s lead or a sports title is none: %s', (body) => {
    expect(found(body).map(([, noun]) => noun)).not.toContain('Contest won');
  });
});

// Review s67 item 11: a body named by a contest's word, a win only supposed, a laureate's past prize told in an aside, and a prize in lower case.
describe('a contest won, as the review found it', () => {
  it.each([
    'Orsk Mining won the Kessel Competition Authority’s approval on Monday.',
    'Lusk Air won the Velsian Competition Commission’s backing on Tuesday.',
    'Whoever wins the Velsian Book Prize on Friday will receive 50,000 euros.',
    'Whichever film wins the Golden Lynx Award on Saturday will open the Orsk festival.',
  ])('is none for a body named by a contest’s word or a win only supposed: %s', (body) => {
    expect(found(body).map(([, noun]) => noun)).not.toContain('Contest won');
  });

  it.each([
    ['Ana Ruiz, who won the Kessel Prize in 2041, will read from her novel on Friday.', ['other', 'read', '2058-03-15']],
    ['Ivo Brandt, whose debut won the Velsian Book Prize last year, signed copies in Lusk on Monday.', ['other', 'signed', '2058-03-11']],
  ])('is the winner’s background in an aside with no day of its own: %s', (body, act) => {
    expect(found(body).map(([, noun]) => noun)).not.toContain('Contest won');
    expect(found(body)).toContainEqual(act);
  });

  it.each([
    ['Ana Ruiz won the Booker prize on Tuesday.', '2058-03-12'],
    ['Ivo Brandt won the Nobel peace prize on Friday.', '2058-03-08'],
    ['Marta Vell won the Kessel Prize Tuesday.', '2058-03-12'],
  ])('is one for a prize in lower case or a day after its name: %s', (body, day) => {
    expect(found(body)).toContainEqual(['other', 'Contest won', day]);
  });
});

// own-corpus-23 c1: "the 2025 Nobel Prize in Literature" with "this afternoon" before it. The year names the prize's edition, no day of its
// award: the day its sentence tells dates it, and a win told with only the edition's year is a background with no day.
describe('a prize’s edition year', () => {
  it.each([
    ['At noon today Ivo Brandt won the 2058 Kessel Prize.', '2058-03-13'],
    ['Ana Ruiz won the 2058 Lusk Book Award for fiction on Monday evening.', '2058-03-11'],
  ])('is no date of its award: %s', (body, day) => {
    expect(found(body)).toContainEqual(['other', 'Contest won', day]);
  });

  it('dates nothing alone', () => {
    expect(found('Ivo Brandt won the 2056 Kessel Prize.').map(([, noun]) => noun)).not.toContain('Contest won');
  });
});
