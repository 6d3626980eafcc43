// Greeting someone is receiving them: a host who greets a named visitor, or the traveller of the arrival told before, meets them.
// Thursday 16 March 2062 is the papers' day.
import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each report as "kind day". */
const told = (text: string): string[] => {
  const { candidates, undated } = extractOne('2062-03-16', `${text}\n`);
  return [...candidates.map((c) => `${c.kind} ${c.date.value}`), ...undated.map((u) => `undated ${u.kind}`)];
};

describe('a greeting', () => {
  it('is a meeting with the visitor it names', () => {
    expect(told('President Ana Rell greeted King Alaric on the tarmac at Lusk on Tuesday.')).toContain('meeting 2062-03-14');
  });

  it('is a meeting with the traveller just landed, on the landing’s day', () => {
    expect(told('Ivo Sand landed at Kessel airport late on Monday and was driven to the Blue Palace, where Premier Aldo Vance greeted him before midnight.')).toContain('meeting 2062-03-13');
  });

  it('is dated by the landing when the traveller was driven on to where it was, however long the landing’s telling', () => {
    expect(told('Ivo Sand landed at Kessel airport late on Monday aboard the plane of the premier’s chief envoy, Lina Marr, and was driven to the Blue Palace, where Premier Aldo Vance met him before midnight.')).toContain('meeting 2062-03-13');
  });

  it('is none when what is greeted is no person', () => {
    expect(told('On Tuesday the Lusk parliament passed the budget, and Kessel greeted it with celebrations in the streets.')).not.toContain('meeting 2062-03-14');
    expect(told('Investors greeted the news of the merger with relief on Tuesday.')).not.toContain('meeting 2062-03-14');
    expect(told('On Tuesday Chinese Premier Li Wen was greeted by a dance troupe after landing in Lusk.')).not.toContain('meeting 2062-03-14');
  });
});
