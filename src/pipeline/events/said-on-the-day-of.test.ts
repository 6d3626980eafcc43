// A saying told on a part of the day of a happening its article told before ("Orbán congratulated him on the afternoon of the announcement",
// own-corpus-23 c2): that happening's day, as one told after it is ("said after the vote"), not the news day. An announcement is the
// prize's it announced. The sentences are written for the test; Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

const statementDays = (body: string) => found(body).filter(([kind]) => kind === 'statement').map(([, , day]) => day);

describe('a saying on the day of a happening told before', () => {
  it.each([
    ['Voters went to the polls on Sunday. Peskov told reporters on the evening of the vote that the count was fair.', '2058-03-10'],
    ['The Kessel Academy awarded the Lusk Prize to Ivo Brandt on Monday. Peskov told reporters on the afternoon of the announcement that Brandt deserved it.', '2058-03-11'],
    ['The ministers met in Lusk on Monday. Peskov told reporters on the morning of the summit that nothing was agreed.', '2058-03-11'],
  ])('is of that day: %s', (body, day) => {
    expect(statementDays(body)).toEqual([day]);
  });

  it('is the news day’s when no happening of that noun was told', () => {
    expect(statementDays('Peskov told reporters on the morning of the meeting that nothing was agreed.')).toEqual(['2058-03-13']);
  });
});
