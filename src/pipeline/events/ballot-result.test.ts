// A ballot's result made known is a step of a labour dispute of its day, a telling that is the happening (issue #8: acts of bodies no kinds
// row read); the vote cast in that ballot, told in the same sentence, is the ballot's and no report of its own.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058: Monday the 11th.
describe('a ballot’s result made known', () => {
  it.each([
    ['The union announced the result of its strike ballot on Monday.', '2058-03-11'],
    ['The result of the ballot was announced on 4 March.', '2058-03-04'],
    ['The nurses will announce the outcome of their ballot on Friday.', '2058-03-15'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['other', 'Ballot result', day]]);
  });

  it('is the one report of a vote cast in the ballot whose result it tells', () => {
    expect(found('The porters, who work for a contractor, voted for the action in a ballot whose result the union announced on 4 March.')).toEqual([['other', 'Ballot result', '2058-03-04']]);
  });

  it('but not a result not announced', () => {
    expect(found('The union did not announce the result of the ballot on Monday.')).toEqual([]);
  });
});

describe('an election’s result made known by the body that counts it', () => {
  it.each([
    ['The National Electoral Board declared the result on Monday night, with most ballots counted.', '2058-03-11'],
    ['On Tuesday the election commission proclaimed Ana Ruiz the winner of the mayoral race.', '2058-03-12'],
    ['Officials announced the official results of the referendum on Friday 8 March.', '2058-03-08'],
    ['The returning officer declared the result at the leisure centre at 4 a.m. on Friday.', '2058-03-08'],
    ['On Monday night the county’s returning officer declared Tomas Brennan the winner of the seat.', '2058-03-11'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([, noun]) => noun === 'Result declared')).toEqual([['other', 'Result declared', day]]);
  });

  it('but not results another body announces, nor a result only awaited', () => {
    expect(found('The company announced its results on Monday.').filter(([, noun]) => noun === 'Result declared')).toEqual([]);
    expect(found('The electoral council did not declare the result on Monday.').filter(([, noun]) => noun === 'Result declared')).toEqual([]);
  });

  it('but not a result declared void, an annulment', () => {
    expect(found('The electoral commission declared the result void on Monday.').filter(([, noun]) => noun === 'Result declared')).toEqual([]);
    expect(found('On Friday the election tribunal declared the outcome null and void.').filter(([, noun]) => noun === 'Result declared')).toEqual([]);
    expect(found('The supreme court declared the result of the runoff invalid on Tuesday.').filter(([, noun]) => noun === 'Result declared')).toEqual([]);
  });
});
