// A doer told by what it is, not by its name ("a federal judge in Lusk", "the works council", "the unions"), acts as a named one
// does (issue #8): sentences written here, with invented places, in the words a new story's background acts come in.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058: Monday the 11th, Tuesday the 12th.
const others = (body: string): [string | null, string][] => found(body).filter(([kind]) => kind === 'other').map(([, noun, day]) => [noun, day]);

describe('a described doer’s act of a day, told by a verb no row has, is an event of that day', () => {
  it.each([
    ['A federal judge in Kessel blocked the merger of the two ferry lines on Monday.', 'blocked', '2058-03-11'],
    ['Last Tuesday a federal judge in Lusk blocked the merger.', 'blocked', '2058-03-12'],
    ['On Monday the harbour board dissolved the river council.', 'dissolved', '2058-03-11'],
    ['The works council renamed the canteen on Tuesday.', 'renamed', '2058-03-12'],
    ['The unions blockaded the Lusk ring road on Monday.', 'blockaded', '2058-03-11'],
    // Doers of several: judges, committees, boards, councils, juries act as one does.
    ['The judges blocked the merger on Monday.', 'blocked', '2058-03-11'],
    ['The committees approved the plan on Monday.', 'approved', '2058-03-11'],
    ['The councils merged their fire services on Tuesday.', 'merged', '2058-03-12'],
  ])('%s', (body, noun, day) => {
    expect(others(body)).toEqual([[noun, day]]);
  });
});

describe('but not what a described doer only is, thinks or says, nor a thing told by what it is', () => {
  it.each([
    ['The committee remained divided on Monday.'],
    ['The unions opposed the closure on Monday.'],
    ['A federal judge in Kessel told reporters on Monday that the ruling stood.'],
    ['The committee did not approve the plan on Monday.'],
    ['The museum reopened to the public on Monday.'],
    ['The old ferry crossed to Lusk on Monday.'],
  ])('%s', (body) => {
    expect(others(body)).toEqual([]);
  });
});

describe('a participle after a described doer tells which ones it means, not its act (review s65 item 4)', () => {
  it.each([
    ['The troops stationed in Kessel withdrew on Monday.'],
    ['The committee chaired by Ana Ruiz approved the plan on Monday.'],
    ['The jury selected for the trial was dismissed on Monday.'],
    ['The workers employed at the site walked out on Monday.'],
    ['The rescuers stationed at the pass were stood down on Monday.'],
  ])('%s', (body) => {
    expect(others(body).filter(([noun]) => ['stationed', 'chaired', 'selected', 'employed'].includes(noun ?? ''))).toEqual([]);
  });
});
