// Voting before election day is a happening of the days it is held, told as a span or by a day; polls that forecast a vote are none.
// Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

const advancePolls = (body: string): string[] =>
  extractOne('2058-03-13', `${body}\n`).candidates.filter((c) => c.noun === 'Advance polls').map((c) => c.date.value);

describe('advance polls', () => {
  it('are a happening of the days they are held', () => {
    expect(advancePolls('The commission says two million people cast ballots in early voting, held from 1 to 4 March.')).toEqual(['2058-03-01/2058-03-04']);
    expect(advancePolls('Advance polling opens on Saturday in every riding.')).toEqual(['2058-03-16']);
  });

  it('are none when polls forecast the vote', () => {
    expect(advancePolls('Early polls showed the governor ahead on Monday.')).toEqual([]);
    expect(advancePolls('Early polls on Monday indicated a close race.')).toEqual([]);
    expect(advancePolls('Early polls clearly pointed to a run-off on Sunday.')).toEqual([]);
    expect(advancePolls('Early polls predicted a landslide for Lund on Tuesday.')).toEqual([]);
  });

  it('are the voting when their voting is told', () => {
    expect(advancePolls('Early polls opened on Saturday in every district.')).toEqual(['2058-03-09']);
  });
});
