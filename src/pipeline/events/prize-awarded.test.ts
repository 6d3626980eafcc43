// A prize awarded, told by its giver, by its winner in the passive or by its announcement with its day (own-corpus-23 c, a literature prize):
// the same result as the prize won (CONTEST_WON), one noun, so that the tellings merge. The sentences are written for the test; Wednesday
// 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

const nouns = (body: string) => found(body).map(([, noun]) => noun);

describe('a prize awarded', () => {
  it.each([
    ['At noon today the Velsian Academy awarded the 2058 Kessel Prize in Poetry to the Orsk novelist Ivo Brandt.', '2058-03-13'],
    ['On Monday the jury gave the Lusk Book Award for fiction to Ana Ruiz.', '2058-03-11'],
    ['On Tuesday the Orsk committee gave the peace prize to the opposition leader Marta Vell.', '2058-03-12'],
    ['On Friday the foundation awarded Ana Ruiz the Golden Lynx Award.', '2058-03-08'],
    ['Ivo Brandt was awarded the Nordvik Music Prize on Tuesday evening.', '2058-03-12'],
    ['Before that comes the peace prize, announced in Kessel tomorrow morning.', '2058-03-14'],
    ['The Velsian Book Prize will be announced on Thursday.', '2058-03-14'],
  ])('is the result of its day: %s', (body, day) => {
    const read = found(body).filter(([, noun]) => noun === 'Contest won');
    expect(read).toHaveLength(1);
    if (day !== undefined) expect(read[0]![2]).toBe(day);
  });

  it.each([
    'The Kessel Prize has been awarded since 1901.',
    'Ana Ruiz, who was awarded the Kessel Prize in 2041, read from her novel on Friday.',
    'On Monday the Academy gave the prize money to a children’s charity.',
    'The Academy awarded the contract to Orsk Builders on Monday.',
    'The Lusk Prize shortlist was announced on Tuesday.',
  ])('is none for a prize’s history, a past prize in an aside, its money, a contract or its list: %s', (body) => {
    expect(nouns(body)).not.toContain('Contest won');
  });

  // Review of s68: a determiner opening the sentence was taken for a word of the prize's name.
  it.each([
    'The prize was awarded on Monday.',
    'The award was announced on Tuesday.',
    'Her award was announced on Friday.',
    'Each prize will be announced on Thursday.',
  ])('is none for a prize named by no name: %s', (body) => {
    expect(nouns(body)).not.toContain('Contest won');
  });

  it('but a named prize opening its sentence is one', () => {
    expect(found('The Lusk peace prize was announced on Monday.')).toContainEqual(['other', 'Contest won', '2058-03-11']);
  });

  // Review of s68, item 5b: a past prize told in a profile's main clause is as much its winner's background as one told in an aside.
  it.each([
    'Ana Ruiz was awarded the Kessel Prize in 2019 for her first novel.',
    'The jury gave the Lusk Book Award to Ivo Brandt in 2041.',
    'In the end the foundation awarded Marta Vell the Golden Lynx Award in 2033 for her films.',
  ])('is none for a past prize told with a year alone: %s', (body) => {
    expect(nouns(body)).not.toContain('Contest won');
  });
});
