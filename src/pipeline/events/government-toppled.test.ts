// A government brought down by a chamber's motion (own-corpus-13's miss, "MPs toppled it with a censure motion on 4 December 2024", sentences
// written here in other words): the chamber's Vote of that day, as a vote of no confidence lost is.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe('a government toppled by a motion', () => {
  it.each([
    ['The cabinet lasted three months: MPs toppled it with a censure motion on 4 December 2048.', '2048-12-04'],
    ['On Monday the government was brought down by a no-confidence vote.', '2058-03-11'],
    ['On Monday the deputies ousted the cabinet in a confidence vote.', '2058-03-11'],
    // The day last hangs on the motion's noun, "a no-confidence vote", not on a timetable verb "vote":
    // the governing verb is past, and so is the day.
    ['The government was brought down by a no-confidence vote on Monday.', '2058-03-11'],
    ['The deputies ousted the cabinet in a confidence vote on Monday.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body)).toContainEqual(['other', 'Vote', day]);
  });

  it('but not one toppled with no motion, nor prices that fell', () => {
    const nouns = (body: string) => found(body).map(([, noun]) => noun);
    expect(nouns('The army toppled the government on Monday.')).not.toContain('Vote');
    expect(nouns('Bond prices fell in the confidence vote’s wake on Monday.')).not.toContain('Vote');
  });
});
