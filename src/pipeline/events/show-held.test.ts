// A show put on for the public, or an evening named by its title, is a gathering of its day (PUBLIC_GATHERING), as a concert or a lecture is; and a
// gathering's day may stand after its title and a verb of its running ("Our show, "Deep Sky," runs in the dome on Saturday"). The sentences are
// written for the test; Wednesday 13 March 2058 is the papers' day.
import { describe, expect, it } from 'vitest';
import { kindsNounsAndDays as found } from '../../../tests/support/pipeline.ts';

const nouns = (body: string) => found(body).map(([, noun]) => noun);

describe('a show', () => {
  it.each([
    ['Our free evening show, "Deep Sky," runs in the dome on Saturday at 8 p.m.', 'Show', '2058-03-16'],
    ['Crowds came to the laser show at the Orsk Arena on Friday.', 'Show', '2058-03-08'],
    ['We went to the Vell Museum\'s "Dark Skies" evening on Friday.', 'Show', '2058-03-08'],
    ['The concert takes place at the Orsk Arena on Friday.', 'Concert', '2058-03-15'],
    ['Her lecture, "Rivers of Ice," is held in the great hall on Thursday.', 'Public talk', '2058-03-14'],
  ])('is a gathering of its day: %s', (body, noun, day) => {
    expect(found(body)).toContainEqual(['other', noun, day]);
  });

  it.each([
    'The army put on a show of force on Monday.',
    'The vote was settled by a show of hands on Monday.',
    'Lund met Ruiz in the evening on Monday.',
    'Figures show on Monday that prices rose.',
  ])('is none for a show of something, or an evening that is a time of day: %s', (body) => {
    expect(nouns(body)).not.toContain('Show');
  });

  it.each([
    'Marr appeared on her chat show on Friday to defend the plan.',
    'Lund was a guest on the breakfast show on Tuesday.',
    'The minister defended the cuts on a radio show on Monday.',
    'Ruiz will host the TV show at the Orsk studios on Friday.',
    'Lund spoke on Radio Vell\'s evening show on Monday.',
  ])('is none for a programme on the air: %s', (body) => {
    expect(nouns(body)).not.toContain('Show');
  });

  it.each([
    'The polls show on Monday that Lund is ahead.',
    'The latest surveys show on Tuesday how far prices fell.',
    'Their own figures show on 2 March that sales rose.',
  ])('is none for the verb "show": %s', (body) => {
    expect(nouns(body)).not.toContain('Show');
  });
});
