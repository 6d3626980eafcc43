// "Over the weekend the Harbour Party said …": a weekend opening the sentence is the day of the saying after it, as "On Saturday" is, and a
// plan the saying tells ("… would put the bill to a vote this week") stays a plan of its own. Over any other period ("Over the past year the
// company said it had cut …") the period is the stretch of the deed, not the saying's day.
import { describe, expect, it } from 'vitest';
import { readOne } from '../../../tests/support/pipeline.ts';
import { reportVerbAt } from './clause.ts';

// Wednesday 13 March 2058: the weekend before is 9–10 March.
const statementsOf = (body: string): string[] =>
  readOne('2058-03-13', `${body}\n`)
    .candidates.filter((c) => c.kind === 'statement')
    .map((c) => c.date.value);

describe('a saying opened by the weekend', () => {
  it.each([
    'Over the weekend the Harbour Party said the levy was unjust.',
    'Over the weekend, the Harbour Party said it would put the levy bill to a vote this week.',
  ])('is a statement of that weekend: %s', (body) => {
    expect(statementsOf(body)).toEqual(['2058-03-09/2058-03-10']);
  });

  it.each([
    'Over the past year the Harbour Company said it had cut 2,000 jobs.',
    'Over the summer the Harbour Company said it had cut 2,000 jobs.',
  ])('but over any other period the stretch is of the deed, no verb of saying\'s day: %s', (body) => {
    const period = /the (?:past year|summer)/.exec(body)!;
    expect(reportVerbAt(body, { start: period.index, end: period.index + period[0].length })).toBeUndefined();
  });

  it('while over the weekend the verb after it is the saying the weekend dates', () => {
    const body = 'Over the weekend the Harbour Company said it had cut 2,000 jobs.';
    expect(reportVerbAt(body, { start: 5, end: 16 })).toMatchObject({ start: body.indexOf('said'), end: body.indexOf('said') + 4 });
  });
});
