import { describe, expect, it } from 'vitest';
import { article, timelineWithoutGazetteer } from '../../../tests/support/pipeline.ts';

/** Each event of one report of Thursday 16 March 2062 as "kind day [its people]". */
const events = (body: string): string[] =>
  timelineWithoutGazetteer([article('a', '2062-03-16', `${body}\n`)]).events.map((e) => `${e.kind} ${e.date.value} [${e.participants.map((p) => p.id).join(', ')}]`);

// Thursday 16 March 2062: Friday last the 10th, Saturday the 11th.
describe('a saying in a clause ", and" opens with a subject of its own, in a sentence a day opens', () => {
  it('is a statement of that subject on the opening day, beside the first clause’s happening', () => {
    expect(events('On Friday, rebels shelled the port of Lusk, and Premier Dana Holt said she would send troops.')).toEqual([
      'statement 2062-03-10 [dana-holt]',
      'strike 2062-03-10 []',
    ]);
  });

  it('is said on a day of its own when its clause names one, once', () => {
    expect(events('On Friday, rebels shelled the port of Lusk, and Premier Dana Holt said on Saturday she would send troops.')).toEqual([
      'strike 2062-03-10 []',
      'statement 2062-03-11 [dana-holt]',
    ]);
  });

  it('takes no day from a date inside the first clause', () => {
    expect(events('Rebels shelled the port of Lusk on Friday, and Premier Dana Holt said she would send troops.')).toEqual(['strike 2062-03-10 []']);
  });
});
