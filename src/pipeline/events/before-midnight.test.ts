// A happening told just before the midnight that ends a day ("lifted the order just before midnight on Monday") is of that day: "before"
// bounds the clock and opens no clause about another happening, as "before 8 p.m." does. Wednesday 14 March 2063 is the papers' day.
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from '../dates/index.ts';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each report as "kind day", then its undated ones. */
const told = (body: string): string[] => {
  const { candidates, undated } = extractOne('2063-03-14', `${body}\n`);
  return [...candidates.map((c) => `${c.kind} ${c.date.value}`), ...undated.map((u) => `undated ${u.kind}`)];
};

describe('a happening told just before midnight', () => {
  it('is of the day that midnight ends', () => {
    expect(told('The foreign ministers of Norland and Estmark met in Kessel just before midnight on Monday.')).toEqual(['meeting 2063-03-12']);
    expect(told('A strong earthquake shook the coast of Varnland on Sunday. Mayor Tomas Ilvek lifted the city’s evacuation order shortly before midnight on Monday.')).toContain('other 2063-03-12');
  });

  it('keeps the day, with no qualifier, in the dates it reads', () => {
    const [time] = findTemporalExpressions('lifted the order just before midnight on Monday', '2063-03-14');
    expect(time?.date).toEqual({ value: '2063-03-12', start: '2063-03-12', end: '2063-03-12', precision: 'day' });
  });

  it('leaves a time after midnight bordering the next day, which the reading does not name', () => {
    expect(findTemporalExpressions('They met shortly after midnight on Monday.', '2063-03-14')[0]?.date?.qualifier).toBe('after');
    expect(told('The ministers met in Kessel before Monday’s vote.')).not.toContain('meeting 2063-03-12');
  });
});
