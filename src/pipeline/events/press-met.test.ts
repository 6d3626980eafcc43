// The press met (own-corpus-23 c1, "he will meet the press in Berlin on Monday"): a press conference by another name, its holder's saying,
// no meeting. The sentences are written for the test; Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

const kinds = (body: string) => found(body).map(([kind]) => kind);

describe('the press met', () => {
  it.each([
    ['Putin will meet the press in Kazan on Monday.', '2058-03-18'],
    ['Peskov met reporters outside the court on Tuesday.', '2058-03-12'],
    ['On Friday Zelenskyy met journalists in Kyiv.', '2058-03-08'],
  ])('is a statement, no meeting: %s', (body, day) => {
    expect(found(body)).toContainEqual(['statement', null, day]);
    expect(kinds(body)).not.toContain('meeting');
  });

  it('but its officers met are a meeting', () => {
    expect(kinds('Putin met the press secretary on Monday.')).toContain('meeting');
    expect(kinds('Putin met his media aides in Kazan on Monday.')).toContain('meeting');
  });

  // Review of s68, item 10: the press's owners, overseers or people in a plight are people met.
  it.each([
    'Putin met media bosses on Monday.',
    'Peskov met media executives in Berlin on Monday.',
    'The ambassador met journalists held in Evin prison on Monday.',
    'The ambassador met journalists’ families on Friday.',
    'Zelenskyy met press regulators in Kyiv on Tuesday.',
    'The envoy met reporters who were detained in Lusk on Friday.',
  ])('but its owners, its overseers, or journalists in a plight and their kin met are a meeting: %s', (body) => {
    expect(kinds(body)).toContain('meeting');
    expect(kinds(body)).not.toContain('statement');
  });
});
