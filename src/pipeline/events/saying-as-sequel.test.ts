// A saying told as the sequel of its sentence's act with no "and" ("…, then told reporters", "… before announcing"): a statement of the act's
// subject on the act's day, beside the act, not left unread (coordinated-predicate.ts sayingsOfCoordinatedPredicate).
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058: Monday the 11th, Tuesday the 12th.
const read = (body: string): string[] => kindsNounsAndDaysRead(body).map(([kind, , day]) => `${kind} ${day}`);

describe('a saying told as the sequel of its sentence’s act', () => {
  it.each([
    ['Governor Ana Rell received the Estmark envoy in Lusk on Monday, then told reporters that the ferry would run again.', ['meeting 2058-03-11', 'statement 2058-03-11']],
    ['Ana Berg and Ivo Lind held talks in Orsk on Tuesday before announcing a new fishing quota.', ['talks 2058-03-12', 'statement 2058-03-12']],
    ['Mayor Ivo Dann met the striking dockers on Monday before warning that the port could close.', ['meeting 2058-03-11', 'statement 2058-03-11']],
  ])('is a statement of the act’s day: %s', (body, expected) => {
    expect(read(body)).toEqual(expected);
  });

  it('is no saying of the act’s subject when another subject says it, or the act is only planned', () => {
    expect(read('Governor Ana Rell received the Estmark envoy in Lusk on Monday, days before the council said the ferry would stop.')).toEqual(['meeting 2058-03-11']);
    expect(read('Governor Ana Rell will receive the Estmark envoy in Lusk on Friday before announcing a new fishing quota.').filter((e) => e.startsWith('statement'))).toEqual([]);
  });
});
