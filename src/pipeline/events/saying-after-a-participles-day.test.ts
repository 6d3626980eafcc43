// "Two investigators flown in yesterday said …": a day right after a participle belongs to it, a reduced relative clause of the subject
// (the flight), not to the verb of saying after it. "The fire service yesterday said …" is the saying's day.
import { describe, expect, it } from 'vitest';
import { reportVerbAt } from './clause.ts';

const verbDatedBy = (body: string, day: string) => {
  const start = body.indexOf(day);
  return reportVerbAt(body, { start, end: start + day.length });
};

describe('a day between a participle and a verb of saying', () => {
  it.each([
    ['Two investigators flown in yesterday said the fire began in the kitchen.', 'yesterday'],
    ['Two investigators dispatched on Monday said the fire began in the kitchen.', 'Monday'],
  ])('is the participle\'s, not the saying\'s: %s', (body, day) => {
    expect(verbDatedBy(body, day)).toBeUndefined();
  });

  it('while after a subject it is the saying\'s', () => {
    const body = 'The Varnholt fire service yesterday said the fire began in the kitchen.';
    expect(verbDatedBy(body, 'yesterday')).toMatchObject({ start: body.indexOf('said'), end: body.indexOf('said') + 4 });
  });
});
