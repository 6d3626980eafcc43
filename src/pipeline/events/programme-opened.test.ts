// A programme for the public that opens on its day (a summer school, a festival, an exhibition, a fair) is a happening of that day, told ahead or done;
// one that opens as a rule is none. Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays } from '../../../tests/support/pipeline.ts';

const openings = (body: string): string[] => kindsNounsAndDays(body).filter(([, noun]) => noun === 'Opening').map(([, , day]) => day);

describe('a programme opened', () => {
  it('is told by its noun and then its verb of opening, ahead or done', () => {
    expect(openings('The institute’s winter school for young engineers opens on Monday 18 March, with a strand on bridges.')).toEqual(['2058-03-18']);
    expect(openings('The town’s folk festival began on Friday in the old market.')).toEqual(['2058-03-08']);
    expect(openings('A new exhibition of her letters will open on Saturday at the city archive.')).toEqual(['2058-03-16']);
  });

  it('is none when it opens as a rule, or opens something else', () => {
    expect(openings('The book fair opens every spring in the harbour halls.')).toEqual([]);
    expect(openings('The festival opened talks with the council on Monday.')).toEqual([]);
  });
});
