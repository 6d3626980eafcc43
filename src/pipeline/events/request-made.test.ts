// A formal request put to a body (own-corpus-22's broadcasters asking the union for a breakdown of the vote, in sentences written
// here): its maker's act of its day, told by the verb with the body asked and what for, or by the request's noun made; a request
// of a person or for a gathering is no act of its own. Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

const requests = (body: string) => found(body).filter(([, noun]) => noun === 'Request');

describe('a request put to a body', () => {
  it('is its day’s act, told by the verb with the body and what it is asked for', () => {
    expect(requests('On Monday the Harbour Board asked the Port Authority for a full review of the berth fees.')).toEqual([['other', 'Request', '2058-03-11']]);
    expect(requests('Two clubs asked the Football Federation for an explanation of the ruling on Tuesday.')).toEqual([['other', 'Request', '2058-03-12']]);
  });

  it('is told by its noun made, dated by the day it was made', () => {
    expect(requests('The union filed a formal request with the labour board on Monday.')).toEqual([['other', 'Request', '2058-03-11']]);
    expect(requests('On Monday Orsk asked the Water Commission for an audit of the dam. Velk made a similar request the following day.')).toEqual([
      ['other', 'Request', '2058-03-11'],
      ['other', 'Request', '2058-03-12'],
    ]);
  });

  it('is none when a person is asked, a gathering is asked for, or it was not made', () => {
    expect(requests('On Monday the minister asked reporters for patience.')).toEqual([]);
    expect(requests('On Monday Orsk asked the Water Commission for talks on the dam.')).toEqual([]);
    expect(requests('The union has not made a formal request yet.')).toEqual([]);
  });

  it('is none when the one asked is a person by name, and one when the body is told by its initials or its name', () => {
    expect(requests('The committee asked Ana Ruiz for an explanation on Monday.')).toEqual([]);
    expect(requests('On Tuesday the growers asked Tomas Lindqvist for a review of the quotas.')).toEqual([]);
    expect(requests('Three senators asked Judge Mara Okonjo for a clarification of the order on Monday.')).toEqual([]);
    expect(requests('On Monday the clubs asked UEFA for a review of the draw.')).toEqual([['other', 'Request', '2058-03-11']]);
    expect(requests('The mayor asked Parliament for an inquiry into the floods on Tuesday.')).toEqual([['other', 'Request', '2058-03-12']]);
  });
});

describe('a request turned down by the body it was put to', () => {
  const rejected = (body: string) => found(body).filter(([, noun]) => noun === 'Request rejected');

  it('is that body’s act of its day, active or passive', () => {
    expect(rejected('The election board rejected the opposition’s request for a recount on Monday.')).toEqual([['other', 'Request rejected', '2058-03-11']]);
    expect(rejected('On Tuesday the regulator turned down the airline’s application for a new route.')).toEqual([['other', 'Request rejected', '2058-03-12']]);
    expect(rejected('Her petition for a full review was dismissed on Friday.')).toEqual([['other', 'Request rejected', '2058-03-08']]);
  });

  it('is none for calls or demands rejected, nor one only expected', () => {
    expect(rejected('The government rejected calls for an inquiry on Monday.')).toEqual([]);
    expect(rejected('The board is not expected to reject her request for a recount.')).toEqual([]);
  });

  it('is none for the press’s request turned down, no step of a procedure', () => {
    expect(rejected('The embassy refused a request for an interview on Monday.')).toEqual([]);
    expect(rejected('The ministry denied the request for a comment on Monday.')).toEqual([]);
    expect(rejected('On Friday the club turned down the paper’s request for a response to the claims.')).toEqual([]);
    expect(rejected('A request for an exclusive interview was refused on Tuesday.')).toEqual([]);
  });
});
