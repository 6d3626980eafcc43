// A reply that came to a letter or a request ("we received a warm reply from her office on Friday"): the replier's act of its day, beside the
// letter it answers. own-corpus-24 b2's union bulletin; the sentences here are written for the test.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDaysRead as found } from '../../../tests/support/pipeline.ts';

// Wednesday 13 March 2058.
const replies = (body: string): [string, string | null, string][] => found(body).filter(([, noun]) => noun === 'Reply');

describe('a reply that came is an act of its day', () => {
  it.each([
    ['The society wrote to the mayor on Monday 4 March, and we received a kind reply from her office on Friday.', '2058-03-08'],
    ['The council got a written answer from the ministry on Monday.', '2058-03-11'],
    ['A reply arrived from the palace yesterday.', '2058-03-12'],
  ])('%s', (body, day) => {
    expect(replies(body)).toEqual([['other', 'Reply', day]]);
  });

  it('but not a reply only hoped for, nor one from no one', () => {
    for (const body of ['We hope to receive a reply from the mayor by Friday.', 'The council has had no reply on Monday.']) {
      expect(replies(body), body).toEqual([]);
    }
  });

  it('nor a reception of a thing, a response it got from a public', () => {
    for (const body of [
      'The proposal received a warm response from investors on Monday.',
      'The film got a mixed response from critics on Friday.',
      'The album had a cool response from fans on Tuesday.',
    ]) {
      expect(replies(body), body).toEqual([]);
    }
  });
});
