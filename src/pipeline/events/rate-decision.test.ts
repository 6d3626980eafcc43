// A central bank's decision on its rate is a happening of its day, titled by what the bank did to it.
import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer, kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

const titleOf = (body: string) => timelineWithoutGazetteer([article('r1', '2058-03-13', body)]).events.map((e) => e.title);

describe('a central bank that cuts, raises or holds its rate makes a rate decision', () => {
  it.each([
    ['The Reserve Bank of Kessia lowered its main interest rate by a quarter of a percentage point on Tuesday, to a range of 2.5% to 2.75%.', '2058-03-12'],
    ['The Bank of Estmark held rates at 4% on Monday.', '2058-03-11'],
    ['On Thursday the central bank raised its benchmark rate by half a point to 5.5%.', '2058-03-07'],
    ['The Fed cut rates on Tuesday for the second time this year.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['other', 'Rate decision', day]]);
  });

  it('but not a rate the bank did not move, nor a rate of tax another raised', () => {
    expect(found('The Bank of Estmark did not cut rates on Monday.')).toEqual([]);
    expect(found('The central bank said on Monday that the government raised the tax rate.')).toEqual([]);
    expect(found('The ministry raised its benchmark rate on Monday.')).toEqual([]);
  });

  it.each([
    ['The Reserve Bank of Kessia lowered its main interest rate by a quarter of a percentage point on Tuesday, to a range of 2.5% to 2.75%.', 'The Reserve Bank of Kessia cuts its rate by a quarter point to 2.5%–2.75%'],
    ['The Bank of Estmark held rates at 4% on Monday.', 'The Bank of Estmark holds its rate at 4%'],
    ['On Thursday the central bank raised its benchmark rate by half a point to 5.5%.', 'The central bank raises its rate by half a point to 5.5%'],
  ])('titled by the bank, what it did, by how much and to what: %s', (body, title) => {
    expect(titleOf(body)).toEqual([title]);
  });

  it.each([
    ['The Bank of Estmark brought its base rate down to 3.5 per cent on Thursday.', '2058-03-07', 'The Bank of Estmark cuts its rate to 3.5 per cent'],
    ['The Reserve Bank of Kessia took its cash rate up by a quarter point on Monday.', '2058-03-11', 'The Reserve Bank of Kessia raises its rate by a quarter point'],
    ['The Bank last lowered rates on 2 February, when the committee went from 4 to 3.75 per cent.', '2058-02-02', 'The Bank cuts its rate'],
  ])('told with a particle after the rate, or by the bank named again by its head noun: %s', (body, day, title) => {
    expect(found(body)).toEqual([['other', 'Rate decision', day]]);
    expect(titleOf(body)).toEqual([title]);
  });

  it('but not a lender that brought its fees down, nor a bank of no name, nor rates only expected to come down', () => {
    expect(found('The bank brought its fees down on Thursday.')).toEqual([]);
    expect(found('The Bank Holiday brought the rates down on Monday.')).toEqual([]);
    expect(found('Rates at the Bank of Estmark are expected to come down in June.')).toEqual([]);
    expect(found('Ministers brought the tax rate down on Monday.')).toEqual([]);
  });
});
