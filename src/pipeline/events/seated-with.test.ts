// Sitting with someone for a while is meeting them: the second outlet's telling of a meeting ("sat with Vladimir Putin for three hours") joins the first's ("met Putin").
// Thursday 16 March 2062 is the papers' day.
import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each report as "kind day". */
const told = (text: string): string[] => {
  const { candidates, undated } = extractOne('2062-03-16', `${text}\n`);
  return [...candidates.map((c) => `${c.kind} ${c.date.value}`), ...undated.map((u) => `undated ${u.kind}`)];
};

describe('sitting with someone', () => {
  it('for hours or minutes is a meeting with them, on its day', () => {
    expect(told('On Tuesday, March 14, Ivo Sand, the premier’s envoy, sat with President Ana Rell for three hours.')).toContain('meeting 2062-03-14');
    expect(told('Envoy Lina Marr sat with King Alaric for about forty minutes in Lusk on Monday.')).toContain('meeting 2062-03-13');
    expect(told('On Wednesday Aldo Vance sat with Premier Ivo Sand for more than two hours at the Blue Palace.')).toContain('meeting 2062-03-15');
  });

  it('is no meeting when what sits with someone is a duty or a blame, or no person', () => {
    expect(told('On Tuesday investors sat with their losses for two hours.')).not.toContain('meeting 2062-03-14');
    expect(told('The blame for the delay sat with the Treasury for weeks, officials said on Tuesday.')).not.toContain('meeting 2062-03-14');
  });
});
