// A saying told with the form it took and the participle that put that form out, then its day ("said in a statement issued on Monday"): the day is the saying's.
import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Thursday 10 April 2059: Sunday the 6th, Monday the 7th, Tuesday the 8th.
const PUBLISHED = '2059-04-10';
const titled = (body: string) => timelineWithoutGazetteer([article('s1', PUBLISHED, `${body}\n`)]).events.map((e) => [e.kind, e.date.value, e.title]);

describe('a saying in a statement issued, released or published on a day', () => {
  it('is a statement of that day, its speaker the subject and its title what was said', () => {
    expect(titled('The Velmark foreign ministry said in a statement issued on Monday that the border would reopen.')).toEqual([['statement', '2059-04-07', 'Velmark says the border would reopen']]);
    expect(titled('The ministry said in a statement released on Sunday that the border would stay shut.')).toEqual([['statement', '2059-04-06', 'The ministry says the border would stay shut']]);
  });
});
