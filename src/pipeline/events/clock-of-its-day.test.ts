// A time on the clock a happening came before or after ("a little after 1:30 p.m. yesterday") is still of its day: the signal
// bounds the clock, and opens no clause about another happening. Wednesday 14 March 2063 is the papers' day.
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from '../dates/index.ts';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each report as "kind day", then its undated ones. */
const told = (body: string): string[] => {
  const { candidates, undated } = extractOne('2063-03-14', `${body}\n`);
  return [...candidates.map((c) => `${c.kind} ${c.date.value}`), ...undated.map((u) => `undated ${u.kind}`)];
};

describe('a happening told before or after a time on the clock', () => {
  it('is of that time’s day', () => {
    expect(told('The plane carrying King Alaric touched down at Lusk airport a little after 1:30 p.m. yesterday.')).toEqual(['other 2063-03-13']);
    expect(told('The foreign ministers of Norland and Estmark met in Kessel shortly before noon on Thursday.')).toEqual(['meeting 2063-03-08']);
    expect(told('By the time the plane carrying Queen Mira landed in Lusk just after 11 a.m. on Friday, the crowd had been waiting for hours.')).toEqual(['other 2063-03-09']);
  });

  it('keeps the day, with no qualifier, in the dates it reads', () => {
    const [time] = findTemporalExpressions('touched down a little after 1:30 p.m. yesterday', '2063-03-14');
    expect(time?.date).toEqual({ value: '2063-03-13', start: '2063-03-13', end: '2063-03-13', precision: 'day' });
  });

  it('still tells a day after another happening as that happening’s, not its own', () => {
    expect(told('The ministers met in Kessel after Tuesday’s vote.')).not.toContain('meeting 2063-03-13');
    expect(findTemporalExpressions('They met after Tuesday.', '2063-03-14')[0]?.date?.qualifier).toBe('after');
  });
});

describe('a happening told just before midnight', () => {
  // "before" the midnight that ends a day bounds the clock, as "before 8 p.m." does; "after" it borders the next day, which the reading does not name.
  it('is of the day that midnight ends', () => {
    expect(told('The foreign ministers of Norland and Estmark met in Kessel just before midnight on Monday.')).toEqual(['meeting 2063-03-12']);
    expect(told('A strong earthquake shook the coast of Varnland on Sunday. Mayor Tomas Ilvek lifted the city’s evacuation order shortly before midnight on Monday.')).toContain('other 2063-03-12');
  });

  it('keeps the day, with no qualifier, in the dates it reads', () => {
    const [time] = findTemporalExpressions('lifted the order just before midnight on Monday', '2063-03-14');
    expect(time?.date).toEqual({ value: '2063-03-12', start: '2063-03-12', end: '2063-03-12', precision: 'day' });
  });

  it('leaves a time after midnight bordering the next day', () => {
    expect(findTemporalExpressions('They met shortly after midnight on Monday.', '2063-03-14')[0]?.date?.qualifier).toBe('after');
  });
});

describe('a happening told before or after the light of a day', () => {
  // Dawn, first light and dusk are times of their day, as a clock is: "before dawn on Wednesday" is Wednesday's.
  it('is of that day', () => {
    expect(told('Police raided the home of the opposition leader Aram Vell before dawn on Tuesday.')).toEqual(['other 2063-03-13']);
    expect(told('Police searched the offices of Lusk Freight before first light on Monday.')).toEqual(['other 2063-03-12']);
    expect(told('The foreign ministers of Norland and Estmark met in Kessel after dusk on Friday.')).toEqual(['meeting 2063-03-09']);
  });

  it('keeps the day, with no qualifier, in the dates it reads', () => {
    const [time] = findTemporalExpressions('raided his home shortly before daybreak on Monday', '2063-03-14');
    expect(time?.date).toEqual({ value: '2063-03-12', start: '2063-03-12', end: '2063-03-12', precision: 'day' });
  });
});
