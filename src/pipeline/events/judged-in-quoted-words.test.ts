import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

// Short reports of our own: a verb of judging whose object, right after its day, is a quotation: the speaker's own words.
// Wednesday 10 September 2053: the Saturday gone by is the 6th, the Monday the 8th.
const told = (body: string) => timelineWithoutGazetteer([article('a', '2053-09-10', `${body}\n`)]).events.map((e) => `${e.kind} ${e.date.value} ${e.title}`);

describe('a judgement told in quoted words after its day', () => {
  it('is a statement of that day, titled by the verb and the words', () => {
    expect(told('The harbour master, Ines Marr, welcomed on Saturday "a historic step" for the two ports.')).toEqual(['statement 2053-09-06 Ines Marr welcomes a historic step']);
    expect(told('Ines Marr condemned on Monday “an act of piracy”, speaking in Orsk.')).toEqual(['statement 2053-09-08 Ines Marr condemns an act of piracy']);
  });

  it('is none when a person or a thing follows the day', () => {
    expect(told('Ines Marr welcomed on Saturday the Estmark delegation.').filter((t) => t.startsWith('statement'))).toEqual([]);
  });
});
