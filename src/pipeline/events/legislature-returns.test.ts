// A legislature back at work after an election or a recess is a happening of its day, its first sitting; a bill or a debate it takes up again, or the
// people who go back to it, are not that. Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays } from '../../../tests/support/pipeline.ts';

const returns = (body: string): string[] => kindsNounsAndDays(body).filter(([, noun]) => noun === 'Return of parliament').map(([, , day]) => day);

describe('a legislature returns', () => {
  it('is told by its verb of return, ahead or done', () => {
    expect(returns('Parliament returns on 25 March, when the new members will take their seats.')).toEqual(['2058-03-25']);
    expect(returns('The Storting reconvened on Monday after the winter recess.')).toEqual(['2058-03-11']);
    expect(returns('The Senate is due to resume on Tuesday 19 March.')).toEqual(['2058-03-19']);
  });

  it('is none for a debate or a bill taken up again, nor for its members going back', () => {
    expect(returns('The House resumed the debate on the budget on Monday.')).toEqual([]);
    expect(returns('Parliament returned the bill to committee on Monday.')).toEqual([]);
    expect(returns('Lawmakers returned to the capital on Monday.')).toEqual([]);
  });

  it('is none for a house that is no chamber, or anything the chamber takes up again', () => {
    expect(returns('The Opera House resumes performances on Friday after the fire.')).toEqual([]);
    expect(returns('Orsk House reopened and resumed trading on Monday.')).toEqual([]);
    expect(returns('The Senate resumed hearings on the budget on Tuesday.')).toEqual([]);
    expect(returns('Parliament will resume voting on the reform on Thursday.')).toEqual([]);
    expect(returns('The House returns on Monday after the Easter recess.')).toEqual(['2058-03-18']);
  });
});

describe('a chamber newly elected installed', () => {
  it('is its first sitting, ahead or done, past an aside', () => {
    expect(returns('The new Assembly, where the governing party has the largest bloc, was installed on Monday.')).toEqual(['2058-03-11']);
    expect(returns('The new Bundestag will be constituted on 25 March.')).toEqual(['2058-03-25']);
    expect(returns('Parliament was formally inaugurated on Tuesday with 120 new members.')).toEqual(['2058-03-12']);
  });

  it('is none for a thing installed in a hall, or an assembly line', () => {
    expect(returns('New voting screens were installed in the Senate chamber on Monday.')).toEqual([]);
    expect(returns('The assembly line was installed on Monday.')).toEqual([]);
  });
});
