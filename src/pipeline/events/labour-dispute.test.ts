// The steps of a labour dispute besides the walkout (issue #8, own-corpus-14's Air Canada strike): a lockout, an order back to work or to
// arbitration, an offer the union turned down, the strike held unlawful, a labour board hearing the sides, flights cancelled for it and flying
// again after it. Each is a happening of kind other of its own day, found in any article; traps are what only looks like one.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found, kindsNounsAndDaysRead as read } from '../../../tests/support/pipeline.ts';

const nouns = (body: string): (string | null)[] => found(body).map(([, noun]) => noun);

describe('a lockout', () => {
  it.each([
    ['Velsair locked out its flight attendants on Monday.', '2058-03-11'],
    ['The port employers locked out 4,000 dockworkers on Tuesday.', '2058-03-12'],
    ['The school board imposed a lockout on Tuesday after the teachers rejected its offer.', '2058-03-12'],
    ['The lockout of 3,000 port workers began at midnight on Sunday.', '2058-03-10'],
  ])('%s', (body, day) => {
    expect(found(body).filter(([, noun]) => noun === 'Lockout')).toEqual([['other', 'Lockout', day]]);
  });

  it('told ahead is planned for its day', () => {
    expect(found('On Monday the rail operator said it would lock them out from midnight on Friday.').filter(([, noun]) => noun === 'Lockout')).toEqual([['other', 'Lockout', '2058-03-15']]);
  });

  it('but not investors locked out of a market, nor a lockout only threatened', () => {
    expect(nouns('Small investors were locked out of the market on Monday.')).not.toContain('Lockout');
    expect(nouns('The pilots’ employer threatened on Monday to lock out its pilots.')).not.toContain('Lockout');
  });
});

describe('strikers ordered back to work, or their dispute sent to arbitration', () => {
  it.each([
    ['Ottawa ordered them back to work on Monday afternoon.', '2058-03-11'],
    ['On Monday the Labour Relations Board told the attendants to be back on the job by 2 p.m.', '2058-03-11'],
    ['The minister sent the dispute to binding arbitration on Tuesday.', '2058-03-12'],
    ['The government imposed binding arbitration on the rail dispute on Monday.', '2058-03-11'],
    ['The government will table back-to-work legislation on Friday.', '2058-03-15'],
  ])('%s', (body, day) => {
    expect(found(body)).toEqual([['other', 'Back-to-work order', day]]);
  });

  it('is the telling itself, no statement besides it', () => {
    expect(read('On Sunday the Industrial Relations Board told the attendants to be back on the job by 2 p.m.').map(([kind]) => kind)).toEqual(['other']);
  });

  it('but someone who went back to work of their own accord was ordered nowhere', () => {
    expect(nouns('He said the windows shook on Tuesday. Then he went back to work.')).not.toContain('Back-to-work order');
  });
});

describe('the other steps of the dispute', () => {
  it.each([
    ['The union turned down the airline’s offer of binding arbitration on Tuesday.', 'Offer rejected', '2058-03-12'],
    ['On Monday the teachers rejected the tentative agreement.', 'Offer rejected', '2058-03-11'],
    ['Junior doctors in Velsland accepted the government’s offer on Tuesday, ending their strike.', 'Offer accepted', '2058-03-12'],
    ['The board declared the strike unlawful on Monday.', 'Strike held unlawful', '2058-03-11'],
    ['The Labour Board will hear the airline and the union by video on Friday.', 'Hearing', '2058-03-15'],
    ['The arbitrator heard both sides on Monday.', 'Hearing', '2058-03-11'],
    ['The airline began cancelling flights on Monday.', 'Cancellations', '2058-03-11'],
    ['Velsair cancelled 700 flights on Tuesday.', 'Cancellations', '2058-03-12'],
    ['The operator cancelled hundreds of bus services on Tuesday.', 'Cancellations', '2058-03-12'],
    ['The first flights took off again on Tuesday night.', 'Flights resumed', '2058-03-12'],
  ])('%s', (body, noun, day) => {
    expect(found(body)).toEqual([['other', noun, day]]);
  });

  it('but not a state that rejects or accepts a proposal, flights cancelled told as a noun, nor a board hearing one witness', () => {
    expect(nouns('The Foreign Minister rejected the proposal on Monday.')).not.toContain('Offer rejected');
    expect(nouns('The Kremlin accepted the proposal on Monday.')).not.toContain('Offer accepted');
    expect(nouns('Party members rejected the proposal at a conference on Monday.')).not.toContain('Offer rejected');
    expect(nouns('Members of parliament accepted a proposal to cut the budget on Monday.')).not.toContain('Offer accepted');
    expect(nouns('Refunds for cancelled flights are accepted until Monday 31 March.')).not.toContain('Cancellations');
    expect(nouns('The board will hear the chief executive on Friday.')).not.toContain('Hearing');
  });
});

describe('a sequel ("Then") past a day of its own sentence', () => {
  it('is of that day, not of the step told before: the session the deal came after is no meeting of Monday', () => {
    expect(found('The board declared the strike unlawful on Monday. Then, at about 4:30 a.m. yesterday, after an all-night session with a federal mediator, the two sides announced a tentative agreement.')).toEqual([
      ['other', 'Strike held unlawful', '2058-03-11'],
      ['other', 'Agreement announced', '2058-03-12~'],
    ]);
  });
});
