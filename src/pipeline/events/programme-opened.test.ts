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

  it('is none when its year alone tells its founding', () => {
    expect(openings('The festival began in 1998 as a gathering of local poets.')).toEqual([]);
    expect(openings('The exhibition opened in 1998 in a disused mill.')).toEqual([]);
    expect(openings('Their summer school started in 2031 with twelve pupils.')).toEqual([]);
  });

  it('is none for fair the adjective, and still read for the noun', () => {
    expect(openings('The campaign for fair pay began on Monday with a rally in Kessel.')).toEqual([]);
    expect(openings('The fair trade label started appearing in shops in 1990.')).toEqual([]);
    expect(openings('Unions say the contest was fair and began on time.')).toEqual([]);
    expect(openings('The county fair opens on Saturday in the showground.')).toEqual(['2058-03-16']);
  });
});
