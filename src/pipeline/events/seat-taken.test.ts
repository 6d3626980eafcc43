// A seat won from its holder at an election (own-corpus-22 b1, b2: "took Carleton from Pierre Poilievre on election night", "lost his own seat of
// Carleton … to Liberal newcomer Bruce Fanjoy"): a result of its election's day, told by its winner's verb or by its holder's loss. The sentences
// are written for the test; Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { article, kindsNounsAndDaysRead as found, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

const seats = (body: string) => found(body).filter(([, noun]) => noun === 'Seat taken').map(([kind, , day]) => `${kind} ${day}`);

describe('a seat taken from its holder', () => {
  it.each([
    ['Ana Ruiz took Kessel North from Ivo Brandt on Monday by about 300 votes.', 'other 2058-03-11'],
    ['The Green candidate captured Lusk West from the deputy premier, Ivo Brandt, on election night, Sunday, March 10.', 'other 2058-03-10'],
    ['On Sunday Marta Vell won the riding of Orsk Bay from Tomas Ek, the sitting member since 2041.', 'other 2058-03-10'],
  ])('is a result of its day: %s', (body, seat) => {
    expect(seats(body)).toEqual([seat]);
  });

  it('told by its loss with no day, is a result of the election its article told', () => {
    const body = 'The Unity Party won Sunday’s general election. In a result few expected, Ivo Brandt lost his own seat of Kessel North, which he had held since 2031, to newcomer Ana Ruiz.';
    expect(seats(body)).toEqual(['other 2058-03-10']);
  });

  it('titled by its winner, the seat and its holder', () => {
    const titles = timelineWithoutGazetteer([article('s1', '2058-03-13', 'Ana Ruiz took Kessel North from Ivo Brandt on Monday by about 300 votes.\n')]).events.map((e) => e.title);
    expect(titles).toContain('Ana Ruiz takes Kessel North from Ivo Brandt');
  });

  it.each([
    'The army took Kessel from the rebels on Monday.',
    'Rebels seized Orsk from government forces on Sunday.',
    'Ivo Brandt also lost his seat on Sunday.',
    'Polls on Monday showed Ana Ruiz taking Kessel North from Ivo Brandt at the election.',
  ])('but a town taken in a war, a seat lost to no one named or a win only foreseen is none: %s', (body) => {
    expect(seats(body)).toEqual([]);
  });
});

// Review s67 item 1: a town taken in a war in a sentence that names an election only as a time, or whose day follows "from" and the taker's foe.
describe('a town taken before an election', () => {
  it.each([
    'Rebels took Kessel from government forces on Sunday, three days before the election.',
    'Rebels took Kessel from Ana Ruiz on Sunday, days before the election.',
    'Ivo Brandt’s militia captured Lusk from Ana Ruiz’s troops on Monday, on the eve of the presidential election.',
    'The army took Brenn from the rebels Saturday, in the run-up to Sunday’s election.',
  ])('is no seat taken: %s', (body) => {
    expect(seats(body)).toEqual([]);
  });

  it('while a seat taken at the election after the day named is one', () => {
    expect(seats('On Sunday Ana Ruiz took Kessel North from Ivo Brandt by 300 votes, a week after the election was called.')).toEqual(['other 2058-03-10']);
  });
});
