// A body's saying, named by what it is rather than by its name ("the union", "the two companies", "the board"): a statement of the day beside its verb,
// as a ministry's or an agency's is; with no day, or with an old day of its own, it is no statement of the story's day.
import { describe, expect, it } from 'vitest';
import { readOne } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058.
const statementsOf = (body: string): [string, string][] =>
  readOne('2058-03-13', `${body}\n`)
    .candidates.filter((c) => c.kind === 'statement')
    .map((c) => [c.date.value, c.status]);

describe('a body named by what it is', () => {
  it.each([
    ['The union said on Monday that it would fight any deal that cut crews.', '2058-03-11'],
    ['The company announced on Tuesday that it would close two plants.', '2058-03-12'],
    ['The two companies said on Monday they had agreed terms.', '2058-03-11'],
    ['The board said in a statement on Tuesday that it backed the chief executive.', '2058-03-12'],
    ['The two companies issued a joint statement on Tuesday.', '2058-03-12'],
    ['The regulator said on Monday it would review the merger.', '2058-03-11'],
  ])('makes a statement of the day beside its verb: %s', (body, day) => {
    expect(statementsOf(body)).toEqual([[day, 'occurred']]);
  });

  it('makes one of its own old day, not the story’s', () => {
    expect(statementsOf('The union said on 3 February, weeks before the vote, that it would strike.')).toEqual([['2058-02-03', 'occurred']]);
  });

  it('but none with no day: a background paragraph’s saying', () => {
    expect(statementsOf('The company said the plan was sound.')).toEqual([]);
    expect(statementsOf('The union has long said that the pay offer is too low.')).toEqual([]);
  });
});

describe('people named by where they are or whose they are', () => {
  it.each(['Passengers on board said on Monday that the ship was listing.', 'Fans of the union said on Monday they were angry.'])('are not a body speaking: %s', (body) => {
    expect(readOne('2058-03-13', `${body}\n`).candidates.filter((c) => c.kind === 'statement')).toEqual([]);
  });
});

describe('a ruling junta, and observers a body sent', () => {
  it.each([
    ['Kessia’s junta said on Monday that the border would reopen.', '2058-03-11'],
    ['The military junta announced on Tuesday that elections would be held in December.', '2058-03-12'],
    ['Observers from the African Union said on Monday that the count had been orderly.', '2058-03-11'],
    ['Election observers of the Lusk Commonwealth said on Tuesday they had seen no fraud.', '2058-03-12'],
    ['Observers of the OSCE said on Monday that the vote had been free.', '2058-03-11'],
    ['Observers of the OSCE mission said on Tuesday that the count was orderly.', '2058-03-12'],
  ])('make a statement of the day beside its verb: %s', (body, day) => {
    expect(statementsOf(body)).toEqual([[day, 'occurred']]);
  });

  it.each([
    'Critics of the junta said on Monday that the count was rigged.',
    'Observers said on Monday that the vote had been fair.',
    'Observers in Lusk said on Tuesday that the talks had stalled.',
    'Observers of Chinese politics said on Monday the move was unusual.',
    'Observers of the Kessian economy said on Tuesday that growth would slow.',
    'Longtime observers of Lusk politics said on Monday that the vote was close.',
  ])('but not those who only comment on it: %s', (body) => {
    expect(statementsOf(body)).toEqual([]);
  });
});
