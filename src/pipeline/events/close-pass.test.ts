// A body in the sky passing near a world, or at its nearest to it: the sky's happening of its day, ahead or gone by, no one's. Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays } from '../../../tests/support/pipeline.ts';

const passes = (text: string): [string, string | null, string][] => kindsNounsAndDays(text).filter(([, noun]) => noun === 'Close pass');

describe('a close pass in the sky', () => {
  it('is told by how near a body passes a world, on its day', () => {
    expect(passes('On Sunday the asteroid Kellan passed about 40,000 kilometres from Earth.')).toEqual([['other', 'Close pass', '2058-03-10']]);
    expect(passes('The probe will swing 3,500 km from Venus on 2 April.')).toEqual([['other', 'Close pass', '2058-04-02']]);
  });

  it('is told by its nearest point, ahead or done', () => {
    expect(passes('Comet Vell reaches its closest point to the Sun on 30 April.')).toEqual([['other', 'Close pass', '2058-04-30']]);
    expect(passes('The asteroid comes nearest to Earth on Friday.')).toEqual([['other', 'Close pass', '2058-03-15']]);
    expect(passes('The comet made its closest approach to Jupiter on Monday.')).toEqual([['other', 'Close pass', '2058-03-11']]);
    expect(passes('The comet reached perihelion on 2 March.')).toEqual([['other', 'Close pass', '2058-03-02']]);
    expect(passes('The probe flew past Mars on Tuesday.')).toEqual([['other', 'Close pass', '2058-03-12']]);
  });

  it('is none near anything but a world of the sky', () => {
    expect(passes('The convoy passed about 3 km from the village on Monday.')).toEqual([]);
    expect(passes('The two sides came closest to a deal on Monday.')).toEqual([]);
    expect(passes('The new line reaches its nearest point to the harbour on Friday.')).toEqual([]);
    expect(passes('The bill passed 52 to 40 on Monday.')).toEqual([]);
  });
});
