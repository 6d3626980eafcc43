// The count of a vote is a step of its election of its own day, often the day after the polls (issue #8: an election's acts no kinds row read):
// begun, resumed or ended, or named with its day; a tally of anything else is none. Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';
import { requiredWordsTests } from '../required-words.ts';
import { TRIGGERS } from './triggers.ts';

const countsIn = (body: string) => found(body).filter(([, noun]) => noun === 'Count');
/** The sentence told in an election's story, as a count of votes is (ELECTION_STORY): an article about the election tells it. */
const counts = (body: string) => countsIn(`${body} Turnout in the election was 61 percent.`);

describe('the count of a vote', () => {
  it.each([
    ['Counting began at nine yesterday morning in the county’s four count centres.', '2058-03-12'],
    ['The count got under way at 9 a.m. on Saturday in the sports hall.', '2058-03-09'],
    ['The recount ended on Monday night with the mayor ahead by eleven votes.', '2058-03-11'],
    ['Ballot counting resumed on Tuesday after a power cut.', '2058-03-12'],
    ['Members voted in the referendum of 8 March; the count the next day gave the yes side two votes in three.', '2058-03-09'],
  ])('%s', (body, day) => {
    expect(counts(body)).toEqual([['other', 'Count', day]]);
  });

  it('but not a tally of the dead, a nobleman, nor counting on someone', () => {
    expect(counts('The death count began to rise on Monday.')).toEqual([]);
    expect(counts('The count of the dead began on Monday.')).toEqual([]);
    expect(counts('The Count began his speech on Monday.')).toEqual([]);
    expect(counts('The unions are counting on the minister to act on Monday.')).toEqual([]);
  });

  it('nor any count told outside an election, of people, birds or a stock', () => {
    expect(countsIn('Counting began on Monday in the national census.')).toEqual([]);
    expect(countsIn('Counting started at dawn on Saturday for the annual garden bird survey.')).toEqual([]);
    expect(countsIn('The count on Saturday found 40 pairs of puffins on the island.')).toEqual([]);
    expect(countsIn('The recount of the warehouse stock ended on Tuesday.')).toEqual([]);
  });

  it('is looked for only in a sentence holding the word, not any "country", "county" or "account" (its gate)', () => {
    const tests = requiredWordsTests(TRIGGERS.find((rule) => rule.noun === 'Count')!.pattern, 'whole text');
    const gated = (text: string) => tests.every((test) => test.test(text));
    expect(gated('The county council met on Monday, on account of the floods across the country.')).toBe(false);
    expect(gated('The count began on Monday.')).toBe(true);
    expect(gated('Counting resumed on Monday.')).toBe(true);
    expect(gated('The recount ended on Monday.')).toBe(true);
  });
});
