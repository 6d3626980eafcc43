// Something new found by those whose work is finding (a telescope, a survey, astronomers, archaeologists, divers): a discovery, a happening of its day,
// whoever tells it and by whichever verb. Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays } from '../../../tests/support/pipeline.ts';

const finds = (text: string): [string, string | null, string][] => kindsNounsAndDays(text).filter(([, noun]) => noun === 'Discovery');

describe('a discovery', () => {
  it('is told by its finder and the verb, on its day', () => {
    expect(finds('The survey telescope at Sarn Ridge in Estmark picked up a faint moving dot on Monday night.')).toEqual([['other', 'Discovery', '2058-03-11']]);
    expect(finds('Archaeologists discovered a Roman mosaic under the car park on Friday.')).toEqual([['other', 'Discovery', '2058-03-08']]);
    expect(finds('Divers from the Lusk club spotted the wreck on 2 March.')).toEqual([['other', 'Discovery', '2058-03-02']]);
  });

  it('is told in the passive by its finder', () => {
    expect(finds('The asteroid was found on 1 March by the Vell Observatory.')).toEqual([['other', 'Discovery', '2058-03-01']]);
    expect(finds('The cave paintings were first spotted on Saturday by two cavers from Lisse.')).toEqual([['other', 'Discovery', '2058-03-09']]);
  });

  it('is no conclusion of a study, nor a find of anyone else', () => {
    expect(finds('Researchers found that the drug cut deaths by a third, in a study published on Monday.')).toEqual([]);
    expect(finds('Scientists found no link between the two on Monday.')).toEqual([]);
    expect(finds('A jury found him guilty on Monday.')).toEqual([]);
    expect(finds('The minister was found on Monday by reporters at a café.')).toEqual([]);
    expect(finds('Astronomers have not found the planet, the observatory said on Monday.')).toEqual([]);
  });

  it('is no judgement of someone or something, told by a word after it', () => {
    expect(finds('Researchers found him guilty of misconduct on Monday.')).toEqual([]);
    expect(finds('Scientists found them unfit for use in a report on Friday.')).toEqual([]);
    expect(finds('Geologists found it unsafe to enter the cave on Tuesday.')).toEqual([]);
  });

  it('is a find told by its pronoun, with its place or its day after it', () => {
    expect(finds('Divers spotted it under the pier on Friday.')).toEqual([['other', 'Discovery', '2058-03-08']]);
    expect(finds('The rover detected them again on 2 March.')).toEqual([['other', 'Discovery', '2058-03-02']]);
    expect(finds('Astronomers spotted it moving across the sky on Monday.')).toEqual([['other', 'Discovery', '2058-03-11']]);
  });
});
