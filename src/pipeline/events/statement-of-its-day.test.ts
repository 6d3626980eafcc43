// A joint statement named by the day it was made, after "of" or after the participle that put it out ("issued today"): a saying of that day, whoever made it,
// not of the story's day.
import { describe, expect, it } from 'vitest';
import { readOne } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058.
const statementsOf = (body: string): string[] =>
  readOne('2058-03-13', `${body}\n`)
    .candidates.filter((c) => c.kind === 'statement')
    .map((c) => c.date.value);
const makersOf = (body: string): string[][] =>
  readOne('2058-03-13', `${body}\n`)
    .candidates.filter((c) => c.kind === 'statement')
    .map((c) => c.participants);

describe('a joint statement named by its day after "of"', () => {
  it.each([
    ['The merger follows the companies’ joint statement of March 6, which confirmed they were in advanced discussions.', '2058-03-06'],
    ['The two unions’ joint statement of Monday left the question open.', '2058-03-11'],
    ['The ministries’ joint statement of 2 March called the offer an insult.', '2058-03-02'],
  ])('is a statement of that day: %s', (body, day) => {
    expect(statementsOf(body)).toEqual([day]);
  });

  it.each([
    ['The two leaders welcomed the joint press announcement issued today, the first since 2041.', '2058-03-13'],
    ['All three speakers agreed that the joint statement on climate, issued on Monday evening, was the only agreed text.', '2058-03-11'],
    ['Markets rose after the joint communiqué released yesterday.', '2058-03-12'],
    ['The ministries’ joint statement, published on 2 March, called the offer an insult.', '2058-03-02'],
  ])('and so is one named by the participle that put it out on its day: %s', (body, day) => {
    expect(statementsOf(body)).toEqual([day]);
  });

  it('but not one to be put out, nor one side’s statement so told', () => {
    expect(statementsOf('The joint statement to be issued on Friday will name the date.')).toEqual([]);
    expect(statementsOf('The union’s statement issued on Monday called the offer an insult.')).toEqual([]);
  });

  it('but not one named by what it is of, nor one side’s, which may be a press release', () => {
    expect(statementsOf('The two firms signed a statement of intent.')).toEqual([]);
    expect(statementsOf('The union’s statement of 2 March called the offer an insult.')).toEqual([]);
  });

  it.each([
    ['Lund welcomed the joint communiqué released yesterday.'],
    ['Mayor Anna Berg praised the joint statement issued on Monday as a first step.'],
    ['Opposition leader Karl Weiss called the joint statement of Monday vague.'],
  ])('whoever its sentence names welcoming or telling of it did not make it: %s', (body) => {
    expect(makersOf(body)).toEqual([[]]);
  });

  it('but those it is told as the possession of did', () => {
    expect(makersOf('Chancellor Ilse Marr and President Tomas Lind’s joint statement of Monday said nothing new.')).toEqual([['ilse-marr', 'tomas-lind']]);
  });
});
