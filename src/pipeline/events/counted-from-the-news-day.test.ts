// A counted clause opening its sentence, its main clause in the present with no day of its own ("Six days after JJ won the Eurovision Song Contest for
// Austria in Basel, his winning song is doing what Eurovision winners rarely manage", own-corpus-22 c2): the main clause is the news day's, and the
// act counted is that many days before it. The sentences are written for the test; Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

describe('a count from the news day', () => {
  it.each([
    ['Six days after Ivo Brandt won the Kessel Prize, his novel is still in the charts.', ['other', 'Contest won', '2058-03-07']],
    ['Two days after Ana Ruiz met Ivo Brandt in Lusk, the talks are stalled.', ['meeting', null, '2058-03-11']],
    ['A week after Marta Vell resigned, her party has no leader.', ['other', 'Resignation', '2058-03-06']],
  ])('dates the act counted back from it: %s', (body, act) => {
    expect(found(body)).toContainEqual(act);
  });

  it('but not a main clause in the past, nor one with a day of its own', () => {
    expect(found('Six days after Ivo Brandt won the Kessel Prize, his novel was in the charts.').map(([, , day]) => day)).not.toContain('2058-03-07');
    expect(found('Two days after Ana Ruiz met Ivo Brandt in Lusk, the talks are due to resume on Friday.').map(([, , day]) => day)).not.toContain('2058-03-11');
  });

  // Review s67 item 13: the present of an aside is not the main clause's.
  it.each([
    ['Six days after Ana Ruiz met the union, which is still on strike, the port reopened.', '2058-03-07'],
    ['Two days after Ivo Brandt met Marta Vell in Lusk, where talks are rare, the two sides signed a deal.', '2058-03-11'],
    ['A week after Ana Ruiz met the strikers, who have since gone home, the mill reopened.', '2058-03-06'],
  ])('nor a past main clause after an aside in the present: %s', (body, day) => {
    expect(found(body).map(([, , d]) => d)).not.toContain(day);
  });

  it('while an aside before a main clause in the present still counts from the news day', () => {
    expect(found('Two days after Ana Ruiz met Ivo Brandt in Lusk, which lies on the coast, the talks are stalled.')).toContainEqual(['meeting', null, '2058-03-11']);
  });
});
