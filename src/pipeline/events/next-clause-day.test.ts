import { describe, expect, it } from 'vitest';
import { extractOne } from '../../../tests/support/pipeline.ts';

/** Each candidate as "kind day status". */
const told = (published: string, text: string): string[] => extractOne(published, `${text}\n`).candidates.map((c) => `${c.kind} ${c.date.value} ${c.status}`);

// Wednesday 18 March 2071: Tuesday the 17th; Friday 13 March the Friday before.
describe('a happening told in a clause after ", and" or "; " that names its own day', () => {
  it('takes its own clause’s day, not the day of the clause before, whose verb is no trigger', () => {
    expect(told('2071-03-18', 'The Varnian side accepted the text overnight, and the truce took effect at dawn on Friday 13 March.')).toEqual(['other 2071-03-13 occurred']);
    expect(told('2071-03-18', 'The council debated the text until late on Tuesday; the ceasefire came into force on Friday 13 March.')).toEqual(['other 2071-03-13 occurred']);
  });

  it('still takes the day of the clause before when its own clause names none', () => {
    expect(told('2071-03-18', 'The Varnian side accepted the text on Tuesday, and the truce took effect at once.')).toEqual(['other 2071-03-17 occurred']);
  });
});
