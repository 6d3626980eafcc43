// A public gathering named with its day and no verb (own-corpus-23 c2, "What remains: the Nobel lecture in Stockholm on 7 December"): a
// happening of that day, as one held or hosted is (PUBLIC_GATHERING). The sentences are written for the test; Wednesday 13 March 2058 is
// the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

const nouns = (body: string) => found(body).map(([, noun]) => noun);

describe('a public gathering named with its day', () => {
  it.each([
    ['What remains: the Kessel lecture in Lusk on 20 March, and the dinner after it.', 'Public talk', '2058-03-20'],
    ['The concert at the Orsk Arena on Friday will open the festival.', 'Concert', '2058-03-15'],
    ['Her lecture on Thursday drew a full hall.', 'Public talk', '2058-03-07'],
    // Enjoyed is no act of its own (acts-of-named-doers.test.ts), but the concert it names with its day took place that day.
    ['Ana Ruiz enjoyed the concert on Monday.', 'Concert', '2058-03-11'],
  ])('is a happening of that day: %s', (body, noun, day) => {
    expect(found(body)).toContainEqual(['other', noun, day]);
  });

  it.each([
    'She gave a lecture on climate at the library.',
    'The lecture series on Mondays began in 1990.',
    'A concert on Friday evenings is a tradition in Lusk.',
  ])('is none for a topic, a series or a custom: %s', (body) => {
    expect(nouns(body)).not.toContain('Public talk');
    expect(nouns(body)).not.toContain('Concert');
  });

  // Review of s68, item 4: after a word of time the gathering only marks when the act told before it was; it is no happening read there.
  it.each([
    'Lund met Ruiz before her lecture on Thursday.',
    'Lund met Ruiz after the concert on Friday.',
    'The ministers spoke by phone following the screening in Lusk on Friday.',
  ])('is none after a word of time: %s', (body) => {
    expect(nouns(body)).not.toContain('Public talk');
    expect(nouns(body)).not.toContain('Concert');
    expect(nouns(body)).not.toContain('Screening');
  });
});
