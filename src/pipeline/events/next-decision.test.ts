// "The next decision" after a rate decision is the bank's next rate decision, planned for its day; the meeting it closes is its setting.
import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

const events = (body: string) => timelineWithoutGazetteer([article('n1', '2058-03-14', `${body}\n`)]).events.map((e) => [e.kind, e.date.value, e.status]);

describe('a decision named only as the next, after its article told one', () => {
  it('is the next rate decision, planned, and the gathering it ends is no report of its own', () => {
    expect(events('The Bank of Estmark lowered its main interest rate by a quarter point on Wednesday. The next decision is due on 30 April, at the end of a two-day meeting.')).toEqual([
      ['other', '2058-03-13', 'occurred'],
      ['other', '2058-04-30', 'planned'],
    ]);
  });

  it('but with no decision told before it is none, and the meeting stands', () => {
    expect(events('The next decision is due on 30 April, at the end of a two-day meeting.')).toEqual([['meeting', '2058-04-30/2058-05-01', 'planned']]);
  });
});
