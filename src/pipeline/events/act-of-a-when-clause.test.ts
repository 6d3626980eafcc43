// A clause after "when" tells an act of the day right before it ("… since Saturday, when the Harbour Board revoked its licence"): its own doer's,
// or its pronoun's that the sentence's first doer is, beside whatever the main clause tells (issue #8). What is no act, or no act done, or an act
// after a time that is no day, stays unread.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058: Saturday the 9th, Monday the 11th, Tuesday the 12th.
const others = (body: string): [string | null, string][] => found(body).filter(([kind]) => kind === 'other').map(([, noun, day]) => [noun, day]);

describe('an act told after "when"', () => {
  it.each([
    ['The pier has been closed since Saturday, when the Harbour Board revoked its licence.', 'revoked', '2058-03-09'],
    ['The row began last Monday, when The Lusk Courant printed extracts from the audit.', 'printed', '2058-03-11'],
    ['Ana Ruiz went to the quarry on Saturday and again yesterday morning, when she ordered an inquiry into the collapse.', 'ordered', '2058-03-12'],
    ['Orsk has been rebuilding since 9 March, when Vela Mining flooded the lower town.', 'flooded', '2058-03-09'],
    // The sentence's saying after the clause's comma is the main clause's going on, not the clause's act.
    ['The port has been shut since Monday, when Tomas Vell sealed the gates, Lund told reporters on Wednesday.', 'sealed', '2058-03-11'],
    ['The pier has been closed since Saturday, when the Harbour Board revoked its licence, Ana Ruiz told journalists on Tuesday.', 'revoked', '2058-03-09'],
    // A main clause that tells its doer's act before the day: the day is the "when" clause's too, no aside between its doer and its verb.
    ['Lund visited Orsk on Monday, when the Harbour Board sealed the pier.', 'sealed', '2058-03-11'],
    ['The Kessel Council renamed the square on Tuesday, when Vela Mining flooded its pit at Harn.', 'flooded', '2058-03-12'],
    ['Ana Ruiz visited the quarry on Saturday, when she ordered an inquiry into the collapse.', 'ordered', '2058-03-09'],
  ])('%s', (body, noun, day) => {
    expect(others(body)).toContainEqual([noun, day]);
  });

  it.each([
    // A figure's move, a stand taken, a saying's plan, a past perfect, a year's background, a time that is no day: none.
    'The pier has been closed since Saturday, when Vela shares fell 4%.',
    'The pier has been closed since Saturday, when the unions opposed the closure.',
    'The pier has been closed since Saturday, when Ana Ruiz said it would reopen.',
    'The pier has been closed since Saturday, when Vela Mining had already left.',
    'The pier has been closed since 2019, when Ana Ruiz won the seat.',
    'Ana Ruiz met Lund in Lusk as a student, when Tomas Vell ran the harbour.',
    'The port has been shut since Monday, when Tomas Vell sealed the gates, the opposition claimed.',
    'Ana Ruiz met Lund in Orsk on Monday, when the unions opposed the closure.',
    'Ana Ruiz met Lund in Orsk in 2019, when the Harbour Board sealed the pier.',
  ])('none in %s', (body) => {
    expect(others(body)).toEqual([]);
  });
});
