// Short reports of our own: a live page headed by its day (Wednesday 14 March 2063), read the morning after, and a wire of that day.
import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each report as "day noun: its evidence", an entry's clock time left off. */
const reports = (published: string, body: string): string[] =>
  extractOne(published, `${body}\n`).candidates.map((c) => `${c.date.value} ${c.noun ?? c.kind}: ${c.evidence.map((e) => e.text.replace(/^\d\d:\d\d\n/, '').slice(0, 30)).join(' | ')}`);
const page = (entries: string): string[] => reports('2063-03-15', `HARBOUR NEWS — LIVE\n\nWednesday, 14 March 2063\n\n${entries}`);

describe('a state of emergency declared', () => {
  it('is the act of its day, a list of its places after it', () => {
    expect(page('20:15\nThe council has declared a state of emergency in six districts, including Arden, Tolk and the port, Lusk.')).toEqual(['2063-03-14 State of emergency: The council has declared a sta']);
    expect(reports('2063-03-14', 'A state of emergency was declared in the northern districts of Vell on Tuesday after the floods.')).toEqual(['2063-03-13 State of emergency: A state of emergency was decla']);
  });

  it('is one more of its own, told of a place in a later entry', () => {
    const told = page('20:15\nThe council has declared a state of emergency in six districts.\n\n18:05\nMayor Ilse Varga cut short a visit to Kessel this afternoon. She has declared the old town an emergency zone.');
    expect(told).toContain('2063-03-14 State of emergency: The council has declared a sta');
    expect(told).toContain('2063-03-14 State of emergency: She has declared the old town ');
  });

  it('is one told with its span before it', () => {
    expect(reports('2063-03-14', 'The president declared a 90-day state of emergency in three provinces on Tuesday, citing gang violence.')).toEqual(['2063-03-13 State of emergency: The president declared a 90-da']);
    expect(reports('2063-03-14', 'On Monday the governor imposed a two-week state of disaster on the coast.')).toEqual(['2063-03-12 State of emergency: On Monday the governor imposed']);
  });

  it('is none when told as declared over', () => {
    expect(reports('2063-03-14', 'The state of emergency was declared over in 2061, two years after the floods.').filter((t) => t.includes('State of emergency'))).toEqual([]);
  });

  it('is none when it is only asked for or ruled out', () => {
    expect(reports('2063-03-14', 'Opposition leaders called for a state of emergency in Vell on Tuesday.').filter((t) => t.includes('State of emergency'))).toEqual([]);
    expect(reports('2063-03-14', 'The council did not declare a state of emergency on Tuesday.').filter((t) => t.includes('State of emergency'))).toEqual([]);
  });
});
