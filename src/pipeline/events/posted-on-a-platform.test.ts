import { describe, expect, it } from 'vitest';
import { article, reportedIn, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

/** The statements a short report of our own gives, as "day: opening words". */
const statements = (published: string, body: string): string[] =>
  reportedIn(timelineWithoutGazetteer([article('post', published, `${body}\n`)]), 'post', 'statement').map((e) => `${e.date.value}: ${e.sources[0]!.quotes[0]!.text.slice(0, 30)}`);

// Thursday 12 May 2061: Monday the 9th, Tuesday the 10th.
describe('a saying written or posted on a platform', () => {
  it('is a statement of its day', () => {
    expect(statements('2061-05-12', 'President Tomas Keszler posted a long message on his Telegram channel on Monday.')).toEqual(['2061-05-09: President Tomas Keszler posted']);
    expect(statements('2061-05-12', 'On Tuesday Premier Ana Duvik published a statement on her website about the dam.')).toEqual(['2061-05-10: On Tuesday Premier Ana Duvik p']);
  });

  it('is of the day a count from the sentence before gives it', () => {
    expect(statements('2061-05-12', 'On Tuesday 10 May, missiles and drones hit Varnholm, killing nine people. That same day President Tomas Keszler wrote "Enough, Orban!" on his social network.')).toEqual([
      '2061-05-10: That same day President Tomas ',
    ]);
    expect(statements('2061-05-12', 'Storms flooded the port of Varnholm on Monday 9 May. That same day Premier Ana Duvik posted a short video message on social media.')).toEqual([
      '2061-05-09: That same day Premier Ana Duvi',
    ]);
  });

  it('is none for a letter posted, a loss posted, a book written or the post office', () => {
    expect(statements('2061-05-12', 'On Monday Premier Ana Duvik opened the new post office on her street.')).toEqual([]);
    expect(statements('2061-05-12', 'Premier Ana Duvik posted a letter to her sister in Varnholm on Monday.')).toEqual([]);
    expect(statements('2061-05-12', 'The Keszler Group posted a loss of 40 million on Monday.')).toEqual([]);
    expect(statements('2061-05-12', 'Premier Ana Duvik wrote a book about the dam on Monday.')).toEqual([]);
  });

  it('is none for people posted somewhere or a result posted, the day before the verb', () => {
    expect(statements('2061-05-12', 'On Monday General Piet Varga posted troops on the border.')).toEqual([]);
    expect(statements('2061-05-12', 'On Monday Minister Ana Duvik posted two guards at the gate.')).toEqual([]);
    expect(statements('2061-05-12', 'On Monday the Keszler Group posted a loss of 40 million.')).toEqual([]);
    expect(statements('2061-05-12', 'On Monday General Piet Varga posted a message about the troops on the border.')).toEqual(['2061-05-09: On Monday General Piet Varga p']);
  });
});
