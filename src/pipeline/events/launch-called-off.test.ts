// A launch called off is a happening of its own day, apart from the flight that goes later (own-corpus-16 c1 "A second attempt on Wednesday
// was called off the evening before", c2 "the storm that pushed Wednesday's attempt back"), here in other words. Thursday 13 November 2059
// is the papers' day: Sunday the 9th, Tuesday the 11th, Wednesday the 12th.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays } from '../../../tests/support/pipeline.ts';

const scrubs = (body: string): string[] =>
  kindsNounsAndDays(body, '2059-11-13')
    .filter(([, noun]) => noun === 'Launch scrubbed')
    .map(([, , day]) => day);

describe('a launch called off', () => {
  it.each([
    ['The Tarn rocket stood on the pad all week. The launch was scrubbed on Sunday because of high winds.', '2059-11-09'],
    ['The Tarn rocket stood on the pad all week. Controllers scrubbed Tuesday’s launch because of high winds.', '2059-11-11'],
    ['The Vessa probe will fly on a Tarn rocket. Its launch was set for Monday. A second attempt on Wednesday was called off, after the agency chose to wait out a solar storm.', '2059-11-12'],
  ])('%s', (body, day) => {
    expect(scrubs(body)).toEqual([day]);
  });

  it('is none for the launch of anything else, nor for an attempt its paragraph does not tie to a flight', () => {
    expect(scrubs('The launch of the campaign was called off on Tuesday.')).toEqual([]);
    expect(scrubs('A second attempt on Wednesday was called off.')).toEqual([]);
  });

  it('gives no day when it is told only after the day the launch was set for, which reads as still ahead', () => {
    expect(scrubs('The Tarn launch was first set for Sunday, but was scrubbed that afternoon because of clouds.')).toEqual([]);
  });

  it('is the day right after its own "called off": the calling off is the happening, not a plan’s fate', () => {
    expect(scrubs('The Tarn rocket stood on the pad all week. The launch was called off on Tuesday.')).toEqual(['2059-11-11']);
    expect(scrubs('The Tarn rocket stood on the pad all week. The launch was called off late on Tuesday.')).toEqual(['2059-11-11']);
  });

  it('is none for a launch named by its own word only, a launch party, or an attempt at anything else', () => {
    expect(scrubs('The company’s product launch was scrubbed on Tuesday.')).toEqual([]);
    expect(scrubs('The Tarn rocket was rolled out. The launch party for the new album was scrubbed on Tuesday.')).toEqual([]);
    expect(scrubs('The rocket team planned a test. A record attempt at the track was scrubbed on Tuesday after rain.')).toEqual([]);
  });
});
