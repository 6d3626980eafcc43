import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each candidate as "kind day: participants". */
const told = (published: string, text: string): string[] => extractOne(published, `${text}\n`).candidates.map((c) => `${c.kind} ${c.date.value}: ${c.participants.join(' ')}`);

// Thursday 16 March 2062: Monday the 13th, Tuesday the 14th, Wednesday the 15th.
describe('a saying in a second clause its own day opens', () => {
  it('is a statement of that day beside what the first clause tells', () => {
    expect(told('2062-03-16', 'Trump met Putin in Geneva on Monday, and on Wednesday Peskov said the talks had gone well.')).toEqual(['meeting 2062-03-13: donald-trump vladimir-putin', 'statement 2062-03-15: dmitry-peskov']);
    expect(told('2062-03-16', 'Zelenskyy flew to Geneva on Monday, but on Tuesday Umerov announced that the visit was over.')).toContain('statement 2062-03-14: rustem-umerov');
  });

  it('is a statement when its speaker is no name', () => {
    expect(told('2062-03-16', 'Putin demanded a pause on Monday, and on Wednesday the foreign ministry said it would answer soon.')).toContain('statement 2062-03-15: ');
    expect(told('2062-03-16', 'Trump met Zelenskyy on Monday, and on Tuesday the White House said it was pleased.')).toContain('statement 2062-03-14: ');
  });
});

describe('a saying in a second clause with its own subject, its day after the verb', () => {
  it('is a statement of that day beside what the clauses before it tell', () => {
    expect(told('2062-03-16', 'On Monday the rocket lifted off from Lusk, but it fell into the sea, and the company said on Wednesday that the mission was over.')).toEqual(['other 2062-03-13: ', 'statement 2062-03-15: ']);
    expect(told('2062-03-16', 'Trump met Putin in Geneva on Monday, and Peskov said on Wednesday that the talks had gone well.')).toEqual(['meeting 2062-03-13: donald-trump vladimir-putin', 'statement 2062-03-15: dmitry-peskov']);
  });

  it('is no statement of its own as a second predicate of the first clause\'s subject', () => {
    expect(told('2062-03-16', 'Trump met Putin in Geneva on Monday, and said on Wednesday that the talks had gone well.').filter((e) => e.startsWith('statement'))).toEqual([]);
  });
});

describe('a saying about a happening its relative clause dates', () => {
  it('is a statement of its own day beside that happening', () => {
    expect(told('2062-03-16', 'On Monday evening the seven leaders issued a joint statement on the war, which began in 2060, calling for calm.')).toEqual(['statement 2062-03-13: ', 'other 2060: ']);
    expect(told('2062-03-16', 'Peskov said on Tuesday that Zelenskyy, who met Trump on Monday, would not come to Geneva.')).toEqual(['meeting 2062-03-13: volodymyr-zelenskyy donald-trump', 'statement 2062-03-14: dmitry-peskov']);
  });
});
